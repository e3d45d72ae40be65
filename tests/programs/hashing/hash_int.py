"""hash() of ints: small, negative, -1 special case, values around the modulus 2**61-1, huge ints, bool."""

import sys
print(sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.nan, sys.hash_info.imag, sys.hash_info.algorithm, sys.hash_info.hash_bits, sys.hash_info.seed_bits, sys.hash_info.cutoff)
M = 2 ** 61 - 1
values = [0, 1, -1, -2, 2, 100, -100, 2 ** 31, 2 ** 32, 2 ** 60, 2 ** 61 - 2, M, M + 1, -M, -M - 1, 2 ** 62, 2 ** 63 - 1, 2 ** 63, -(2 ** 63),
          2 ** 64, 2 ** 100, -(2 ** 100), 10 ** 30, 3 ** 200, -(7 ** 99), True, False, 12345678901234567890]
for v in values:
    print(v, hash(v))
# hash(x) == hash(x % M) for non-negative x, except the -1 → -2 rule
print(all(hash(x) == x % M or (x % M == M - 1 and False) for x in range(0, 10 ** 6, 997)), hash(M - 1), hash(-(M - 1)))
class MyInt(int):
    pass
print(hash(MyInt(5)), hash(MyInt(-1)), hash(MyInt(2 ** 70)) == hash(2 ** 70))
