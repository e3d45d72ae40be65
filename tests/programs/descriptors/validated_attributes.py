"""Reusable validating descriptors (typed, ranged, non-empty) with __set_name__, class-level access, and error messages."""

class Validator:
    def __set_name__(self, owner, name):
        self.public_name = name
        self.private_name = '_' + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private_name)
    def __set__(self, obj, value):
        self.validate(value)
        setattr(obj, self.private_name, value)
    def validate(self, value):
        pass

class Number(Validator):
    def __init__(self, minvalue=None, maxvalue=None):
        self.minvalue, self.maxvalue = minvalue, maxvalue
    def validate(self, value):
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            raise TypeError(f'{self.public_name} must be a number, not {type(value).__name__}')
        if self.minvalue is not None and value < self.minvalue:
            raise ValueError(f'{self.public_name} must be >= {self.minvalue!r}, got {value!r}')
        if self.maxvalue is not None and value > self.maxvalue:
            raise ValueError(f'{self.public_name} must be <= {self.maxvalue!r}, got {value!r}')

class OneOf(Validator):
    def __init__(self, *options):
        self.options = set(options)
    def validate(self, value):
        if value not in self.options:
            raise ValueError(f'{self.public_name}={value!r} not in {sorted(self.options)}')

class String(Validator):
    def __init__(self, maxlen):
        self.maxlen = maxlen
    def validate(self, value):
        if not isinstance(value, str):
            raise TypeError(f'{self.public_name} must be str')
        if not value or len(value) > self.maxlen:
            raise ValueError(f'{self.public_name} length must be 1..{self.maxlen}')

class Component:
    name = String(maxlen=10)
    kind = OneOf('wood', 'metal', 'plastic')
    quantity = Number(minvalue=0)
    price = Number(minvalue=0, maxvalue=1000)
    def __init__(self, name, kind, quantity, price):
        self.name, self.kind, self.quantity, self.price = name, kind, quantity, price

c = Component('WIDGET', 'metal', 5, 9.99)
print(c.name, c.kind, c.quantity, c.price, sorted(vars(c)), type(Component.price).__name__, Component.price.public_name)
for args in [('', 'metal', 1, 1), ('x', 'glass', 1, 1), ('x', 'wood', -1, 1), ('x', 'wood', 1, 1001), ('x', 'wood', True, 1), ('toolongname!', 'wood', 1, 1), (5, 'wood', 1, 1)]:
    try:
        Component(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
c.price = 10
print(c.price)
