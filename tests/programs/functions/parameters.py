"""Function parameters: positional-only, keyword-only, defaults, *args, **kwargs and all the binding errors."""

def pos_only(a, b, /, c):
    return a, b, c
def kw_only(*, x, y=2):
    return x, y
def everything(p1, p2=20, /, n1=30, *args, k1, k2=50, **kwargs):
    return p1, p2, n1, args, k1, k2, kwargs

print(pos_only(1, 2, 3), pos_only(1, 2, c=3))
print(kw_only(x=1), kw_only(y=0, x=1))
print(everything(1, k1='K'))
print(everything(1, 2, 3, 4, 5, k1='K', extra=6, p1='p1 in kwargs'))

calls = [
    "pos_only(1, b=2, c=3)",
    "pos_only(1)",
    "pos_only(1, 2, 3, 4)",
    "kw_only(1)",
    "kw_only()",
    "kw_only(x=1, z=3)",
    "everything()",
    "everything(1)",
    "everything(1, 2, 3, n1=4, k1=0)",
    "pos_only(**{'a': 1, 'b': 2, 'c': 3})",
    "(lambda: 0)(1)",
    "(lambda a, b: 0)(1, 2, 3)",
    "(lambda a, b=1: 0)(1, 2, 3)",
    "(lambda a, b, c: 0)(1)",
    "(lambda *, a, b, c: 0)()",
    "(lambda *, a: 0)(1, a=1)",
    "(lambda a, *, b: 0)(1, 2, b=2)",
    "(lambda a, *, b: 0)(1, 2, 3)",
    "(lambda **kw: kw)(**{'a': 1}, a=2)",
]
for c in calls:
    try:
        print(c, '->', eval(c))
    except TypeError as e:
        print(c, '->', type(e).__name__, e)

# defaults are evaluated once and shared
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1), append_to(2), append_to(3, []))
print(append_to.__defaults__)

def kwdefaults(*, a=1, b=[]):
    return a, b
print(kwdefaults.__kwdefaults__, everything.__defaults__, everything.__kwdefaults__)

# modifying __defaults__ changes behaviour
def greet(name='world'):
    return 'hello ' + name
greet.__defaults__ = ('python',)
print(greet())
greet.__defaults__ = None
try:
    greet()
except TypeError as e:
    print(type(e).__name__, e)

# code object argument counts
co = everything.__code__
print(co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_varnames[:co.co_nlocals])
print(bool(co.co_flags & 0x04), bool(co.co_flags & 0x08))   # CO_VARARGS, CO_VARKEYWORDS

# positional-only names can be reused as keyword names in **kwargs
def pk(a, /, **kw):
    return a, kw
print(pk(1, a=2))
