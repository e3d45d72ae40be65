# python-args: -W once::UserWarning -W module::DeprecationWarning
"""-W 'once' and 'module' actions: a repeated warning from different lines is printed once (once) or once per module (module)."""
import warnings
def warn_user(i):
    warnings.warn(f'user warning {i}')
warn_user(1)
warn_user(2)
warnings.warn('user warning 1')
warnings.warn('deprecated A', DeprecationWarning)
warnings.warn('deprecated A', DeprecationWarning)
warnings.warn('deprecated B', DeprecationWarning)
print('done')
