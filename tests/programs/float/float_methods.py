"""float methods and conversions: is_integer, as_integer_ratio, hex, conjugate, real/imag, int()/round() behaviour."""

for v in [0.0, 1.0, -2.5, 0.1, 1e300, 2 ** -1074, 3.0, 123456789.0]:
    print(repr(v), v.is_integer(), v.as_integer_ratio(), v.conjugate(), v.real, v.imag, int(v))

# round() uses round-half-even and exact binary values
print([round(x) for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 0.49999999999999994]])
print([round(x, 2) for x in [2.675, 1.005, 0.125, 0.375, 1.115]])
print(round(123.456, -1), round(123.456, -2), round(-0.5), repr(round(-0.4)), repr(round(-0.4, 0)), round(1e300, -299), round(5e-324, 400))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(2.5, None), round(float('inf'), 2), round(float('nan'), 1))

# int() truncates toward zero, math.floor/ceil don't
import math
for v in [2.7, -2.7, 2.5, -2.5, 1e20, -1e-20]:
    print(v, int(v), math.floor(v), math.ceil(v), math.trunc(v), round(v))

# float() of other types
print(float(), float(5), float(True), float(2 ** 63), float('  -1.5e-3 '), float(b'2.5'), float(bytearray(b'7')))
class F:
    def __float__(self): return 9.5
class I:
    def __index__(self): return 4
print(float(F()), float(I()))

# float.__getformat__ and sys.float_info
import sys
fi = sys.float_info
print(fi.max, fi.min, fi.epsilon, fi.dig, fi.mant_dig, fi.max_exp, fi.min_exp, fi.max_10_exp, fi.min_10_exp, fi.radix, fi.rounds)
print(1.0 + fi.epsilon > 1.0, 1.0 + fi.epsilon / 2 == 1.0, fi.max * 2, fi.min / 2 > 0)

# errors
for expr in ["float('x')", "float([])", "(1.5).as_integer_ratio(1)", "float.fromhex(1)", "round(1.5, 'a')", "int(1e400)"]:
    try:
        eval(expr)
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
