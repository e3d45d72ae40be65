"""fractions.Fraction arithmetic and conversion, and the numbers ABC tower (Number, Complex, Real, Rational, Integral)."""

from fractions import Fraction
import numbers
from decimal import Decimal

a, b = Fraction(1, 3), Fraction(3, 4)
print(a + b, a - b, a * b, a / b, a ** 2, b ** -1, -a, abs(-b), a // b, b % a, divmod(b, a), a < b, a == Fraction(2, 6))
print(Fraction(6, -4), Fraction('3/7'), Fraction(' -1.25 '), Fraction('1e-3'), Fraction(0.5), Fraction(Decimal('0.1')), Fraction(5), Fraction(), Fraction(0.1))
print(Fraction(0.1).limit_denominator(100), Fraction(3.141592653589793).limit_denominator(1000), Fraction(355, 113).numerator, Fraction(355, 113).denominator)
print(float(Fraction(1, 3)), int(Fraction(-7, 2)), round(Fraction(7, 2)), round(Fraction(5, 2)), round(Fraction(1, 3), 2), Fraction(7, 2).__floor__(), Fraction(7, 2).__ceil__())
print(Fraction(1, 3) + 1, 1 - Fraction(1, 3), Fraction(1, 2) + 0.25, Fraction(1, 2) * 1j, Fraction(2) ** Fraction(1, 2), Fraction(4) ** Fraction(1, 2))
print(Fraction(3, 4).as_integer_ratio(), str(Fraction(5, 1)), repr(Fraction(-1, 2)), hash(Fraction(1, 2)) == hash(0.5))
print(f'{Fraction(1, 3)}', sorted([Fraction(1, 2), 0.3, Fraction(1, 3), 1]), Fraction(1, 10 ** 30) > 0, max(Fraction(7, 3), 2.3))
for src in ["Fraction(1, 0)", "Fraction('1/0')", "Fraction('abc')", "Fraction(1.5, 2)", "Fraction(float('nan'))", "Fraction(float('inf'))", "Fraction(1, 2) ** Fraction(1, 2) == 2 ** -0.5"]:
    try:
        print(src, '->', eval(src))
    except (ZeroDivisionError, ValueError, TypeError, OverflowError) as e:
        print(src, '->', type(e).__name__, e)

for value in [1, True, 1.5, 1j, Fraction(1, 2), Decimal('1.5'), 'x']:
    print(type(value).__name__, [name for name in ['Number', 'Complex', 'Real', 'Rational', 'Integral'] if isinstance(value, getattr(numbers, name))])
print(issubclass(numbers.Integral, numbers.Rational), issubclass(bool, numbers.Integral), issubclass(float, numbers.Rational))
class MyNum(numbers.Real):
    pass
try:
    MyNum()
except TypeError as e:
    print(type(e).__name__, str(e).split(' with ')[0])
