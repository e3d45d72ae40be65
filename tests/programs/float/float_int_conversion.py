"""Conversions between int and float: exact rounding of huge ints to float (round-half-even), truncation, is_integer, and errors."""

for n in [2 ** 53, 2 ** 53 + 1, 2 ** 53 + 2, 2 ** 53 + 3, 2 ** 54 + 2, 2 ** 54 + 6, 10 ** 16 + 1, 10 ** 22, 10 ** 23, 2 ** 1023 * 3 // 2, -(2 ** 60 + 1)]:
    f = float(n)
    print(n, repr(f), int(f) - n, f.is_integer())
print(float(2 ** 1024 - 2 ** 970 - 1), repr(float(-(2 ** 1023))))
try:
    float(2 ** 1024 - 2 ** 970)
except OverflowError as e:
    print(type(e).__name__, e)
print([int(x) for x in [0.9, -0.9, 1e18, 1.5e19, -2.5e20, 123456789.999, 2.0 ** 70]])
print([round(x) for x in [2 ** 52 + 0.5, 4503599627370497.0, -0.5, 1.5, 2.5]], int(float('1e308')) > 10 ** 307)
print(2 ** 63 == 9.223372036854775807e18, 2 ** 63 - 1 < 9.223372036854775807e18, (2 ** 63 - 1) == float(2 ** 63 - 1), float(2 ** 63 - 1) == 2 ** 63)
print(1 / 2 ** 1074 == 0, 2 ** -1074 > 0, 2 ** -1075, 2.0 ** -1075, (1 << 1100) / (1 << 1050), 7 / 3, -7 / 3, 10 ** 20 / 3)
print(int('1' * 30) / int('3' * 30), (2 ** 200 + 1) / (2 ** 199), (3 ** 100) / (3 ** 99))
