"""format() builtin and __format__ protocol across types: default specs, object fallback, subclasses, None/bool/bytes/date formatting."""

import datetime
import decimal
import fractions
for value, spec in [(None, ''), (None, '>6'), (True, ''), (True, 'd'), (True, '>6'), (False, '05'), (b'x', ''), (3, ''), (3.0, ''),
                    (1e16, ''), (1j, ''), ('s', ''), ([1], ''), ((1, 2), ''), (datetime.date(2024, 1, 2), '%d.%m.%Y'), (datetime.time(3, 4), ''),
                    (decimal.Decimal('1.50'), ''), (decimal.Decimal('1.50'), '.1f'), (fractions.Fraction(1, 3), '') , (range(3), '')]:
    try:
        print(type(value).__name__, repr(spec), '->', repr(format(value, spec)))
    except (TypeError, ValueError) as e:
        print(type(value).__name__, repr(spec), '->', type(e).__name__, e)
class IntSub(int):
    pass
class FloatSub(float):
    def __str__(self): return 'custom str ignored by format with spec'
print(format(IntSub(255), 'x'), format(FloatSub(2.5), '.2f'), format(FloatSub(2.5)), str(FloatSub(2.5)))
print(format(3, ''), format(3.0, ''), format('x'), format(True), format(1 + 0j, ''))
try:
    format(1, 1)
except TypeError as e:
    print(type(e).__name__, e)
