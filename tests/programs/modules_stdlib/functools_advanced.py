"""functools advanced: cached_property invalidation, lru_cache key semantics, partial on methods, reduce for composition, update_wrapper details."""

import functools

calls = []
@functools.lru_cache(maxsize=None)
def f(*args, **kwargs):
    calls.append((args, tuple(sorted(kwargs.items()))))
    return len(calls)
f(1, 2); f(1, 2); f(1, b=2); f(a=1, b=2); f(b=2, a=1); f(1.0, 2)
print(calls, f.cache_info().hits)
try:
    f([1])
except TypeError as e:
    print(type(e).__name__, e)

compose = lambda *fs: functools.reduce(lambda g, h: lambda x: g(h(x)), fs)
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5), functools.reduce(lambda acc, w: acc + len(w), ['ab', 'cde', ''], 0))

class Circle:
    def __init__(self, r): self.r = r
    @functools.cached_property
    def area(self):
        print('  computing area')
        return round(3.14159 * self.r ** 2, 3)
c = Circle(2)
print(c.area, c.area)
c.r = 3
print(c.area)
del c.area
print(c.area)

class Greeter:
    def greet(self, greeting, name):
        return f'{greeting}, {name}!'
    hello = functools.partialmethod(greet, 'Hello')
g = Greeter()
bound_partial = functools.partial(g.greet, 'Hi')
print(g.hello('Ann'), bound_partial('Bob'), type(Greeter.__dict__['hello']).__name__)

def original(a, b=2):
    """original doc"""
    return a + b
original.custom = 'attribute copied'
def wrapper(*args, **kwargs):
    return original(*args, **kwargs)
functools.update_wrapper(wrapper, original)
print(wrapper.__name__, wrapper.__doc__, wrapper.custom, wrapper.__wrapped__ is original, wrapper(1))
p = functools.partial(functools.partial(int, base=2), '1010')
print(p(), p.keywords, p.args, functools.partial(int, '12', base=8)())
