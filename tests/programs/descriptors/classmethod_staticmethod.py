"""classmethod and staticmethod: binding, alternate constructors, wrapping, attributes and calling conventions."""

class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        return cls(*map(int, s.split('-')))
    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    def __repr__(self):
        return f'{type(self).__name__}({self.y}, {self.m}, {self.d})'

class MyDate(Date): pass

print(Date.from_string('2024-02-29'), MyDate.from_string('1999-12-31'), MyDate(1, 2, 3).from_string('5-6-7'))
print(Date.is_leap(2000), Date.is_leap(1900), Date(1, 1, 1).is_leap(2024))

cm = Date.__dict__['from_string']
sm = Date.__dict__['is_leap']
print(type(cm).__name__, type(sm).__name__, cm.__func__.__name__, sm.__func__.__name__)
print(type(Date.from_string).__name__, Date.from_string.__self__ is Date, type(Date.is_leap).__name__)
print(MyDate.from_string.__self__.__name__)

# staticmethod objects are callable directly (3.10+)
print(sm(2004), callable(sm), callable(cm))

# wrapper attributes are copied (3.10+)
print(cm.__name__, sm.__doc__, cm.__wrapped__ is cm.__func__)

# classmethod on the metaclass-level and chained descriptors
class Registry:
    items = []
    @classmethod
    def register(cls, item):
        cls.items = cls.items + [item]
        return cls
class SubRegistry(Registry): pass
SubRegistry.register('a').register('b')
Registry.register('root')
print(Registry.items, SubRegistry.items)

# using the raw objects as functions
print(classmethod(lambda cls: cls.__name__).__get__(None, int)(), staticmethod(abs).__get__(None, int)(-3))

# classmethod of a non-function callable
class WithBuiltin:
    make = classmethod(dict.fromkeys.__func__ if hasattr(dict.fromkeys, '__func__') else lambda cls, k: dict.fromkeys(k))
print(WithBuiltin.make('ab'))

# errors
class E:
    @staticmethod
    def s(x): return x
    @classmethod
    def c(cls, x): return x
for expr in ["E.s()", "E.c()", "E().s(1, 2)", "E.c(1, 2)"]:
    try:
        eval(expr)
    except TypeError as err:
        print(expr, '->', type(err).__name__, err)
try:
    classmethod(1)(None)
except TypeError as err:
    print(type(err).__name__, err)
print(type(classmethod(1)).__name__)

# isabstractmethod propagates
import abc
class A(abc.ABC):
    @classmethod
    @abc.abstractmethod
    def make(cls): pass
    @staticmethod
    @abc.abstractmethod
    def util(): pass
print(sorted(A.__abstractmethods__))
try:
    A()
except TypeError as err:
    print(type(err).__name__, err)
