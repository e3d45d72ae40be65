"""float arithmetic: IEEE-754 results, infinities and NaN propagation, signed zero, floor division/modulo, errors."""

inf, nan = float('inf'), float('nan')
print(0.1 + 0.2, 0.1 * 3, 1.1 * 1.1, 1 / 3 * 3, 2 ** 0.5 * 2 ** 0.5, 1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
print(inf + 1, inf - inf, inf * 0, inf * -1, -inf / inf, inf / 1e308, 1 / inf, -1 / inf, nan + 1, nan * 0)
print(nan == nan, nan != nan, nan < 1, nan > 1, inf == inf, inf > 1e308, -inf < -1e308, inf == float('Infinity'))

# signed zero
z = 0.0
nz = -0.0
print(z == nz, repr(nz), repr(z * -1), repr(nz + 0.0), repr(nz - 0.0), repr(-z), repr(abs(nz)), repr(nz * nz))
import math
print(math.copysign(1, nz), math.copysign(1, z), math.atan2(0.0, -1.0), math.atan2(-0.0, -1.0), 1 / inf, repr(-1 / inf))

# floor division and modulo on floats follow the sign of the divisor
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (1.0, 0.1), (-1e-300, 1.0), (5.0, inf), (-5.0, inf), (inf, 2.0)]:
    print(a, b, a // b, a % b, divmod(a, b), math.fmod(a, b) if not math.isinf(a) else 'n/a')

# mixed int/float operations are exact where possible
print(2 ** 53 + 1.0, float(2 ** 53 + 1), 10 ** 16 + 1.0 == 10 ** 16, 3 * 0.1 == 0.3, round(3 * 0.1, 10) == 0.3)
print(1e16 + 1 - 1e16, (1e16 + 2) - 1e16, sum([0.1] * 10), math.fsum([0.1] * 10))

for expr in ['1.0 / 0', '1.0 // 0.0', '1.0 % 0.0', 'divmod(1.0, 0.0)', '0.0 ** -1', '(-8.0) ** (1/3)', '10.0 ** 400',
             'math.sqrt(-1.0)', 'math.log(0.0)', 'int(nan)', 'int(-inf)', 'nan.__int__()', 'inf.as_integer_ratio()']:
    try:
        print(expr, '->', eval(expr))
    except (ZeroDivisionError, OverflowError, ValueError) as e:
        print(expr, '->', type(e).__name__, e)

# power edge cases defined by IEEE / C99
print(0.0 ** 0, nan ** 0, 1.0 ** nan, (-1.0) ** inf, 0.5 ** inf, 2.0 ** -inf, inf ** -1, (-inf) ** 3, (-inf) ** 2, (-0.0) ** 3)
