"""Hashing user objects and containers: __hash__ results reduced to the hash modulus, hash of -1, dict/set distribution with colliding hashes."""

class H:
    def __init__(self, h): self.h = h
    def __hash__(self): return self.h
    def __eq__(self, other): return isinstance(other, H) and self.h == other.h
    def __repr__(self): return f'H({self.h})'

for h in [0, 1, -1, -2, 2 ** 61 - 1, 2 ** 61, 2 ** 64 + 5, -(2 ** 70), 10 ** 30]:
    print(h, hash(H(h)))

colliding = {H(1): 'a'}
class SameHash:
    def __init__(self, name): self.name = name
    def __hash__(self): return 42
    def __eq__(self, other): return isinstance(other, SameHash) and self.name == other.name
    def __repr__(self): return self.name
d = {SameHash(n): i for i, n in enumerate(['x', 'y', 'z', 'x'])}
print(d, len(d), d[SameHash('y')], SameHash('w') in d)
s = {SameHash(n) for n in 'abcab'}
print(len(s), sorted(repr(v) for v in s))

print(hash(()), hash((None,)) == hash((None,)), hash(((),)), hash((0,)) != hash(0), hash((1, (2, (3, (4,))))))
print(hash(frozenset()) == hash(frozenset([])), hash(frozenset([1, 2, 3])) == hash(frozenset([3, 2, 1])))
print({i: None for i in [2 ** 61 - 1, 0, 2 ** 61, 1]})
print(list({-1: 'a', -2: 'b'}), {-1, -2} == {-2, -1}, len({hash(-1), hash(-2)}))
