"""__new__ and __init__: argument passing, immutable subclasses, singletons, __init__ return value, errors."""

log = []
class Traced:
    def __new__(cls, *args, **kwargs):
        log.append(f'__new__ {cls.__name__} {args} {kwargs}')
        return super().__new__(cls)
    def __init__(self, *args, **kwargs):
        log.append(f'__init__ {args} {kwargs}')
Traced(1, k=2)
print(log); log.clear()

# __init__ is skipped when __new__ returns an object of another class
class Other:
    def __init__(self):
        log.append('Other.__init__ should not run')
class Redirect:
    def __new__(cls):
        return Other.__new__(Other)
    def __init__(self):
        log.append('Redirect.__init__ should not run')
r = Redirect()
print(type(r).__name__, log)

# __init__ runs for subclass instances returned from __new__
class Parent:
    def __new__(cls, kind):
        target = {'a': ChildA, 'b': ChildB}.get(kind, cls)
        return super().__new__(target)
    def __init__(self, kind):
        self.kind = kind
class ChildA(Parent): pass
class ChildB(Parent): pass
print([(type(Parent(k)).__name__, Parent(k).kind) for k in 'abz'])

# immutable subclasses customise __new__
class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())
class Positive(int):
    def __new__(cls, value):
        if value < 0:
            raise ValueError('must be positive')
        return super().__new__(cls, value)
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    x = property(lambda self: self[0])
print(Upper('hello'), type(Upper('x')).__name__, Positive(5) + 1, Point(3, 4).x, Point(3, 4))
try:
    Positive(-1)
except ValueError as e:
    print(type(e).__name__, e)

# singleton
class Singleton:
    _instance = None
    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
            cls._instance.created = 0
        cls._instance.created += 1
        return cls._instance
print(Singleton() is Singleton(), Singleton().created)

# __init__ must return None
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print(type(e).__name__, e)

# object.__new__ / object.__init__ argument checking
class NoInit: pass
for expr in ["NoInit(1)", "NoInit(x=1)", "object(1)", "object.__new__(5)", "object.__new__(int)", "int.__new__(str)"]:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, '->', type(e).__name__, e)

class OnlyNew:
    def __new__(cls, *a):
        return super().__new__(cls)
print(type(OnlyNew(1, 2)).__name__)    # object.__init__ tolerates args when __new__ is overridden
class OnlyInit:
    def __init__(self, *a):
        self.a = a
print(OnlyInit(1, 2).a)

# __new__ is a static method, called explicitly with the class
print(type(Traced.__dict__['__new__']).__name__)
obj = object.__new__(Traced)
print(type(obj).__name__, log)

# instantiating builtin types that cannot be instantiated
for t in [type(None), type(len), type(iter([]))]:
    try:
        t()
    except TypeError as e:
        print(t.__name__, '->', type(e).__name__, e)
print(type(None)() is None, type(...)() is ..., type(NotImplemented)() is NotImplemented)
