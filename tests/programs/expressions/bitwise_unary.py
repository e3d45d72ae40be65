"""Bitwise and unary operators on ints and bools, with negative numbers and big values."""

nums = [0, 1, 5, -1, -6, 255, 2**64 + 3, -(2**70)]
for a in nums:
    print(a, ~a, -a, +a, a & 0xFF, a | 0x100, a ^ -1, a >> 3, a << 4)

for a, b in [(12, 10), (-12, 10), (12, -10), (-12, -10), (2**100, 2**99 + 1), (-2**100, 2**64 - 1)]:
    print(a & b, a | b, a ^ b)

print(True & False, True | False, True ^ True, ~True, ~False, type(True & True).__name__, type(True & 1).__name__)
print(-True, +False, 1 << 0, 1 << 100, -1 >> 100, 5 >> 100, (1 << 100) >> 98)

for expr in ['1 << -1', '1 >> -1', '1.5 & 1', '1 | 2.0', "'a' ^ 1", '[] << 1', '1 << 2**100']:
    try:
        print(expr, eval(expr))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)

# sets and dicts also define &, |, ^
print(sorted({1, 2, 3} & {2, 3, 4}), sorted({1, 2} | {5}), sorted({1, 2} ^ {2, 3}))
print({'a': 1} | {'b': 2}, {'a': 1, 'b': 1} | {'a': 9})

# user-defined bitwise operators with reflected versions
class Flags:
    def __init__(self, v): self.v = v
    def __and__(self, o): return Flags(self.v & int(o))
    def __rand__(self, o): return Flags(int(o) & self.v)
    def __or__(self, o): return Flags(self.v | int(o))
    def __ror__(self, o): return ('ror', o)
    def __invert__(self): return Flags(~self.v & 0xF)
    def __neg__(self): return 'negated'
    def __pos__(self): return 'positive'
    def __lshift__(self, n): return Flags(self.v << n)
    def __rrshift__(self, n): return ('rrshift', n)
    def __int__(self): return self.v
    def __index__(self): return self.v
    def __repr__(self): return f'Flags({self.v:#06b})'
f = Flags(0b0101)
print(f & 0b0100, 0b0111 & f, f | 2, 2 | f, ~f, -f, +f, f << 2, 3 >> f)
print(bin(f), hex(f), [10, 20, 30, 40, 50, 60][f])
