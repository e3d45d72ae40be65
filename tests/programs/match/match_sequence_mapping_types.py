"""Which objects sequence and mapping patterns accept: builtin types, collections, ABC subclasses and classes registered with collections.abc (the type flags set by _abc)."""
import collections, collections.abc, abc

class MySeq(collections.abc.Sequence):
    def __init__(self, *a): self.a = a
    def __len__(self): return len(self.a)
    def __getitem__(self, i): return self.a[i]

class Cfg(collections.abc.Mapping):
    def __init__(self, **kw): self._d = kw
    def __getitem__(self, k): return self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)

class Registered:
    def __init__(self, *a): self.a = a
    def __len__(self): return len(self.a)
    def __getitem__(self, i): return self.a[i]
collections.abc.Sequence.register(Registered)

class RegisteredChild(Registered):
    pass

class LaterChild(Registered):
    pass

class RegMap(dict):
    pass
# registering a dict subclass as a Sequence switches its flag
collections.abc.Sequence.register(RegMap)

class MyList(list):
    pass

class StrSub(str):
    pass

def kind(v):
    match v:
        case [x, y]:
            return f'seq {x!r} {y!r}'
        case {'a': x}:
            return f'map {x!r}'
        case []:
            return 'empty seq'
        case {}:
            return 'other mapping'
        case _:
            return 'neither'

values = [MySeq(1, 2), Cfg(a=1), collections.deque([1, 2]), Registered(3, 4), RegisteredChild(5, 6),
          LaterChild(7, 8), RegMap({0: 'z', 1: 'o'}), range(2), memoryview(b'ab'), bytearray(b'ab'), b'ab', 'ab',
          StrSub('ab'), {'a': 1}, collections.OrderedDict(a=1), collections.defaultdict(int), collections.Counter('a'),
          collections.UserDict(a=1), collections.UserList([1, 2]), collections.ChainMap({'a': 2}), (1, 2), [1, 2],
          MyList([1, 2]), {1, 2}, frozenset(), iter([1, 2]), (x for x in [1, 2]),
          {}.keys(), {"a": 1}.items(), vars(int)]
for v in values:
    print(type(v).__name__, '->', kind(v))

print('__abc_tpflags__' in collections.abc.Sequence.__dict__, '__abc_tpflags__' in collections.abc.Mapping.__dict__)

# abc basics through _abc
class Base(abc.ABC):
    @abc.abstractmethod
    def f(self): ...
    @abc.abstractmethod
    def g(self): ...
class Half(Base):
    def f(self): return 1
print(sorted(Base.__abstractmethods__), sorted(Half.__abstractmethods__))
try:
    Half()
except TypeError as e:
    print('TypeError', e)
class Full(Half):
    def g(self): return 2
print(Full().f() + Full().g(), Full.__abstractmethods__)
tok = abc.get_cache_token()
class Other: pass
Base.register(Other)
print(abc.get_cache_token() - tok, isinstance(Other(), Base), issubclass(Other, Base), issubclass(int, Base))
try:
    Base.register(3)
except TypeError as e:
    print('TypeError', e)
try:
    Other.register
except AttributeError as e:
    print('AttributeError', e)
class Sub(Base): pass
try:
    Sub.register(Base)
except RuntimeError as e:
    print('RuntimeError', e)
print(Base.register(Sub) is Sub)
class Hook(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if hasattr(C, 'quack'):
            return True
        return NotImplemented
class Duck:
    def quack(self): pass
print(isinstance(Duck(), Hook), issubclass(int, Hook), issubclass(Duck, Hook))
class BadHook(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return 42
try:
    issubclass(int, BadHook)
except AssertionError as e:
    print('AssertionError', e)
try:
    issubclass(3, Hook)
except TypeError as e:
    print('TypeError', e)
print(type(Base._abc_impl).__name__)
