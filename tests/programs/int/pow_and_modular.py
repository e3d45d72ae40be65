"""pow() with two and three arguments: modular exponentiation, negative exponents with modulus (inverses), edge cases."""

print(pow(2, 10), pow(2, -1), pow(-2, -3), pow(0, 0), pow(10, 20), pow(7, 2, 5), pow(-7, 2, 5), pow(7, 2, -5))
print(pow(3, 10 ** 18, 10 ** 9 + 7), pow(2, 10 ** 100, 97), pow(12345678901234567890, 98765432109876543210, 10 ** 30 + 57))
print(pow(5, 0, 1), pow(5, 0, 7), pow(0, 5, 7), pow(-1, 10 ** 20 + 1, 1000), pow(2, 3, -7))

# modular inverses (3.8+)
for base, mod in [(3, 7), (10, 17), (-3, 7), (2, 2 ** 61 - 1), (12345, 10 ** 9 + 7), (7, -11)]:
    inv = pow(base, -1, mod)
    print(base, mod, inv, (base * inv) % mod)
print(pow(3, -2, 7), pow(3, -5, 1000003))

for args in [(2, -1, 4), (0, -1, 5), (2, 3, 0), (2.0, 3, 5), (2, 3.0, 5), (2, 3, 5.0), ('2', 3, 5), (6, -1, 9)]:
    try:
        print(args, pow(*args))
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(args, '->', type(e).__name__, e)

# ** operator forms
print(2 ** 0.5, 4 ** -0.5, (-8) ** 2, 0 ** 0, 1 ** -1, (-1) ** -1, 10 ** -2, type(10 ** -2).__name__)
print((-2) ** 0.5)
print(pow(base=2, exp=5), pow(2, exp=5, mod=3))

# Fermat's little theorem and Carmichael numbers
def fermat_probable_prime(n, bases=(2, 3, 5, 7)):
    return all(pow(b, n - 1, n) == 1 for b in bases if b % n)
print([n for n in range(2, 100) if fermat_probable_prime(n)])
print(fermat_probable_prime(561, (2,)), fermat_probable_prime(2 ** 89 - 1), fermat_probable_prime(2 ** 89 + 1))

# RSA round trip with small primes
p, q = 1000003, 1000033
n, phi = p * q, (p - 1) * (q - 1)
e = 65537
d = pow(e, -1, phi)
msg = 123456789
c = pow(msg, e, n)
print(n, d, c, pow(c, d, n) == msg)
