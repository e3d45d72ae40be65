# env: PYTHONWARNINGS=error::DeprecationWarning,ignore::FutureWarning
"""PYTHONWARNINGS sets warning filters like -W options (comma separated)."""
import sys
import warnings
print(sys.warnoptions)
warnings.warn('future stuff', FutureWarning)
try:
    warnings.warn('deprecated stuff', DeprecationWarning)
except DeprecationWarning as e:
    print('raised:', e)
