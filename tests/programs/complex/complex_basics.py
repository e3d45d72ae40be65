"""complex numbers: construction, repr/str, arithmetic, attributes, conjugate, abs, comparisons and errors."""

for z in [complex(), complex(1), complex(1, 2), complex(-1.5, -0.0), complex('3+4j'), complex(' -2-3J '), complex('1e3j'),
          complex('inf-nanj'), complex(1j, 1j), complex(2, 1j), 1j, -1j, 0j, -0j, 1e300j * 1e10, complex(-0.0, 0.0), 3 + 0j,
          complex('(5+6j)'), complex(True, False), complex('-j')]:
    print(repr(z), str(z), z.real, z.imag)

a, b = 3 + 4j, 1 - 2j
print(a + b, a - b, a * b, a / b, -a, +a, abs(a), a.conjugate(), a ** 2, a ** 0.5, pow(a, 2), a ** b)
print(a == 3 + 4j, a != b, a == complex(3, 4), 1 + 0j == 1, (2 + 0j) == 2.0, hash(2 + 0j) == hash(2), hash(1j))
print(1j * 1j, (1 + 1j) ** 8, 1 / 1j, 2 ** 1j, 1j ** 1j, (-1) ** 0.5)
print(0j ** 0, 0j ** 0j, (1 + 2j) * 0, 1e308j * 10)

import cmath, math
print(cmath.sqrt(-1), cmath.exp(1j * math.pi), cmath.phase(-1 + 0j), cmath.phase(-1 - 0j), cmath.polar(1 + 1j), cmath.rect(2, math.pi / 2))
print(cmath.isclose(cmath.exp(1j * math.pi), -1), cmath.log(-1), cmath.isnan(complex('nan+1j')), cmath.isinf(complex(1, float('inf'))))

for expr in ["a < b", "a // 2", "a % 2", "divmod(a, 2)", "int(a)", "float(a)", "complex('1+2')", "complex('1', 2)",
             "complex(1, '2')", "a / 0", "0j ** -1", "round(a)", "complex('1+2j', 3)", "complex({})", "math.sqrt(a)"]:
    try:
        print(expr, '->', eval(expr))
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(expr, '->', type(e).__name__, e)

# __complex__ protocol
class C:
    def __complex__(self): return 7j
print(complex(C()), complex(C()) + 1)
