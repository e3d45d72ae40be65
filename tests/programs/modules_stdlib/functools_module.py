"""functools: partial/partialmethod, reduce, lru_cache/cache, wraps, total_ordering, singledispatch, cmp_to_key, cached_property."""

import functools
import operator

def power(base, exp, *, mod=None):
    return pow(base, exp, mod)
square = functools.partial(power, exp=2)
cube_mod = functools.partial(power, exp=3, mod=5)
print(square(7), cube_mod(4), square.func is power, square.args, square.keywords, repr(functools.partial(max, 1)), square(3, exp=4))
nested = functools.partial(functools.partial(power, 2), 10)
print(nested(), nested.args, nested.func is power)

class Cell:
    def __init__(self): self.state = None
    def set(self, value): self.state = value
    on = functools.partialmethod(set, True)
    off = functools.partialmethod(set, False)
c = Cell()
c.on()
print(c.state, end=' ')
c.off()
print(c.state)

print(functools.reduce(operator.add, [1, 2, 3, 4]), functools.reduce(lambda a, b: a * b, range(1, 6), 10), functools.reduce(max, [3], 0))
try:
    functools.reduce(operator.add, [])
except TypeError as e:
    print(type(e).__name__, e)

calls = []
@functools.lru_cache(maxsize=2)
def slow(n):
    calls.append(n)
    return n * n
for n in [1, 2, 1, 3, 1, 2]:
    slow(n)
print(calls, slow.cache_info(), slow.cache_parameters())
slow.cache_clear()
print(slow.cache_info())
@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100), fib.cache_info().currsize)
@functools.lru_cache(typed=True)
def typed(x):
    return type(x).__name__
print(typed(1), typed(1.0), typed.cache_info().currsize)

@functools.singledispatch
def describe(obj):
    return f'object {obj!r}'
@describe.register
def _(obj: int):
    return f'int {obj}'
@describe.register(list)
def _(obj):
    return f'list of {len(obj)}'
@describe.register(str)
@describe.register(bytes)
def _(obj):
    return f'text-ish {obj!r}'
print(describe(5), describe(True), describe([1, 2]), describe('s'), describe(b'b'), describe(2.5), describe.dispatch(bool).__name__, sorted(t.__name__ for t in describe.registry))

class Shape:
    @functools.singledispatchmethod
    def area(self, arg):
        raise NotImplementedError
    @area.register
    def _(self, arg: int):
        return arg * arg
print(Shape().area(4))

words = ['banana', 'Apple', 'cherry']
print(sorted(words, key=functools.cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))

def deco(f):
    @functools.wraps(f)
    def wrapper(*a, **k):
        return f(*a, **k)
    return wrapper
@deco
def documented(x: int) -> int:
    """Docstring survives."""
    return x
print(documented.__name__, documented.__doc__, documented.__annotations__, documented.__wrapped__.__name__, documented.__qualname__)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
