"""from module import *: honours __all__, skips underscore names otherwise, and imports submodules listed in a package's __all__."""

from _all_mod import *
print(public_listed, ListedClass.__name__, _private_but_listed)
print([n in globals() for n in ['public_unlisted', '_private']])

from _no_all_mod import *
print(visible, visible_function(), 'sys' in globals(), '_hidden' in globals(), '_os_alias' in globals())

from pkg import *
print(PKG_CONSTANT, sub.VALUE, helper())

# star import inside a function is a syntax error
try:
    compile('def f():\n    from os import *', '<src>', 'exec')
except SyntaxError as e:
    print(type(e).__name__, e.msg)

# __all__ containing a missing name
import types, sys
broken = types.ModuleType('broken_all')
broken.__all__ = ['exists', 'missing']
broken.exists = 1
sys.modules['broken_all'] = broken
try:
    exec('from broken_all import *', {})
except AttributeError as e:
    print(type(e).__name__, e)
broken.__all__ = [1]
try:
    exec('from broken_all import *', {})
except TypeError as e:
    print(type(e).__name__, e)
