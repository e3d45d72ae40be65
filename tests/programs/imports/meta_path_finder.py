"""Custom import machinery: a sys.meta_path finder and loader that serves modules from an in-memory dict."""

import importlib.abc
import importlib.util
import sys

SOURCES = {
    'memory_mod': 'VALUE = 42\ndef double(x):\n    return x * 2\n',
    'memory_pkg': 'NAME = "in-memory package"\n',
    'memory_pkg.child': 'from . import NAME\nCHILD = NAME + " / child"\n',
}

class MemoryFinder(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    def __init__(self):
        self.log = []
    def find_spec(self, fullname, path, target=None):
        if fullname in SOURCES:
            self.log.append(('find', fullname))
            is_pkg = fullname == 'memory_pkg'
            return importlib.util.spec_from_loader(fullname, self, is_package=is_pkg)
        return None
    def create_module(self, spec):
        return None
    def exec_module(self, module):
        self.log.append(('exec', module.__name__))
        exec(SOURCES[module.__name__], module.__dict__)

finder = MemoryFinder()
sys.meta_path.insert(0, finder)
try:
    import memory_mod
    print(memory_mod.VALUE, memory_mod.double(21), memory_mod.__spec__.loader is finder, memory_mod.__loader__ is finder)
    import memory_pkg.child
    print(memory_pkg.child.CHILD, memory_pkg.__path__, memory_pkg.__package__, memory_pkg.child.__package__)
    import memory_mod
    print(finder.log)
finally:
    sys.meta_path.remove(finder)
try:
    import memory_unknown
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
