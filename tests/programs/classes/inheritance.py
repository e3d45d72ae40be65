"""Single and multiple inheritance: method overriding, extending, mixins, attribute resolution, isinstance checks."""

class Animal:
    sound = '...'
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f'{self.name} says {self.sound}'
    def describe(self):
        return f'{type(self).__name__}({self.name}): {self.speak()}'

class Dog(Animal):
    sound = 'woof'

class Puppy(Dog):
    def speak(self):
        return super().speak() + '!'

class Cat(Animal):
    sound = 'meow'
    def __init__(self, name, indoor=True):
        super().__init__(name)
        self.indoor = indoor

animals = [Animal('generic'), Dog('rex'), Puppy('bit'), Cat('tom', indoor=False)]
for a in animals:
    print(a.describe())
print(animals[3].indoor, isinstance(animals[2], Animal), issubclass(Puppy, Cat))

# mixins
class JsonMixin:
    def to_json(self):
        import json
        return json.dumps({k: v for k, v in sorted(vars(self).items())})
class CompareMixin:
    def __eq__(self, other):
        return type(self) is type(other) and vars(self) == vars(other)
    __hash__ = None
class Pet(JsonMixin, CompareMixin, Cat):
    pass
p = Pet('kit')
print(p.to_json(), p == Pet('kit'), p == Pet('other'), [c.__name__ for c in Pet.__mro__])

# overriding class attributes at many levels
class L1:
    a = 'L1.a'
    b = 'L1.b'
    c = 'L1.c'
class L2(L1):
    b = 'L2.b'
class L3(L2):
    c = 'L3.c'
print(L3.a, L3.b, L3.c, L3().a)

# calling an overridden method of a specific base explicitly
class Left:
    def hello(self): return 'left'
class Right:
    def hello(self): return 'right'
class Both(Left, Right):
    def hello(self):
        return Left.hello(self) + '+' + Right.hello(self)
print(Both().hello())

# abstract-style NotImplementedError
class Shape:
    def area(self):
        raise NotImplementedError(f'{type(self).__name__} must implement area')
class Square(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
class Blob(Shape): pass
print(Square(3).area())
try:
    Blob().area()
except NotImplementedError as e:
    print(type(e).__name__, e)

# inherited special methods
class Base:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i
class Derived(Base): pass
print(len(Derived()), list(Derived()), 2 in Derived())

# class attribute lookup through the MRO for dunder methods defined later
def length(self): return 99
Base.__len__ = length
print(len(Derived()))
del Base.__len__
try:
    len(Derived())
except TypeError as e:
    print(type(e).__name__, e)
