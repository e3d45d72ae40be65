"""math: constants, rounding, powers/logs, trigonometry, special functions, integer functions (gcd/lcm/isqrt/comb/perm), fsum, prod, dist."""

import math

def r(*values):
    """Transcendental results are shown to 12 significant digits: the last bits depend on the C library."""
    return ' '.join(f'{v:.12g}' for v in values)

print(math.pi, math.e, math.tau, math.inf, math.nan, -math.inf == float('-inf'))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(2), math.modf(3.75), math.modf(-3.75), math.frexp(12.0), math.ldexp(0.75, 4), math.copysign(3, -0.0))
print(math.fabs(-3), math.fmod(7, -3), math.remainder(7, 3), math.remainder(8, 3), math.sqrt(2), math.isqrt(10 ** 20 + 1), r(math.cbrt(27)), math.exp2(10), math.pow(2, 0.5))
print(r(math.exp(1), math.expm1(1e-10), math.log(math.e), math.log(8, 2), math.log(100, 10)), math.log10(1000), math.log2(1024), r(math.log1p(1e-10), math.log(2 ** 1000)))
print(r(math.sin(math.pi / 6), math.cos(0), math.tan(math.pi / 4), math.asin(1), math.acos(0), math.atan(1), math.atan2(1, -1)), math.hypot(3, 4), math.hypot(1, 2, 2))
print(math.degrees(math.pi), math.radians(180), r(math.sinh(1), math.cosh(1), math.tanh(1), math.asinh(1), math.acosh(2), math.atanh(0.5)))
print(math.gamma(5), r(math.gamma(0.5) ** 2, math.lgamma(10), math.erf(1), math.erfc(1)), math.factorial(20), math.factorial(0))
print(math.gcd(12, 18), math.gcd(0, 0), math.gcd(12, 18, 24), math.gcd(), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(), math.comb(10, 3), math.comb(3, 10), math.perm(5, 2), math.perm(5))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]), math.prod([1, 2, 3, 4]), math.prod([], start=5), math.prod([1.5, 2]))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 3]), math.isclose(1, 1 + 1e-10), math.isfinite(1), math.isinf(math.inf), math.isnan(math.nan))
print(math.nextafter(1, 2), math.nextafter(0, -1), math.ulp(1.0), math.ulp(1e300), math.nextafter(1.0, 1.0))
print(math.floor(1e300) == int(1e300), math.ceil(2 ** 60 + 0.5), type(math.floor(1.5)).__name__, math.comb(100, 50), math.isqrt(2 ** 200) == 2 ** 100)
for src in ['math.sqrt(-1)', 'math.log(0)', 'math.log(-1, 2)', 'math.acos(1.5)', 'math.factorial(-1)', 'math.isqrt(-1)', 'math.exp(1000)',
            'math.comb(-1, 2)', 'math.gamma(0)', 'math.fmod(1, 0)', 'math.floor(math.inf)', 'math.ceil(math.nan)', 'math.pow(0, -1)', 'math.log("x")']:
    try:
        print(src, '->', eval(src))
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(src, '->', type(e).__name__, e)
