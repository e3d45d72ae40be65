"""__import__: return values with and without fromlist, level for relative imports, and overriding builtins.__import__."""

import builtins
import sys

top = __import__('pkg.sub')
print(top.__name__, top.sub.__name__)
leaf = __import__('pkg.sub', fromlist=['VALUE'])
print(leaf.__name__)
print(__import__('pkg', fromlist=['sub2']).sub2.SUB2)
print(__import__('sub', globals={'__name__': 'pkg.x', '__package__': 'pkg'}, fromlist=['describe'], level=1).describe())

calls = []
original = builtins.__import__
def tracing_import(name, globals=None, locals=None, fromlist=(), level=0):
    calls.append((name, tuple(fromlist or ()), level))
    return original(name, globals, locals, fromlist, level)
builtins.__import__ = tracing_import
try:
    import _all_mod
    import math
    from os import path as p
    import pkg.sub as ps
    from pkg import helper
finally:
    builtins.__import__ = original
# (the import system may itself call __import__ for its internals; keep only our statements)
print([c for c in calls if c[0] in ('_all_mod', 'math', 'os', 'pkg.sub', 'pkg')])

for args in [(), (5,), ('',), ('pkg', None, None, None, -1)]:
    try:
        __import__(*args)
    except (TypeError, ValueError) as e:
        print(args, '->', type(e).__name__, e)
