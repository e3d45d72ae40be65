"""Tuple immutability in practice: tuples holding mutable items, hashing failures, augmented assignment quirks, and tuple() copying rules."""

t = (1, [2, 3], {'k': 'v'})
t[1].append(4)
t[2]['k2'] = 'v2'
print(t)
try:
    hash(t)
except TypeError as e:
    print(type(e).__name__, e)
try:
    t[1] += [5]
except TypeError as e:
    print(type(e).__name__, e, '| list was still extended:', t[1])
u = tuple(t)
print(u is t, tuple([1, 2]) == (1, 2), tuple(range(3)), tuple('ab'))
frozen = (1, (2, 3), frozenset({4}))
print(hash(frozen) == hash((1, (2, 3), frozenset({4}))), {frozen: 'usable as key'}[frozen])
a = (1, 2)
b = a
a += (3,)
print(a, b, a is b)
print(len((1, 2, 3)[1:]), (1, 2) * 2, sorted((3, 1, 2)), type(sorted((3, 1, 2))).__name__, (1, 2) == [1, 2], list((1, 2)) == [1, 2])
nested = ((1, 2), (3, 4))
print([x for pair in nested for x in pair], dict(nested), max(nested), nested.index((3, 4)), (3, 4) in nested)
