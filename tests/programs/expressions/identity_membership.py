"""is / is not / in / not in: identity of singletons and containers, __contains__, __iter__ and __getitem__ fallbacks."""

a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, None is None, ... is Ellipsis)
print(True is True, (1 == 1) is True, type(None) is type(None))
print(NotImplemented is NotImplemented, type(NotImplemented).__name__, type(...).__name__)

# membership in builtin containers
print(2 in [1, 2, 3], 4 not in (1, 2, 3), 'b' in 'abc', 'bc' in 'abc', '' in 'abc')
print('k' in {'k': 1}, 1 in {'k': 1}, 3 in {1, 2, 3}, 5 in range(0, 10, 5), 6 in range(0, 10, 5))
print(b'b' in b'abc', 98 in b'abc', 98 in bytearray(b'abc'), [1] in [[1], [2]])
print(1.0 in [1], True in [1], 1 in [True], (1+0j) in {1})

# membership uses identity before equality
nan = float('nan')
print(nan in [nan], nan == nan, [nan] == [nan], float('nan') in [nan])

class AlwaysEq:
    def __eq__(self, other): return True
print(AlwaysEq() in [1, 2], 5 in [AlwaysEq()])

# __contains__
class Evens:
    def __contains__(self, x):
        print('  __contains__', x)
        return x % 2 == 0
e = Evens()
print(4 in e, 5 in e, 5 not in e)
class ContainsNonBool:
    def __contains__(self, x): return 'truthy string'
print(1 in ContainsNonBool())

# __iter__ fallback
class Iterable:
    def __iter__(self):
        print('  __iter__')
        return iter([1, 2, 3])
print(2 in Iterable(), 9 in Iterable())

# __getitem__ fallback
class GetItem:
    def __getitem__(self, i):
        if i > 4:
            raise IndexError
        return i * i
print(16 in GetItem(), 15 in GetItem())

# membership on an iterator consumes it
it = iter([1, 2, 3, 4])
print(2 in it, list(it))

# errors
for expr in ["1 in 5", "'a' in ['a'] in 3", "[] in {}", "1 in 'abc'", "None in 'x'", "{} in {1}"]:
    try:
        print(expr, eval(expr))
    except TypeError as e:
        print(expr, '->', type(e).__name__, e)
class NoContain: pass
try:
    1 in NoContain()
except TypeError as e:
    print(type(e).__name__, e)
