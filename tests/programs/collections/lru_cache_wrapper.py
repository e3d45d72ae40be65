"""_functools._lru_cache_wrapper (behind functools.lru_cache): keys, eviction order, typed, statistics, binding."""
from _functools import _lru_cache_wrapper


class Info(tuple):
    def __new__(cls, hits, misses, maxsize, currsize):
        return tuple.__new__(cls, (hits, misses, maxsize, currsize))


calls = []


def f(x, y=0, *, z=0):
    calls.append((x, y, z))
    return x + y + z


bounded = _lru_cache_wrapper(f, 2, False, Info)
print(bounded(1), bounded(1), bounded(2), bounded(3), bounded(1), bounded(3), bounded(2), bounded.cache_info())
print(bounded(1, 2), bounded(1, y=2), bounded(1, z=2), bounded(x=1, z=2), bounded.cache_info(), calls[-4:])
bounded.cache_clear()
print(bounded.cache_info(), bounded(1), bounded.cache_info())
calls.clear()
unbounded = _lru_cache_wrapper(f, None, False, Info)
for v in [1, 2, 1, 2, 3, 1.0, True]:
    unbounded(v)
print(unbounded.cache_info(), calls)
calls.clear()
typed = _lru_cache_wrapper(f, 10, True, Info)
for v in [1, 1.0, True, 1, 1.0]:
    typed(v)
print(typed.cache_info(), calls)
none = _lru_cache_wrapper(f, 0, False, Info)
none(1)
none(1)
print(none.cache_info(), _lru_cache_wrapper(f, -5, False, Info).cache_info())
neg = _lru_cache_wrapper(f, -5, False, Info)
print(neg(4), neg(4), neg.cache_info())


class C:
    def method(self, x):
        return (self.tag, x)

    method = _lru_cache_wrapper(method, 8, False, Info)

    def __init__(self, tag):
        self.tag = tag

    def __hash__(self):
        return 1

    def __eq__(self, other):
        return self.tag == other.tag


a, b = C('a'), C('b')
print(a.method(1), b.method(1), a.method(1), C.method.cache_info(), C.method(a, 2), C.__dict__['method'] is C.method)
bounded.__wrapped__ = f
bounded.extra = 'x'
print(bounded.__wrapped__ is f, bounded.extra, sorted(bounded.__dict__), bounded.__copy__() is bounded)
unhashable = _lru_cache_wrapper(f, 4, False, Info)
for expr in ['unhashable([1])', '_lru_cache_wrapper(1, 2, False, Info)', '_lru_cache_wrapper(f, "a", False, Info)',
             '_lru_cache_wrapper(f)', 'bounded(1, 2, 3)']:
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


fib = _lru_cache_wrapper(fib, 3, False, Info)
print(fib(60), fib.cache_info())
