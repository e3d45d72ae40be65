"""Import system bookkeeping: __spec__/__loader__/__path__/__file__/__cached__ of modules and packages, and sys.modules identity rules."""

import importlib.machinery
import sys
import types

import pkg.sub
import _all_mod
import nspkg

for mod in [pkg, pkg.sub, _all_mod, nspkg]:
    spec = mod.__spec__
    print(mod.__name__, '| package:', repr(mod.__package__), '| origin:', spec.origin, '| has __path__:', hasattr(mod, '__path__'),
          '| loader:', type(spec.loader).__name__, '| has __file__:', getattr(mod, '__file__', None) is not None)
print(isinstance(_all_mod.__loader__, importlib.machinery.SourceFileLoader), _all_mod.__spec__.loader is _all_mod.__loader__)
print(pkg.__spec__.submodule_search_locations, pkg.sub.__spec__.submodule_search_locations, pkg.sub.__spec__.parent)

# replacing an entry in sys.modules changes what import returns
fake = types.ModuleType('_all_mod')
fake.public_listed = 'from the fake module'
real = sys.modules['_all_mod']
sys.modules['_all_mod'] = fake
import _all_mod as again
print(again.public_listed, again is fake)
sys.modules['_all_mod'] = real
import _all_mod as restored
print(restored.public_listed)

# attribute binding of a submodule on its parent package can be deleted and re-created by import
del pkg.sub
print(hasattr(pkg, 'sub'), 'pkg.sub' in sys.modules)
import pkg.sub
print(hasattr(pkg, 'sub'))
print(sorted(name for name in sys.modules if name.startswith('pkg')))
