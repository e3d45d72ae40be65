"""Relative imports from a top-level script fail; relative imports in modules resolve through __package__."""

for src in ['from . import pkg', 'from .pkg import sub', 'from .. import x']:
    try:
        exec(src)
    except ImportError as e:
        print(repr(src), '->', type(e).__name__, e)

print(repr(__package__), __spec__)

# __package__ drives resolution when executing code in a synthetic module namespace
ns = {'__name__': 'pkg.synthetic', '__package__': 'pkg'}
exec('from . import helper\nfrom .sub import VALUE\nresult = (helper(), VALUE)', ns)
print(ns['result'])

ns = {'__name__': 'nowhere', '__package__': 'no_such_package'}
try:
    exec('from . import thing', ns)
except ImportError as e:
    print(type(e).__name__, e)

# relative import syntax that is invalid
for src in ['import .pkg', 'from . import *']:
    try:
        compile(src, '<src>', 'exec')
        print(repr(src), 'compiles')
    except SyntaxError as e:
        print(repr(src), '->', type(e).__name__, e.msg)
