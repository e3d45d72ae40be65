"""hash() of tuples (xxHash-based combination) and frozensets, nested containers, None/Ellipsis/ranges and mixing."""

tuples = [(), (0,), (1,), (1, 2), (2, 1), (1, 2, 3), ('a',), ('a', 'b'), (1, 'a', 2.5), ((1, 2), (3,)), (True, False), ('x', (2.5, 'y')), (-1,), (-1, -1), (2 ** 100,), ((),)]
for t in tuples:
    print(repr(t), hash(t))
sets = [frozenset(), frozenset({1}), frozenset({1, 2}), frozenset({2, 1}), frozenset({1, 2, 3}), frozenset('ab'), frozenset({(1, 2)}), frozenset({frozenset()}), frozenset(range(100))]
for s in sets:
    print(sorted(s, key=repr), hash(s))
print(hash(range(5)), hash(range(1, 10, 2)), hash(range(0)) == hash(range(5, 5)), hash(range(3, 4)) == hash(range(3, 4, 9)))
print(hash(None) == hash(None), hash(...) == hash(Ellipsis), type(hash(None)).__name__)
print(hash((1, 2)) == hash((1.0, 2.0)), hash((1, 2)) == hash((True, 2)), hash(frozenset({1, 2})) == hash(frozenset({1.0, 2})))
import collections
P = collections.namedtuple('P', 'x y')
print(hash(P(1, 2)) == hash((1, 2)))
