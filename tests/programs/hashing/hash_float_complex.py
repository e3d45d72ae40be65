"""hash() of floats, Fractions, Decimals and complex numbers: numeric hash equality across types, inf and nan rules."""

from fractions import Fraction
from decimal import Decimal

floats = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, -2.5, 0.1, 1e-300, 1e300, 3.141592653589793, 2.0 ** 61, 2.0 ** 62, 1e16, 123.456, float('inf'), float('-inf'), 5e-324, 1.7976931348623157e308]
for f in floats:
    print(repr(f), hash(f))
nan = float('nan')
print(hash(nan) == hash(nan), type(hash(nan)).__name__)     # identity based since 3.10; value not printed

for fr in [Fraction(1, 2), Fraction(-1, 2), Fraction(1, 3), Fraction(22, 7), Fraction(10 ** 20, 3), Fraction(5)]:
    print(fr, hash(fr), hash(fr) == hash(float(fr)) if fr.denominator in (1, 2) else '')
for d in [Decimal('0.5'), Decimal('1.5'), Decimal('-2'), Decimal('0.1'), Decimal('1e20'), Decimal('123.456')]:
    print(d, hash(d))
print(hash(Decimal('0.5')) == hash(0.5) == hash(Fraction(1, 2)), hash(Decimal('0.1')) == hash(Fraction(1, 10)), hash(Decimal(2)) == hash(2))

for z in [0j, 1j, -1j, 1 + 1j, 2 - 3j, 0.5 + 0.25j, complex(1e300, 1e-300), complex(float('inf'), 0), 3 + 0j]:
    print(repr(z), hash(z))
print(hash(3 + 0j) == hash(3) == hash(3.0) == hash(Fraction(3)) == hash(Decimal(3)))
