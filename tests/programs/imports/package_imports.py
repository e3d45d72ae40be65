"""Packages: __init__ execution, submodule import binding, __path__, __package__, and attribute access to submodules."""

import sys
import pkg
print(pkg.__name__, pkg.__package__, [p for p in pkg.__path__], pkg.__file__, pkg.PKG_CONSTANT)
print(hasattr(pkg, 'sub'), 'pkg.sub' in sys.modules)

import pkg.sub
print(hasattr(pkg, 'sub'), pkg.sub.VALUE, pkg.sub.describe(), pkg.sub.__package__, pkg.sub.__spec__.parent)

from pkg import sub as same_sub
from pkg.sub import VALUE
print(same_sub is pkg.sub, VALUE)

import pkg.sub2.deep as deep
print(deep.deep_function(), deep.__name__)
print(sorted(k for k in vars(pkg) if not k.startswith('__')))
print(pkg.sub2.SUB2, pkg.sub2.deep is deep)

# relative import beyond the top-level package
try:
    deep.beyond_top_level()
except ImportError as e:
    print(type(e).__name__, e)

# the spec of a package
spec = pkg.__spec__
print(spec.name, spec.submodule_search_locations == pkg.__path__, spec.origin == pkg.__file__, spec.parent, spec.has_location)
