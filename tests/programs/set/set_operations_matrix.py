"""Set algebra identities checked on many small sets: De Morgan, distributivity, symmetric difference properties, subset relations."""

import itertools
universe = set(range(6))
samples = [set(), {0}, {1, 2}, {0, 2, 4}, {1, 3, 5}, {0, 1, 2, 3}, set(range(6))]
ok = True
count = 0
for a, b, c in itertools.product(samples, repeat=3):
    count += 1
    checks = [
        universe - (a | b) == (universe - a) & (universe - b),
        universe - (a & b) == (universe - a) | (universe - b),
        a & (b | c) == (a & b) | (a & c),
        a | (b & c) == (a | b) & (a | c),
        a ^ b == (a - b) | (b - a),
        (a ^ b) ^ c == a ^ (b ^ c),
        (a <= b) == (a | b == b) == (a & b == a),
        (a < b) == (a <= b and a != b),
        a.isdisjoint(b) == (not (a & b)),
    ]
    if not all(checks):
        ok = False
        print('failed for', a, b, c, checks)
print('all identities hold:', ok, 'combinations checked:', count)
print([len(s) for s in samples], sorted(map(len, itertools.combinations(universe, 2))).count(2), len(set(itertools.combinations(range(5), 2))))
print(sorted(''.join(sorted(c)) for c in {frozenset(c) for c in itertools.permutations('abc', 2)}))
