"""Namespace packages (PEP 420): no __init__.py, portions spread over several sys.path entries, __path__ and __file__."""

import os
import sys
import nspkg
print(type(nspkg.__path__).__name__, list(nspkg.__path__), getattr(nspkg, '__file__', 'no __file__'), nspkg.__spec__.origin)
import nspkg.part.mod
print(nspkg.part.mod.WHERE, nspkg.part.__file__ if hasattr(nspkg.part, '__file__') else None, list(nspkg.part.__path__))

# nspkg.other lives in a different directory that is not on sys.path yet
try:
    import nspkg.other
except ModuleNotFoundError as e:
    print(type(e).__name__, e)

sys.path.append(os.path.join(os.path.dirname(__file__), '_extra_path'))
import nspkg.other
print(nspkg.other.WHERE, list(nspkg.__path__))       # the namespace __path__ is recomputed dynamically

print(repr(nspkg).startswith("<module 'nspkg'"), nspkg.__spec__.submodule_search_locations is not None)
