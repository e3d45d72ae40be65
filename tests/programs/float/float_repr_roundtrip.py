"""float repr: shortest round-tripping repr, exponent thresholds, str(), and exact conversions to/from strings."""

values = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5, 0.0001234, 1.5e300, 5e-324,
          2.2250738585072014e-308, 1.7976931348623157e308, 9007199254740993.0, 0.30000000000000004, 100.0, 1e22, 1e23,
          -0.0, 3.141592653589793, 2.718281828459045, 1.0000000000000002, 0.9999999999999999, 4.35, 0.07, 1234.5678]
for v in values:
    r = repr(v)
    assert float(r) == v
    print(r, str(v), v.hex(), float.fromhex(v.hex()) == v)

# parsing edge cases
for s in ['1', '-1.5', '+.5', '5.', '1e5', '1E-5', '  2.5  ', '1_000.000_1', 'inf', '-Infinity', 'nan', '-NaN', 'iNF',
          '1e-400', '1e400', '-1e400', '4.9e-324', '2.4703282292062328e-324', '2.4703282292062327e-324',
          '\u0661.\u0662', '０.５', '9007199254740993', '0.1000000000000000055511151231257827021181583404541015625']:
    print(repr(s), repr(float(s)))

for bad in ['', '1e', 'e5', '1.5.2', '0x10', '1__0', 'in f', 'nann', '1,5', '_1', '1_', '.']:
    try:
        float(bad)
    except ValueError as e:
        print(repr(bad), '->', e)

# float.fromhex / hex
for h in ['0x1p0', '0x1.8p1', '-0x1.fffffffffffffp+1023', '0x0.0000000000001p-1022', '0x1p-1074', 'inf', '0X1.AP3', '1']:
    print(h, float.fromhex(h))
try:
    float.fromhex('0x1p10000')
except OverflowError as e:
    print(type(e).__name__, e)
try:
    float.fromhex('zz')
except ValueError as e:
    print(type(e).__name__, e)
print((1.0).hex(), (-2.5).hex(), (0.0).hex(), float('inf').hex(), (5e-324).hex())
