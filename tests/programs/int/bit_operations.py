"""int bit-level methods and operators: bit_length, bit_count, shifts, masks, two's-complement behaviour of negatives."""

for n in [0, 1, -1, 2, 7, 8, -8, 255, 256, -256, 2 ** 63 - 1, 2 ** 63, -2 ** 63, 2 ** 100 + 12345, -(2 ** 100)]:
    print(n, n.bit_length(), n.bit_count(), bin(n), hex(n), oct(n))

# shifts: left shift multiplies, right shift floors
for n in [1, -1, 5, -5, 2 ** 70, -(2 ** 70) - 1]:
    print(n, [n << k for k in (0, 1, 10, 65)], [n >> k for k in (0, 1, 3, 64, 200)])

# masks and negative numbers behave like infinite two's complement
print(-1 & 0xFF, -256 & 0xFF, -257 & 0xFFFF, ~0 & 0xF, (-1) ^ 0xF0, -8 | 3, -8 & -3, -8 ^ -3)
print(2 ** 100 & -(2 ** 100), (2 ** 100 - 1) & -(2 ** 64), (-(2 ** 100)) | (2 ** 99), (-5) & (2 ** 80 - 1))

def to_unsigned(n, bits):
    return n & ((1 << bits) - 1)
def to_signed(n, bits):
    n &= (1 << bits) - 1
    return n - (1 << bits) if n >> (bits - 1) else n
print([to_unsigned(x, 8) for x in (-1, -128, 127, 300)], [to_signed(x, 8) for x in (255, 128, 127, 300)])

# popcount and parity tricks
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
print(all(popcount(n) == n.bit_count() for n in range(2000)), (2 ** 1000 - 1).bit_count(), (-(2 ** 1000)).bit_count())

# bit manipulation: set, clear, toggle, test
flags = 0
for bit in (0, 3, 5, 64):
    flags |= 1 << bit
print(bin(flags), bool(flags & (1 << 3)), bool(flags & (1 << 4)))
flags &= ~(1 << 3)
flags ^= 1 << 1
print(bin(flags), flags.bit_length())

# reversing bits of a 16-bit value
def reverse16(n):
    return int(format(n, '016b')[::-1], 2)
print([hex(reverse16(v)) for v in (1, 0x8000, 0x1234, 0xFFFF)])

for expr in ['1 << -1', '(-1) >> -5', '1 << 10 ** 20', '1.0 << 1', '1 & 1.0']:
    try:
        eval(expr)
    except (ValueError, OverflowError, TypeError, MemoryError) as e:
        print(expr, '->', type(e).__name__, e)
