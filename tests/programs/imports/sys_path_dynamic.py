"""Importing modules written at runtime into a temporary directory placed on sys.path."""

import importlib
import os
import sys
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    with open(os.path.join(tmp, 'runtime_mod.py'), 'w') as f:
        f.write('NUMBER = 1\n')
    os.mkdir(os.path.join(tmp, 'runtime_pkg'))
    with open(os.path.join(tmp, 'runtime_pkg', '__init__.py'), 'w') as f:
        f.write('from .inner import X\n')
    with open(os.path.join(tmp, 'runtime_pkg', 'inner.py'), 'w') as f:
        f.write('X = "inner X"\n')
    sys.path.insert(0, tmp)
    try:
        import runtime_mod
        import runtime_pkg
        print(runtime_mod.NUMBER, runtime_pkg.X, os.path.basename(runtime_mod.__file__), os.path.relpath(runtime_pkg.__file__, tmp))
        with open(os.path.join(tmp, 'runtime_mod.py'), 'w') as f:
            f.write('NUMBER = 2  # changed\n')
        importlib.invalidate_caches()
        importlib.reload(runtime_mod)
        print(runtime_mod.NUMBER)
        print(sorted(os.listdir(tmp)), os.path.exists(os.path.join(tmp, '__pycache__')))
    finally:
        sys.path.remove(tmp)
        for name in ['runtime_mod', 'runtime_pkg', 'runtime_pkg.inner']:
            sys.modules.pop(name, None)
try:
    import runtime_mod
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
print(sys.path[0] == os.path.dirname(os.path.abspath(__file__)))
