"""Helper submodule (not a test program)."""
print('  [pkg.sub executing, __package__ =', __package__ + ']')
from . import PKG_CONSTANT as _const

VALUE = 'pkg.sub.VALUE'

def describe():
    return f'{__name__} sees {_const!r}'
