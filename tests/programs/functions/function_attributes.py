"""Function objects: __name__, __qualname__, __doc__, __module__, __dict__, __wrapped__, __code__ and friends."""

def documented(x, y=1):
    """Add two numbers."""
    return x + y

print(documented.__name__, documented.__qualname__, documented.__doc__, documented.__module__)
print(documented.__defaults__, documented.__kwdefaults__, documented.__annotations__)
print(type(documented).__name__, callable(documented), documented.__globals__ is globals())

documented.custom = 'attr'
print(documented.__dict__, documented.custom)
documented.__name__ = 'renamed'
documented.__qualname__ = 'Some.renamed'
print(documented.__name__, documented.__qualname__)
documented.__doc__ = None
print(documented.__doc__)

try:
    documented.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    documented.__code__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    del documented.__name__
except TypeError as e:
    print(type(e).__name__, e)

class Cls:
    def method(self):
        def inner(): pass
        return inner
    @staticmethod
    def smethod(): pass
    @classmethod
    def cmethod(cls): pass
print(Cls.method.__qualname__, Cls().method().__qualname__, Cls.smethod.__qualname__, Cls.cmethod.__qualname__)

# code object attributes
def sample(a, b, *args, c, **kw):
    local1 = a + b
    return local1
co = sample.__code__
print(co.co_name, co.co_argcount, co.co_kwonlyargcount, co.co_nlocals, co.co_varnames)
print(co.co_filename.endswith('function_attributes.py'), co.co_firstlineno, type(co).__name__)
print(co.co_qualname)

# replacing the code object
def one(): return 1
def two(): return 2
one.__code__ = two.__code__
print(one(), one.__name__)

# functions compare and hash by identity
def f(): pass
def g(): pass
print(f == f, f == g, hash(f) == hash(f), {f: 1, g: 2}[g])

# builtin function attributes
print(len.__name__, len.__qualname__, len.__module__, repr(len), type(len).__name__)
print([].append.__name__, [].append.__qualname__, type([].append).__name__)
print(str.upper.__qualname__, type(str.upper).__name__, type(str.__dict__['maketrans']).__name__)

# functools.wraps copies metadata
import functools
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper
@deco
def wrapped(x):
    """wrapped doc"""
    return x * 2
print(wrapped.__name__, wrapped.__doc__, wrapped.__wrapped__.__name__, wrapped(21))

# __defaults__ must be a tuple or None
try:
    f.__defaults__ = [1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    f.__kwdefaults__ = 3
except TypeError as e:
    print(type(e).__name__, e)
