"""Tuples: construction, packing/unpacking, immutability (with mutable members), methods, hashing, comparisons."""

print(tuple(), tuple('ab'), tuple([1, 2]), tuple(range(3)), tuple({'k': 1}), (1,), 1, 2, (), ((),), (1, (2, (3,))))
t = (3, 1, 4, 1, 5)
print(t[0], t[-1], t[1:3], t[::-1], len(t), t.count(1), t.index(4), t.index(1, 2), 4 in t, t + (9,), t * 2, 0 * t)
try:
    t.index(99)
except ValueError as e:
    print(type(e).__name__, e)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (1, 'a') == (1, 'a'), (1, 2) == [1, 2], max([(1, 'b'), (1, 'a')]))

# immutability, but members may be mutable
holder = ([1], 'x')
holder[0].append(2)
print(holder)
try:
    holder[0] = []
except TypeError as e:
    print(type(e).__name__, e)
try:
    holder[0] += [3]
except TypeError as e:
    print(type(e).__name__, e, holder)    # the list was extended before the assignment failed

# hashing
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(tuple()), {(1, 2): 'pair'}[1, 2])
try:
    hash(([],))
except TypeError as e:
    print(type(e).__name__, e)

# packing and unpacking
a, b, c = 1, 2, 3
a, b = b, a
(x, y), z = (1, 2), 3
*init, last = t
print(a, b, x, y, z, init, last)

# tuple repr
print(repr((1,)), repr(('a', "b'")), repr(((1, 2), [3])), str((None, True)))

# tuple subclass and namedtuple
import collections
Point = collections.namedtuple('Point', 'x y')
p = Point(1, 2)
print(p, p.x, p[1], p._replace(x=10), p._asdict(), Point._fields, isinstance(p, tuple), p == (1, 2), hash(p) == hash((1, 2)))

# concatenation type errors
for src in ["(1,) + [2]", "(1,) * 1.5", "t[10]", "t['a']", "tuple(1)", "(1, 2).count()"]:
    try:
        eval(src)
    except (TypeError, IndexError) as e:
        print(src, '->', type(e).__name__, e)
