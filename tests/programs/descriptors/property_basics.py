"""property: getter/setter/deleter, decorator chaining, docstrings, read-only errors, inheritance and overriding."""

class Temperature:
    def __init__(self):
        self._c = 0.0
    @property
    def celsius(self):
        """Temperature in Celsius."""
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError('below absolute zero')
        self._c = v
    @celsius.deleter
    def celsius(self):
        print('  deleting')
        self._c = 0.0
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

t = Temperature()
t.celsius = 100
print(t.celsius, t.fahrenheit, Temperature.celsius.__doc__)
del t.celsius
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.fahrenheit = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del t.fahrenheit
except AttributeError as e:
    print(type(e).__name__, e)

# property objects
p = Temperature.__dict__['celsius']
print(type(p).__name__, p.fget.__name__, p.fset.__name__, p.fdel.__name__, Temperature.fahrenheit.fset)
print(isinstance(Temperature.celsius, property), Temperature.celsius is p)

# property() call form
class Rect:
    def __init__(self, w, h): self.w, self.h = w, h
    def _area(self): return self.w * self.h
    area = property(_area, doc='the area')
print(Rect(3, 4).area, Rect.area.__doc__)

# property without getter
class WriteOnly:
    def _set(self, v): self._v = v
    value = property(None, _set)
w = WriteOnly()
w.value = 5
try:
    w.value
except AttributeError as e:
    print(type(e).__name__, e)

# property takes precedence over instance __dict__ (data descriptor)
t.__dict__['celsius'] = 'shadow attempt'
print(t.celsius)

# overriding a property in a subclass, extending with super()
class Base:
    @property
    def name(self): return 'base'
class Child(Base):
    @property
    def name(self): return 'child of ' + super().name
print(Child().name)

# extending only the setter in a subclass
class Parent:
    def __init__(self): self._x = 0
    @property
    def x(self): return self._x
    @x.setter
    def x(self, v): self._x = v
class Clamped(Parent):
    @Parent.x.setter
    def x(self, v): Parent.x.fset(self, max(0, min(10, v)))
c = Clamped()
c.x = 50
print(c.x, Parent.x is not Clamped.x)

# getter() / setter() return new property objects
prop = property(lambda self: 1)
prop2 = prop.setter(lambda self, v: None)
print(prop is prop2, prop.fset, prop2.fset is not None)

# a property raising AttributeError
class Lazy:
    @property
    def value(self):
        raise AttributeError('not computed yet')
print(hasattr(Lazy(), 'value'), getattr(Lazy(), 'value', 'default'))

# properties on the class return the property object itself
print(type(Child.name).__name__)

# __set_name__ makes the property know its name (3.10+: used in error messages? no) — check __isabstractmethod__
print(Temperature.celsius.__isabstractmethod__)
