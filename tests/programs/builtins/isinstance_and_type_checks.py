"""isinstance/issubclass/type() comparisons on builtin hierarchies: bool vs int, numbers, collections.abc, exceptions and type objects."""

import collections.abc as abc
import numbers
values = [True, 1, 1.0, 1j, 'a', b'a', [], (), {}, set(), None, len, int, abc]
for v in values:
    print(f'{type(v).__name__:28}', isinstance(v, int), isinstance(v, numbers.Number), isinstance(v, abc.Hashable), isinstance(v, abc.Iterable),
          isinstance(v, abc.Callable), type(v) is int, isinstance(v, (str, bytes)), isinstance(v, type))
pairs = [(bool, int), (int, bool), (int, object), (type, object), (object, type), (KeyError, LookupError), (KeyError, Exception),
         (SystemExit, Exception), (list, abc.MutableSequence), (tuple, abc.MutableSequence), (dict, abc.Mapping), (str, abc.Sequence)]
print([issubclass(a, b) for a, b in pairs])
print(type(True) is bool, type(True) == int, isinstance(True, (float, int)), type(type(int)) is type, isinstance(int, object))
