"""Module-level __getattr__ and __dir__ (PEP 562): computed attributes, deprecation warnings, from-import through __getattr__."""

import warnings
import _lazy_attrs

print(_lazy_attrs.new_name, _lazy_attrs.computed_hello, dir(_lazy_attrs))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    print(_lazy_attrs.old_name)
    from _lazy_attrs import old_name as imported_old
    print(imported_old, [str(w.message) for w in caught], [w.category.__name__ for w in caught])
from _lazy_attrs import computed_value
print(computed_value)
try:
    _lazy_attrs.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    from _lazy_attrs import not_there
except ImportError as e:
    print(type(e).__name__, e)
print(hasattr(_lazy_attrs, 'computed_x'), hasattr(_lazy_attrs, 'nope'), getattr(_lazy_attrs, 'nope', 'default'))
