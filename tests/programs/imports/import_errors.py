"""ImportError and ModuleNotFoundError messages for missing modules, submodules of non-packages, missing names, broken packages."""

import sys
cases = ['import no_such_module', 'import pkg.no_such_sub', 'import _side_effects.sub', 'from pkg import no_such_name',
         'from _all_mod import nothing_here', 'import broken_pkg', 'from broken_pkg import LOADED_BEFORE_ERROR', 'import nspkg.missing',
         'from . import x', "__import__('')", "__import__('pkg', level=-1)", 'import pkg.sub.deeper']
for src in cases:
    try:
        exec(src, {'__name__': '__main__'})
        print(src, '-> ok')
    except (ImportError, ValueError) as e:
        print(src, '->', type(e).__name__, e, '| name =', getattr(e, 'name', None))
print('broken_pkg' in sys.modules)

# ModuleNotFoundError is an ImportError
try:
    import definitely_missing_module
except ImportError as e:
    print(type(e).__name__, isinstance(e, ModuleNotFoundError), e.name, e.path)

# sys.modules entry set to None blocks the import
sys.modules['blocked_module'] = None
try:
    import blocked_module
except ImportError as e:
    print(type(e).__name__, e)
