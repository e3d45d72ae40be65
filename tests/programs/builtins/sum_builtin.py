"""sum(): start values, floats (with precision behaviour), big ints, lists/tuples via start, and the str restriction."""

print(sum([]), sum([1, 2, 3]), sum([1, 2, 3], 10), sum(range(101)), sum([0.1] * 10), sum([1, 2.5, True]), sum([1j, 2, 0.5]))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum(x * x for x in range(10)), sum({1: 'a', 2: 'b'}), sum([2 ** 100, -2 ** 100, 1]))
print(sum([1e100, 1.0, -1e100]), sum([0.1, 0.2, 0.3]), sum([], start=5), sum([[1]], start=[]))

from fractions import Fraction
from decimal import Decimal
print(sum([Fraction(1, 3)] * 3), sum([Decimal('0.1')] * 3), sum([Decimal('0.1')] * 3, Decimal(0)))

class Vec:
    def __init__(self, x): self.x = x
    def __add__(self, o): return Vec(self.x + (o.x if isinstance(o, Vec) else o))
    def __radd__(self, o): return self.__add__(o)
    def __repr__(self): return f'Vec({self.x})'
print(sum([Vec(1), Vec(2)]), sum([Vec(1)], Vec(10)))

for src in ["sum(['a', 'b'], '')", "sum([b'a'], b'')", "sum([bytearray(b'a')], bytearray())", "sum(['a', 'b'])", "sum(5)", "sum([1, 'a'])",
            "sum([[1]])", "sum()", "sum([1], 2, 3)"]:
    try:
        print(src, '->', eval(src))
    except TypeError as e:
        print(src, '->', type(e).__name__, e)
