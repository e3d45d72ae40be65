"""Class decorators and registries: adding methods, wrapping __init__, auto-generated __repr__, validation, and plugin registration."""

registry = {}

def register(name):
    def deco(cls):
        registry[name] = cls
        cls.registered_as = name
        return cls
    return deco

def auto_repr(cls):
    fields = list(cls.__init__.__code__.co_varnames[1:cls.__init__.__code__.co_argcount])
    def __repr__(self):
        args = ', '.join(f'{f}={getattr(self, f)!r}' for f in fields)
        return f'{type(self).__name__}({args})'
    cls.__repr__ = __repr__
    return cls

def validated(**types):
    def deco(cls):
        original_init = cls.__init__
        def __init__(self, *args, **kwargs):
            original_init(self, *args, **kwargs)
            for name, typ in types.items():
                value = getattr(self, name)
                if not isinstance(value, typ):
                    raise TypeError(f'{cls.__name__}.{name} must be {typ.__name__}, got {type(value).__name__}')
        cls.__init__ = __init__
        return cls
    return deco

@register('point')
@validated(x=int, y=int)
@auto_repr              # applied first, so it sees the original __init__ signature
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

@register('circle')
@auto_repr
class Circle:
    def __init__(self, center, radius=1.0):
        self.center, self.radius = center, radius

print(Point(1, 2), Circle(Point(0, 0)), sorted(registry), registry['point'].registered_as)
try:
    Point(1, 'two')
except TypeError as e:
    print(type(e).__name__, e)
print(registry['circle'](Point(3, 4), 2.5))

def singleton(cls):
    instance = None
    def get_instance(*args, **kwargs):
        nonlocal instance
        if instance is None:
            instance = cls(*args, **kwargs)
        return instance
    get_instance.wrapped = cls
    return get_instance
@singleton
class Settings:
    def __init__(self): self.values = {}
s1, s2 = Settings(), Settings()
s1.values['k'] = 'v'
print(s1 is s2, s2.values, Settings.wrapped.__name__, type(Settings).__name__)

def add_comparisons(cls):
    cls.__lt__ = lambda self, other: self.key() < other.key()
    cls.__eq__ = lambda self, other: self.key() == other.key()
    cls.__hash__ = lambda self: hash(self.key())
    return cls
@add_comparisons
class Version:
    def __init__(self, s): self.parts = tuple(map(int, s.split('.')))
    def key(self): return self.parts
    def __repr__(self): return 'v' + '.'.join(map(str, self.parts))
print(sorted([Version('1.10'), Version('1.2'), Version('1.2.1')]), Version('1.0') == Version('1.0'), len({Version('2'), Version('2')}))
