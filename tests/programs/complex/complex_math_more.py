"""complex: parsing edge cases, signed zeros in repr, equality with other numerics, hashing, and conjugate/abs on extremes."""

for s in ['1', '1j', '-1j', '+1.5-2.5j', '(1+1j)', ' ( 2-3j ) ', '1e-3+1e3j', 'inf+infj', '-nanj', 'J', '0j', '1_000+2_0j']:
    try:
        z = complex(s)
        print(repr(s), repr(z))
    except ValueError as e:
        print(repr(s), '->', type(e).__name__, e)
for s in ['1 + 2j', '1+2i', '(1+2j', 'j+1', '1+2j+3', '', '++1j']:
    try:
        complex(s)
    except ValueError as e:
        print(repr(s), '->', type(e).__name__, e)
for z in [complex(0.0, -0.0), complex(-0.0, 0.0), complex(-0.0, -0.0), -(0j), 0j * -1, complex(1, -0.0), 1 - 0j, -1j * 0]:
    print(repr(z), z.real, z.imag)
print(1j == 1j + 0, (1 + 0j) == 1.0, (1 + 0j) == True, 2j != 2, complex(2, 0) in {2}, {1: 'int'}[1 + 0j])
print(abs(complex(3e200, 4e200)), abs(complex(float('inf'), float('nan'))), abs(complex(float('nan'), float('inf'))), abs(-0j))
print((1e300 + 1e300j) * (1e300 + 1e300j), (1 + 2j) / (3 + 4j), (1e-300 + 1e-300j) / (1e-300 + 1e-300j), complex(1, 2).conjugate().conjugate())
print(pow(1j, 2), pow(1j, 3), pow(1j, 4), (1 + 1j) ** 2, (2 + 0j) ** 10, 0j ** 2, (-1 + 0j) ** 0.5)
