"""importlib: import_module (absolute and relative), reload, util.find_spec, util.module_from_spec, invalidate_caches."""

import importlib
import importlib.util
import sys

m = importlib.import_module('pkg.sub')
print(m.__name__, importlib.import_module('.sub', package='pkg') is m, importlib.import_module('pkg') is sys.modules['pkg'])
try:
    importlib.import_module('.sub')
except TypeError as e:
    print(type(e).__name__, e)
try:
    importlib.import_module('no_such_mod_xyz')
except ModuleNotFoundError as e:
    print(type(e).__name__, e)

import _reload_target
first = _reload_target.LOAD_NUMBER
reloaded = importlib.reload(_reload_target)
print(first, reloaded.LOAD_NUMBER, reloaded is _reload_target)
try:
    importlib.reload(42)
except TypeError as e:
    print(type(e).__name__, e)

spec = importlib.util.find_spec('_all_mod')
print(spec.name, spec.origin, spec.parent == '', importlib.util.find_spec('no_such_mod_xyz'), importlib.util.find_spec('pkg.sub2').submodule_search_locations)
module = importlib.util.module_from_spec(spec)
print(hasattr(module, 'public_listed'))
spec.loader.exec_module(module)
print(module.public_listed, module is not sys.modules.get('_all_mod'))

# creating a module from source text
source = 'GREETING = "hi"\ndef shout():\n    return GREETING.upper()\n'
spec2 = importlib.util.spec_from_loader('virtual_mod', loader=None)
virtual = importlib.util.module_from_spec(spec2)
exec(source, virtual.__dict__)
sys.modules['virtual_mod'] = virtual
import virtual_mod
print(virtual_mod.shout(), virtual_mod.__spec__.name)
importlib.invalidate_caches()
print(importlib.util.resolve_name('.sub', 'pkg'), importlib.util.resolve_name('..x', 'a.b.c'))
