"""Integer algorithms on arbitrary precision: extended Euclid, modular inverse, CRT, integer sqrt, base conversion, primes, digits."""

def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y
print(egcd(240, 46), egcd(2 ** 100, 3 ** 60), egcd(17, 0))

def crt(remainders, moduli):
    x, m = 0, 1
    for r, n in zip(remainders, moduli):
        g, p, q = egcd(m, n)
        x = (r - x) * p % n * m + x
        m *= n
    return x % m, m
print(crt([2, 3, 2], [3, 5, 7]), crt([1, 2, 3, 4], [5, 7, 9, 11]))

def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
import math
print(all(isqrt(n) == math.isqrt(n) for n in list(range(1000)) + [10 ** 40 + 12345, 2 ** 127 - 1]), isqrt(10 ** 100))

def to_base(n, b):
    digits = '0123456789abcdefghijklmnopqrstuvwxyz'
    if n == 0:
        return '0'
    sign = '-' if n < 0 else ''
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(digits[r])
    return sign + ''.join(reversed(out))
print([to_base(255, b) for b in (2, 8, 16, 36)], to_base(-(10 ** 20), 7), int(to_base(2 ** 100, 36), 36) == 2 ** 100)

def is_prime(n):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True
print([p for p in range(2 ** 61 - 30, 2 ** 61) if is_prime(p)], is_prime(2 ** 127 - 1), is_prime(2 ** 128 + 1), is_prime(561))
print(sum(int(d) for d in str(2 ** 1000)), str(math.factorial(100)).count('0'), len(str(3 ** 5000)), (7 ** 77) % 1000, int(str(2 ** 64)[::-1]))
def collatz_max(limit):
    best = (0, 0)
    for start in range(1, limit):
        n, steps = start, 0
        while n != 1:
            n = n // 2 if n % 2 == 0 else 3 * n + 1
            steps += 1
        best = max(best, (steps, start))
    return best
print(collatz_max(3000))
