"""decimal: exact decimal arithmetic, contexts (precision, rounding), quantize, signals/traps, special values, formatting."""

import decimal
from decimal import Decimal, localcontext, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_CEILING

print(Decimal('0.1') + Decimal('0.2'), Decimal(0.1), Decimal('1.10') + Decimal('2.205'), Decimal('3') / Decimal('7'), Decimal(1) / Decimal(3) * 3)
print(Decimal('10') ** 20, Decimal('2').sqrt(), Decimal('2').ln(), Decimal('1').exp(), Decimal('100').log10(), Decimal(-7) // Decimal(2), Decimal(-7) % Decimal(2))
print(Decimal('1.30') == Decimal('1.3'), Decimal('1.30'), Decimal('1.3').as_tuple(), Decimal('-0'), Decimal('1E+3'), Decimal('1e3') + 0, Decimal('123.4560').normalize())
for value in ['2.675', '2.665', '-2.5', '0.125']:
    d = Decimal(value)
    print(value, d.quantize(Decimal('0.01')), d.quantize(Decimal('0.01'), rounding=ROUND_HALF_UP), d.quantize(Decimal('1'), rounding=ROUND_DOWN), d.quantize(Decimal('0.1'), rounding=ROUND_CEILING), round(d, 1), round(d))

with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(7), Decimal('123456789') + 0, +Decimal('1.23456789'))
    ctx.rounding = ROUND_HALF_UP
    print(Decimal(2) / Decimal(3))
print(decimal.getcontext().prec, Decimal(1) / Decimal(7))

print(Decimal('Infinity'), Decimal('-inf'), Decimal('NaN'), Decimal('sNaN'), Decimal('inf') > 10 ** 100, Decimal('NaN').is_nan(), Decimal('-0').is_signed())
ctx = decimal.Context(prec=3, traps=[decimal.DivisionByZero, decimal.InvalidOperation])
for op in [lambda: ctx.divide(Decimal(1), Decimal(0)), lambda: ctx.sqrt(Decimal(-1)), lambda: Decimal('abc'), lambda: Decimal(1) / 0, lambda: Decimal('1.5').to_integral_exact(rounding=ROUND_HALF_EVEN)]:
    try:
        print(op())
    except (decimal.DivisionByZero, decimal.InvalidOperation, ZeroDivisionError) as e:
        print(type(e).__name__, [c.__name__ for c in type(e).__mro__[:3]])
quiet = decimal.Context(traps=[])
print(quiet.divide(Decimal(1), Decimal(0)), quiet.divide(Decimal(0), Decimal(0)), sorted(k.__name__ for k, v in quiet.flags.items() if v))

print(f'{Decimal("1234.5678"):,.2f}', f'{Decimal("0.000012345"):.3e}', f'{Decimal("42"):>8}', format(Decimal('-0.5'), '+.0f'), f'{Decimal("1.5"):%}')
print(Decimal(3).compare(Decimal(4)), Decimal('1.2').max(Decimal('1.20')), Decimal('12.345').adjusted(), Decimal('7.5').to_integral_value(), int(Decimal('-7.9')), float(Decimal('0.1')))
print(Decimal('1.1') + 1, 2 * Decimal('1.5'), Decimal('0.5') < 1, Decimal(10) == 10, Decimal('0.1') == 0.1, hash(Decimal('2.0')) == hash(2))
try:
    Decimal('1.1') + 1.1
except TypeError as e:
    print(type(e).__name__, e)
print(Decimal((1, (3, 1, 4), -2)), Decimal.from_float(0.25), Decimal('1.500').quantize(Decimal('1.0')), Decimal(2 ** 70))
