"""Closures as factories: counters, accumulators, memoizers, configurable functions; independent state and shared cells."""

def make_counter(start=0, step=1):
    value = start
    def counter():
        nonlocal value
        current = value
        value += step
        return current
    def reset():
        nonlocal value
        value = start
    counter.reset = reset
    return counter

c1, c2 = make_counter(), make_counter(100, 10)
print([c1() for _ in range(3)], [c2() for _ in range(3)], c1())
c1.reset()
print(c1(), c2())

def accumulator():
    total = []
    def add(x):
        total.append(x)
        return sum(total)
    return add
acc = accumulator()
print([acc(x) for x in [5, 10, -3]], acc.__closure__[0].cell_contents)

def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memoize
def slow_square(n):
    return n * n
print([slow_square(n) for n in [3, 4, 3]], sorted(slow_square.cache.items()))

def multipliers():
    return [lambda x, i=i: x * i for i in range(4)]
print([m(10) for m in multipliers()])

def shared_cell():
    x = 0
    def get(): return x
    def inc():
        nonlocal x
        x += 1
    return get, inc
get, inc = shared_cell()
inc(); inc()
print(get(), get.__closure__[0] is inc.__closure__[0])

def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed
pipeline = compose(str, lambda x: x * 2, abs)
print(pipeline(-21), compose()(5))

def power_factory(exp):
    def power(base):
        return base ** exp
    power.__name__ = f'power_{exp}'
    return power
square, cube = power_factory(2), power_factory(3)
print(square(5), cube(2), square.__name__, cube.__qualname__, square.__code__ is cube.__code__)
