"""Other int methods and attributes: as_integer_ratio, conjugate, real/imag/numerator/denominator, is_integer absence, __round__, constructors."""

for n in [0, 5, -5, True, 2 ** 70]:
    print(n, n.as_integer_ratio(), n.conjugate(), n.real, n.imag, n.numerator, n.denominator, type(n.real).__name__)

# round with negative ndigits uses round-half-even
print([round(n, -1) for n in [5, 15, 25, 35, -5, -15, 14, 16]])
print(round(1234567, -3), round(1250, -2), round(1350, -2), round(-1250, -2), round(7, 0), round(7, 5), round(7), type(round(7, -1)).__name__)
print(round(2 ** 70 + 5 * 10 ** 5, -6))

# int subclass instances and methods
class Flag(int):
    def __repr__(self): return f'Flag({int(self)})'
f = Flag(6)
print(f, f + 1, type(f + 1).__name__, f.bit_length(), f.real, type(f.real).__name__, int(f), type(int(f)).__name__)

# int attributes are read-only
try:
    (5).real = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(5, 'is_integer'))

# int.__trunc__/__floor__/__ceil__/__round__ exist and return ints
import math
print(math.floor(7), math.ceil(-7), math.trunc(7), (7).__floor__(), (7).__round__(), (7).__ceil__())

# small ints: identity is an implementation detail, but equality must hold
print(int('5') == 5, int('500') == 500, 10 ** 20 == int('1' + '0' * 20))

# int() with __int__, __index__ and __trunc__ precedence
class Both:
    def __int__(self): return 1
    def __index__(self): return 2
print(int(Both()), [10, 20, 30][Both()], bin(Both()))

# sys.maxsize related boundaries
import sys
print(sys.maxsize == 2 ** 63 - 1, (sys.maxsize + 1) // 2, -sys.maxsize - 1)
