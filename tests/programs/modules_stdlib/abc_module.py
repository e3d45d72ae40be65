"""abc: ABC and ABCMeta, abstractmethod/abstractproperty combos, instantiation errors, register, __subclasshook__, collections.abc."""

import abc
import collections.abc as cabc

class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
    @property
    @abc.abstractmethod
    def name(self): ...
    def describe(self):
        return f'{self.name} with area {self.area():.2f}'

class Circle(Shape):
    def __init__(self, r): self.r = r
    def area(self): return 3.14159 * self.r ** 2
    @property
    def name(self): return 'circle'

class HalfDone(Shape):
    def area(self): return 0

print(Circle(2).describe(), sorted(Shape.__abstractmethods__), sorted(HalfDone.__abstractmethods__), Circle.__abstractmethods__)
for cls in [Shape, HalfDone]:
    try:
        cls()
    except TypeError as e:
        print(type(e).__name__, e)
print(type(Shape).__name__, isinstance(Shape, abc.ABCMeta), abc.ABC.__slots__ == ())

class Legacy(metaclass=abc.ABCMeta):
    @abc.abstractmethod
    def run(self): pass
try:
    Legacy()
except TypeError as e:
    print(type(e).__name__, e)

# virtual subclasses
class Square:
    def area(self): return 4
Shape.register(Square)
print(issubclass(Square, Shape), isinstance(Square(), Shape), Square.__mro__[-1].__name__, abc.get_cache_token() is not None)

# collections.abc checks and mixin methods
class MySeq(cabc.Sequence):
    def __init__(self, data): self.data = data
    def __getitem__(self, i): return self.data[i]
    def __len__(self): return len(self.data)
s = MySeq([3, 1, 3, 2])
print(list(reversed(s)), s.index(1), s.count(3), 2 in s, isinstance(s, cabc.Iterable), isinstance(s, cabc.MutableSequence))
for obj in [[], (), {}, set(), 'x', b'x', range(1), iter([]), (x for x in []), len, 5]:
    print(type(obj).__name__, [name for name in ['Iterable', 'Iterator', 'Sequence', 'MutableSequence', 'Mapping', 'Set', 'Hashable', 'Sized', 'Callable', 'Generator', 'Collection', 'Reversible']
                              if isinstance(obj, getattr(cabc, name))])
class OnlyLen:
    def __len__(self): return 0
print(isinstance(OnlyLen(), cabc.Sized), issubclass(OnlyLen, cabc.Container))
try:
    class Incomplete(cabc.Mapping):
        pass
    Incomplete()
except TypeError as e:
    print(type(e).__name__, e)

# update_abstractmethods (3.10+)
class Base(abc.ABC):
    @abc.abstractmethod
    def f(self): ...
class Impl(Base):
    pass
Impl.f = lambda self: 'patched'
abc.update_abstractmethods(Impl)
print(Impl().f(), Impl.__abstractmethods__)
