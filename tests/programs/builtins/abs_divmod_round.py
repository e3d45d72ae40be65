"""abs(), divmod() and round() across int, bool, float, complex, Fraction, Decimal and user types, with errors."""

from fractions import Fraction
from decimal import Decimal

print(abs(-5), abs(5), abs(-0), abs(True), abs(-2.5), abs(-0.0), abs(float('-inf')), abs(3 + 4j), abs(-2 ** 100), abs(Fraction(-3, 4)), abs(Decimal('-1.5')))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(-17.5, 5), divmod(True, 2), divmod(2 ** 70, 3 ** 20))
print(divmod(Fraction(7, 2), 1), divmod(Decimal('7.5'), 2), divmod(Decimal('-7.5'), 2))
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234, -2), round(Fraction(5, 2)), round(Fraction(7, 3), 2), round(Decimal('2.675'), 2), round(Decimal('2.5')))
print(round(0.5), round(1.5), round(True), round(7, 1), type(round(7.0)).__name__, type(round(Fraction(1, 2))).__name__)

class Money:
    def __init__(self, v): self.v = v
    def __abs__(self): return Money(abs(self.v))
    def __divmod__(self, n): return (Money(self.v // n), Money(self.v % n))
    def __rdivmod__(self, n): return 'rdivmod called'
    def __round__(self, nd=None): return Money(round(self.v, nd))
    def __repr__(self): return f'Money({self.v})'
m = Money(-7.456)
print(abs(m), divmod(Money(7), 2), divmod(7, m), round(m), round(m, 1))

for src in ["abs('x')", "abs(None)", "divmod(1, 0)", "divmod(1.0, 0)", "divmod('a', 2)", "divmod(1j, 1)", "round('x')", "round(1.5, 1.5)",
            "round(float('nan'))", "round(float('inf'))", "abs()", "divmod(1)", "round()", "round(1, 2, 3)"]:
    try:
        print(src, '->', eval(src))
    except Exception as e:
        print(src, '->', type(e).__name__, e)
