"""Mutating classes after instances exist: adding/removing methods and dunders, changing class attributes, __class__ swaps, bases changes."""

class Animal:
    sound = 'generic noise'
    def speak(self):
        return f'{type(self).__name__} says {self.sound}'

a = Animal()
print(a.speak())
Animal.sound = 'changed at class level'
print(a.speak())
a.sound = 'instance override'
print(a.speak(), Animal.sound)
del a.sound
print(a.speak())

Animal.speak = lambda self: 'replaced method'
print(a.speak())
Animal.__len__ = lambda self: 42
Animal.__repr__ = lambda self: '<an Animal>'
Animal.__eq__ = lambda self, other: isinstance(other, Animal)
print(len(a), repr(a), a == Animal(), [a])
del Animal.__len__
try:
    len(a)
except TypeError as e:
    print(type(e).__name__, e)
print(Animal.__hash__)

class Dog(Animal):
    pass
d = Dog()
Animal.fetch = lambda self: f'{type(self).__name__} fetches'
print(d.fetch(), hasattr(Dog, 'fetch'), 'fetch' in Dog.__dict__)

class Cat:
    def speak(self):
        return 'meow'
d.__class__ = Cat
print(d.speak(), type(d).__name__, isinstance(d, Animal))

class Mixin:
    def extra(self):
        return 'extra from Mixin'
class Plain:
    pass
class Thing(Plain):
    pass
t = Thing()
Thing.__bases__ = (Mixin,)
print(t.extra(), [c.__name__ for c in Thing.__mro__])

# special method lookup is on the type, caching must notice updates
class Counter:
    def __call__(self):
        return 'first __call__'
c = Counter()
print(c())
Counter.__call__ = lambda self: 'second __call__'
print(c())
del Counter.__call__
try:
    c()
except TypeError as e:
    print(type(e).__name__, e)
