"""Shortest float repr stress test: 3000 pseudo-random doubles (fixed seed) of all magnitudes must round-trip and print exactly like CPython."""

import random
import struct

rng = random.Random(20240601)
lines = []
checksum = 0
for i in range(3000):
    bits = rng.getrandbits(64)
    f = struct.unpack('<d', struct.pack('<Q', bits))[0]
    if f != f or f in (float('inf'), float('-inf')):
        continue
    r = repr(f)
    assert float(r) == f
    checksum = (checksum * 31 + sum(map(ord, r))) % (2 ** 61 - 1)
    if i % 100 == 0:
        lines.append(r)
print('\n'.join(lines))
print('checksum of all reprs:', checksum)

# decimal-looking values and their neighbours
vals = [rng.randint(1, 10 ** 6) / 10 ** rng.randint(0, 8) for _ in range(200)]
print(all(float(repr(v)) == v for v in vals), [repr(v) for v in vals[:12]])
print([repr(x) for x in [0.1 * i for i in range(1, 12)]])
print([str(10.0 ** e) for e in range(-7, 23, 3)], [repr(2.0 ** e) for e in (-1074, -1022, -100, 52, 53, 63, 64, 100, 1023)])
print([format(1 / 7, f'.{p}g') for p in range(1, 18)])
