"""Mixing int, bool, float, complex, Fraction and Decimal in arithmetic and comparisons: result types and errors."""

from fractions import Fraction
from decimal import Decimal

vals = [3, True, 1.5, 2j, Fraction(1, 3), Decimal('0.5')]
for a in vals:
    row = []
    for b in vals:
        try:
            r = a + b
            row.append(f'{type(r).__name__}')
        except TypeError:
            row.append('TypeError')
    print(f'{type(a).__name__:>8} +', row)
for a in vals:
    row = []
    for b in vals:
        try:
            row.append(str(a < b))
        except TypeError:
            row.append('--')
    print(f'{type(a).__name__:>8} <', row)
print(Fraction(1, 2) == 0.5, Decimal('0.5') == 0.5, Decimal('0.5') == Fraction(1, 2), 0.5 == Fraction(1, 2), 1 == Decimal(1), 2j == complex(0, 2))
print(Fraction(1, 3) + 1.0, type(Fraction(1, 3) * 2).__name__, Decimal('1.5') * 2, Decimal(1) / 3, 2 ** Fraction(1, 2), Fraction(1, 2) ** 2)
print(sum([Fraction(1, 4), 0.5, 1]), max(Decimal('1.1'), 1, 1.05), sorted([Fraction(2, 3), 0.6, Decimal('0.65'), 1]))
