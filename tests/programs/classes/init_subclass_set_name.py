"""__init_subclass__ hooks with keyword arguments, and __set_name__ on class attributes."""

class Plugin:
    registry = {}
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry[cls.plugin_name] = cls

class Alpha(Plugin): pass
class Beta(Plugin, name='the-beta'): pass
class Gamma(Beta): pass
print(sorted(Plugin.registry), Gamma.plugin_name)

try:
    class Broken(Plugin, nonsense=1): pass
except TypeError as e:
    print(type(e).__name__, e)

# __init_subclass__ is implicitly a classmethod
class Tracker:
    subclasses = []
    def __init_subclass__(cls):
        Tracker.subclasses.append(cls.__name__)
class T1(Tracker): pass
class T2(T1): pass
print(Tracker.subclasses, type(Tracker.__dict__['__init_subclass__']).__name__)

# default object.__init_subclass__ rejects keyword arguments
try:
    class NoKw(object, flag=True): pass
except TypeError as e:
    print(type(e).__name__, e)

# __set_name__
class Field:
    def __set_name__(self, owner, name):
        print(f'  __set_name__({owner.__name__}, {name!r})')
        self.name = name
        self.owner = owner.__name__
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, f'<unset {self.name}>')
    def __set__(self, obj, value):
        obj.__dict__[self.name] = value

class Model:
    first = Field()
    second = Field()
    alias = first          # __set_name__ called for each name it is bound to

print(Model.first.name, Model.second.owner)
m = Model()
m.first = 'one'
print(m.first, m.second)

# __set_name__ is not called for attributes added after class creation
f = Field()
Model.late = f
print(hasattr(f, 'name'))

# order: __set_name__ happens before __init_subclass__
class Base:
    def __init_subclass__(cls):
        print('  __init_subclass__', cls.__name__, [k for k, v in vars(cls).items() if isinstance(v, Field)])
class Derived(Base):
    x = Field()

# an exception in __set_name__ propagates
class BadField:
    def __set_name__(self, owner, name):
        raise ValueError(f'bad name {name}')
try:
    class Holder:
        attr = BadField()
except Exception as e:
    print(type(e).__name__, e, type(e.__cause__).__name__ if e.__cause__ else None)
