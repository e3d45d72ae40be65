"""Module with PEP 562 __getattr__ and __dir__ (not a test program)."""
import warnings

_deprecated = {'old_name': 'new_name'}
new_name = 'the new value'


def __getattr__(name):
    if name in _deprecated:
        warnings.warn(f'{name} is deprecated, use {_deprecated[name]}', DeprecationWarning, stacklevel=2)
        return globals()[_deprecated[name]]
    if name.startswith('computed_'):
        return name[len('computed_'):].upper()
    raise AttributeError(f'module {__name__!r} has no attribute {name!r}')


def __dir__():
    return ['new_name', 'old_name', 'computed_anything']
