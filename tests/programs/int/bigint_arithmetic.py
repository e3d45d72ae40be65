"""Arbitrary-precision int arithmetic: huge products, powers, division, modulo, and identities checked exactly."""

a = 3 ** 200
b = 7 ** 150 + 12345
print(a)
print(b)
print(a + b)
print(a - b)
print(b - a)
print(a * b)
print(a // b, a % b)
print(b // 12345678901234567890, b % 12345678901234567890)
print(-a // b, -a % b, a // -b, a % -b, -a // -b, -a % -b)
q, r = divmod(a * b + 17, b)
print(q == a, r)
print(2 ** 1000)
print(len(str(2 ** 10000)), str(2 ** 10000)[:30], str(2 ** 10000)[-30:])
print((10 ** 50 + 1) ** 3)
print(-(2 ** 127) - 1, (-2) ** 127, (-3) ** 99)
print(abs(-10 ** 40), -(-10 ** 40), +(10 ** 40))

# factorial and binomial computed naively
f = 1
for i in range(2, 101):
    f *= i
print(f)
def comb(n, k):
    r = 1
    for i in range(k):
        r = r * (n - i) // (i + 1)
    return r
print(comb(100, 50), comb(1000, 3))

# exact division identities
for x in [10 ** 30 + 7, -(10 ** 30 + 7), 2 ** 200 - 1]:
    for y in [3, -3, 10 ** 15 + 37, -(2 ** 65)]:
        q, r = divmod(x, y)
        assert q * y + r == x and (r == 0 or (r > 0) == (y > 0)) and abs(r) < abs(y)
        print(q, r)

# true division of big ints is correctly rounded
print(10 ** 30 / 3, (2 ** 100 + 1) / 2 ** 50, 1 / 3 ** 50, (10 ** 400) / (10 ** 399), 2 ** 1023 / 2 ** 1022)

# comparisons between big ints and floats are exact
print(2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 + 1 > float(2 ** 53), 10 ** 400 > 1e308, -10 ** 400 < -1e308, 10 ** 400 < float('inf'))

# fibonacci with big numbers
x, y = 0, 1
for _ in range(500):
    x, y = y, x + y
print(x)
print(sum(int(d) for d in str(x)), x.bit_length(), x % 1000000007)
