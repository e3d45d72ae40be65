"""Properties across inheritance: overriding getters only, calling the parent property, abstract properties, and class-level property access."""

import abc

class Shape(abc.ABC):
    @property
    @abc.abstractmethod
    def area(self): ...
    @property
    def description(self):
        return f'{type(self).__name__} with area {self.area:.2f}'

class Rect(Shape):
    def __init__(self, w, h):
        self._w, self._h = w, h
    @property
    def area(self):
        return self._w * self._h
    @property
    def width(self):
        return self._w
    @width.setter
    def width(self, value):
        if value <= 0:
            raise ValueError('width must be positive')
        self._w = value

class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
    @Rect.width.setter
    def width(self, value):
        Rect.width.fset(self, value)
        self._h = value
    @property
    def description(self):
        return 'square: ' + super().description

r, s = Rect(2, 3), Square(4)
print(r.description, s.description)
s.width = 5
print(s.area, s.width, type(Square.width).__name__, Square.width.fget is Rect.width.fget, Square.width.fset is Rect.width.fset)
try:
    s.width = -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    Shape()
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(Shape.__abstractmethods__), Rect.__abstractmethods__, isinstance(Rect.area, property), Rect.area.__isabstractmethod__, Shape.area.__isabstractmethod__)

class Temperature:
    _scale = 'C'
    @property
    def scale(self):
        return type(self)._scale
class Fahrenheit(Temperature):
    _scale = 'F'
print(Temperature().scale, Fahrenheit().scale)
class Override(Rect):
    area = 'plain class attribute replaces the property'
print(Override(1, 1).area)
