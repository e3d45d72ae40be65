# python-args: -W error
"""-W error turns warnings into exceptions; an uncaught one ends the program with a traceback."""
import sys
import warnings
print(sys.warnoptions)
try:
    warnings.warn('caught as an exception', DeprecationWarning)
except DeprecationWarning as e:
    print('caught', type(e).__name__, e)
def legacy():
    warnings.warn('legacy() is deprecated', UserWarning, stacklevel=2)
legacy()
print('not reached')
