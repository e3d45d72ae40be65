"""Helper package for the imports area (not a test program)."""
print('  [pkg/__init__ executing, __name__ =', __name__ + ']')
PKG_CONSTANT = 'from pkg/__init__'
__all__ = ['PKG_CONSTANT', 'sub', 'helper']

def helper():
    return 'pkg.helper called'
