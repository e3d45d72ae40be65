"""Tuples in depth: comparison with mixed types, nested unpacking in loops, tuple as dict keys, namedtuple-like patterns, sorting tuples."""

pairs = [(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a'), (0, 'q')]
print(sorted(pairs), sorted(pairs, reverse=True), min(pairs), max(pairs), sorted(pairs, key=lambda t: t[1]))
print((1, 2, 3) < (1, 2, 4), (1, 2) < (1, 2, -1), (2,) > (1, 99), ((1, 2), 3) < ((1, 3), 0), (1, 'a') == (1.0, 'a'))
try:
    (1, 'a') < (1, 2)
except TypeError as e:
    print(type(e).__name__, e)
grid = {}
for r in range(3):
    for c in range(3):
        grid[r, c] = r * 3 + c
print(grid[1, 2], grid[(2, 0)], sorted(k for k in grid if sum(k) == 2))
for (a, b), (c, d) in [((1, 2), (3, 4)), ((5, 6), (7, 8))]:
    print(a + b + c + d, end=' ')
print()
records = [('ann', 31, ('nyc', 'us')), ('bob', 25, ('paris', 'fr'))]
for name, age, (city, country) in records:
    print(f'{name}:{age}:{city}:{country}')
t = tuple(range(10))
print(t[::3], t[-2:], t.index(5), t.count(11), len(t), sum(t), t[3:6] + t[:1], t * 0 == (), tuple(reversed(t))[:3])
print(len(()), tuple() == (), (1,) * 3, tuple('abc') + tuple([1]), tuple({'x': 1}), tuple(x * x for x in range(3)))
single = 1,
print(type(single).__name__, single, (1) == 1, type((1)).__name__)
print(hash((1, 2)) == hash((1, 2)), {(1, 2): 'a', (2, 1): 'b'}, len({(1, 2), (1, 2), (2, 1)}))
