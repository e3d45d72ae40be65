"""import statement forms: import, import as, from-import, from-import as, module attributes and sys.modules caching."""

import sys
import _side_effects
import _side_effects as se_alias
from _side_effects import bump, counter as initial_counter
from _side_effects import bump as bump_alias

print(_side_effects is se_alias, bump is bump_alias, _side_effects.bump is bump, initial_counter)
print(bump(), bump(), _side_effects.counter, initial_counter)   # from-import copied the old binding

print(_side_effects.__name__, _side_effects.__file__, _side_effects.__doc__, repr(_side_effects.__package__), _side_effects.__spec__.name)
print(type(_side_effects).__name__, repr(_side_effects))
print('_side_effects' in sys.modules, sys.modules['_side_effects'] is _side_effects)

# a second import does not re-execute the module
import _side_effects
print('second import done, counter is', _side_effects.counter)

# importing inside a function binds a local name
def local_import():
    import _side_effects as local_alias
    from _side_effects import counter
    return local_alias.counter, counter, 'local_alias' in locals()
print(local_import(), 'local_alias' in globals())

# removing the module from sys.modules forces re-execution
del sys.modules['_side_effects']
import _side_effects as fresh
print(fresh is se_alias, fresh.counter, se_alias.counter)

# multiple imports on one line and dotted import binding the top-level name
import json, math as m, os.path
print(json.__name__, m.__name__, os.path.__name__ in ('posixpath', 'ntpath'), os.__name__)

# __main__ module attributes
print(__name__, __file__, repr(__package__), __spec__, __doc__.split(':')[0] if __doc__ else None)
print(sys.modules['__main__'] is sys.modules[__name__], type(__builtins__).__name__)
