"""Special attributes of classes and instances: __dict__ mappingproxy, __subclasses__, __doc__, __module__, __weakref__."""

class Base:
    """Base docstring."""
    x = 1
    def method(self): pass

class Child(Base):
    y = 2
class Other(Base): pass

print(sorted(k for k in Base.__dict__ if not k.startswith('__')), type(Base.__dict__).__name__)
print('__dict__' in Base.__dict__, '__weakref__' in Base.__dict__, '__dict__' in Child.__dict__)
print([c.__name__ for c in Base.__subclasses__()], Child.__subclasses__())
print(Base.__doc__, Child.__doc__, Base.__module__, Child.__bases__[0].__name__)

try:
    Base.__dict__['x'] = 5
except TypeError as e:
    print(type(e).__name__, e)
proxy = Base.__dict__
Base.z = 3
print('z' in proxy, proxy['z'], len([k for k in proxy if not k.startswith('__')]))

# __name__ and __qualname__ are writable on classes
Child.__name__ = 'Renamed'
print(Child.__name__, Child.__qualname__, repr(Child))
try:
    Child.__name__ = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    Child.__qualname__ = None
except TypeError as e:
    print(type(e).__name__, e)

# builtin types are immutable
for action in [lambda: setattr(int, 'x', 1), lambda: setattr(list, 'append', None), lambda: delattr(str, 'upper')]:
    try:
        action()
    except TypeError as e:
        print(type(e).__name__, e)

# type.__dict__ vs instance attributes
b = Base()
b.inst = 'i'
print(vars(b), b.__dict__ is vars(b), sorted(dir(b))[-4:])
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)

# __module__ of builtins and functions
print(int.__module__, len.__module__, Base.method.__module__, type(b).__module__)

# __doc__ of builtins
print(len.__doc__.splitlines()[0], int.__doc__.splitlines()[0])

# object() instances have no __dict__
o = object()
try:
    o.attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(o, '__dict__'), type(object.__dict__).__name__)

# class attributes vs metaclass attributes in dir()
print('mro' in dir(type), 'mro' in dir(Base), '__mro__' in dir(Base))
print(Base.__class__ is type, type(type) is type, object.__bases__, type.__bases__, object.__base__)
