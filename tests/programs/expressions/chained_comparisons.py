"""Chained comparisons: semantics, single evaluation of middle operands, short-circuiting, mixed operators."""

print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 2)
print(1 < 2 > 0, 1 < 2 > 3, 0 <= 0 < 1 <= 1)
print(1 < 2 < 3 < 4 < 5 < 6, 1 < 2 < 3 < 4 < 5 < 5)
print(1 in [1] in [[1]], 'a' in 'abc' not in 'xyz')
print(None is None is not False, [] is not [] is not None)

calls = []
def v(x):
    calls.append(x)
    return x

print(v(1) < v(2) < v(3), calls)
calls.clear()
print(v(1) < v(0) < v(3), calls)            # stops after first false
calls.clear()
print(v(5) > v(3) == v(3) != v(4) >= v(4), calls)
calls.clear()

# middle operand evaluated exactly once
counter = 0
def mid():
    global counter
    counter += 1
    return 5
print(1 < mid() < 10, counter)

# comparison results are the last compared value's result, can be non-bool
class Weird:
    def __init__(self, n): self.n = n
    def __lt__(self, other):
        return f'lt({self.n},{getattr(other, "n", other)})'
    def __gt__(self, other):
        return f'gt({self.n},{getattr(other, "n", other)})'
a, b, c = Weird(1), Weird(2), Weird(3)
print(a < b)
print(a < b < c)        # 'lt(1,2)' is truthy so result is b < c
class Falsy(Weird):
    def __lt__(self, other):
        return ''
print(repr(Falsy(0) < b < c))

# mixed numeric types in chains
print(1 < 1.5 < 2, 1 == 1.0 == (1 + 0j), True == 1 == 1.0, 0.1 + 0.2 == 0.3)
print(float('nan') != float('nan'), float('nan') == float('nan'), 1 < float('inf'))

# comparisons of sequences are lexicographic
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, 'a') < (1, 'b'), 'abc' < 'abd' < 'b')
print([1, [2, 3]] < [1, [2, 4]], (1,) == [1], 'a' < 'B', 'Z' < 'a')
print([] < [0], () < (0,), '' < 'a', b'a' < b'b')

# chains with in and is
lst = [1, 2]
print(1 in lst == True, (1 in lst) == True)
print(lst is lst is lst, 2 in lst is not None)

# ordering errors
for expr in ["1 < 'a'", "[1] < (1,)", "None < None", "{} < {}", "1j < 2j", "object() > 3", "1 < 2 < 'x'"]:
    try:
        print(expr, eval(expr))
    except TypeError as e:
        print(expr, '->', type(e).__name__, e)
