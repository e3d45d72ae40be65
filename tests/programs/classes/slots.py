"""__slots__: no instance __dict__, slot descriptors, inheritance, __dict__/__weakref__ slots, errors."""

class Point:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y

p = Point(1, 2)
print(p.x, p.y, hasattr(p, '__dict__'), type(Point.x).__name__, Point.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)

# unset slots raise AttributeError
class Lazy:
    __slots__ = ['value']
lz = Lazy()
try:
    lz.value
except AttributeError as e:
    print(type(e).__name__, e)
lz.value = 5
del lz.value
try:
    del lz.value
except AttributeError as e:
    print(type(e).__name__, e)

# slot descriptors work directly
Point.x.__set__(p, 100)
print(Point.x.__get__(p), Point.x.__name__, Point.x.__objclass__.__name__)

# subclass without __slots__ gets a __dict__
class Point3(Point):
    pass
p3 = Point3(1, 2)
p3.z = 3
print(p3.__dict__)

# subclass with its own __slots__ extends the parent's
class Point4(Point):
    __slots__ = ('w',)
p4 = Point4(1, 2)
p4.w = 4
print(p4.x, p4.w, hasattr(p4, '__dict__'))

# '__dict__' in slots allows dynamic attributes
class Hybrid:
    __slots__ = ('fixed', '__dict__')
h = Hybrid()
h.fixed = 1
h.dynamic = 2
print(h.fixed, h.__dict__)

# a single string is one slot
class One:
    __slots__ = 'only'
o = One()
o.only = 'yes'
print(o.only, One.__slots__)

# class attribute conflicts with slots
try:
    class Conflict:
        __slots__ = ('a',)
        a = 1
except ValueError as e:
    print(type(e).__name__, e)

# nonempty slots with variable-size builtin base
try:
    class BadInt(int):
        __slots__ = ('extra',)
except TypeError as e:
    print(type(e).__name__, e)

# invalid slot names
for slots in [('1bad',), (42,), ('__dict__', '__dict__')]:
    try:
        type('S', (), {'__slots__': slots})
    except TypeError as e:
        print(slots, '->', type(e).__name__, e)

# multiple bases with slots: layout conflict
class SA:
    __slots__ = ('a',)
class SB:
    __slots__ = ('b',)
try:
    class SAB(SA, SB): pass
except TypeError as e:
    print(type(e).__name__, e)

# empty slots in mixins are fine
class Mixin:
    __slots__ = ()
    def hello(self): return 'hello from mixin'
class Combined(Mixin, SA):
    __slots__ = ()
c = Combined()
c.a = 1
print(c.hello(), c.a)

# __weakref__ absent without slot
import weakref
try:
    weakref.ref(p)
except TypeError as e:
    print(type(e).__name__, e)
class WithWeak:
    __slots__ = ('__weakref__',)
print(type(weakref.ref(WithWeak())).__name__)

# private names in slots are mangled
class Private:
    __slots__ = ('__secret',)
    def __init__(self): self.__secret = 's'
print(Private.__slots__, [k for k in vars(Private) if 'secret' in k], Private()._Private__secret)
