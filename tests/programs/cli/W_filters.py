# python-args: -W ignore::UserWarning -W always::DeprecationWarning -W error::RuntimeWarning
"""Several -W options: ignore, always and error actions by category; the last matching filter wins."""
import sys
import warnings
print(sys.warnoptions)
warnings.warn('ignored user warning')
for i in range(2):
    warnings.warn(f'deprecation {i}', DeprecationWarning)
try:
    warnings.warn('runtime problem', RuntimeWarning)
except RuntimeWarning as e:
    print('RuntimeWarning raised:', e)
print([f[0] + ':' + f[2].__name__ for f in warnings.filters[:3]])
