"""Descriptor protocol: data vs non-data descriptors, __get__ with None instance, precedence, __set_name__, __delete__."""

log = []

class NonData:
    def __get__(self, obj, objtype=None):
        log.append(('NonData.__get__', obj is None, objtype.__name__))
        return 'nondata value'

class Data:
    def __get__(self, obj, objtype=None):
        log.append(('Data.__get__', obj is None, objtype.__name__))
        return 'data value'
    def __set__(self, obj, value):
        log.append(('Data.__set__', value))
    def __delete__(self, obj):
        log.append(('Data.__delete__',))

class C:
    nd = NonData()
    d = Data()

c = C()
print(c.nd, C.nd, c.d, C.d, log); log.clear()

# instance dict beats non-data descriptors, but not data descriptors
c.__dict__['nd'] = 'instance nd'
c.__dict__['d'] = 'instance d'
print(c.nd, c.d, log); log.clear()
c.nd = 'assigned'          # no __set__: goes into the instance dict
c.d = 'assigned'           # __set__ intercepts
del c.d
print(c.__dict__, log); log.clear()

# descriptors on the metaclass are used for class attribute access
class MetaDesc:
    def __get__(self, obj, objtype=None):
        return f'MetaDesc for {obj.__name__}'
class Meta(type):
    special = MetaDesc()
class WithMeta(metaclass=Meta): pass
print(WithMeta.special)

# descriptor only having __set__ is still a data descriptor
class SetOnly:
    def __set__(self, obj, value):
        obj.__dict__['so'] = value * 2
class D:
    so = SetOnly()
d = D()
d.so = 21
print(d.so, type(D.so).__name__)

# descriptor only having __delete__
class DelOnly:
    def __delete__(self, obj):
        print('  DelOnly.__delete__')
class E:
    x = DelOnly()
e = E()
del e.x
try:
    e.x = 1
except AttributeError as err:
    print(type(err).__name__, err)

# typed attribute descriptor with __set_name__
class Typed:
    def __init__(self, kind): self.kind = kind
    def __set_name__(self, owner, name):
        self.private = '_' + name
        self.public = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f'{self.public} must be {self.kind.__name__}, got {type(value).__name__}')
        setattr(obj, self.private, value)
class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age
pp = Person('Ann', 30)
print(pp.name, pp.age, sorted(vars(pp)), type(Person.name).__name__)
try:
    pp.age = 'old'
except TypeError as err:
    print(type(err).__name__, err)

# functions are non-data descriptors
def f(self): return 'bound call'
bound = f.__get__(c, C)
print(type(bound).__name__, bound(), f.__get__(None, C) is f)

# calling __get__ on builtin descriptors directly
print(str.upper.__get__('abc')(), type(int.real).__name__, int.real.__get__(5))
print(type(type.__dict__['__name__']).__name__, type.__dict__['__name__'].__get__(int))

# descriptor lookup uses the type, not the instance
c.__dict__['nd2'] = NonData()
print(type(c.nd2).__name__)
