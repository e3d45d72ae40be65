"""set and frozenset operators, methods with several arguments, in-place forms and results' order."""

a = {1, 2, 3, 4, 5, 100, 33}
b = {4, 5, 6, 7, 2 ** 40, -1}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [8, 9], (10,)), a.intersection(b, {4}), a.difference(b, [1]), a.symmetric_difference([1, 2, 99]))
print(a.union(), a.intersection(), a.difference())
print(a.issubset(range(200)), a.issuperset([1, 2]), a.isdisjoint(b), a.isdisjoint([1000]))
print(a <= a, a < a, a >= {1}, a > {1}, a == set(a), a != frozenset(a), frozenset(a) == a)
print({1, 2} < {1, 2, 3}, {1, 2, 3} > {1, 4}, {1} <= {1}, set() < {0})

c = set(range(20))
c -= {1, 2, 3}
c &= set(range(10, 30))
c ^= {10, 11, 50, 51}
c |= {-5, -6}
print(c)
d = set(range(10))
d.difference_update(range(3), {8})
d.intersection_update(range(5, 20), [6, 7, 9])
d.symmetric_difference_update([7, 100])
d.update('ab', (1, 2))
print(sorted(d, key=repr))

s = set()
for i in range(30):
    s.add(i * 7 % 31)
print(s)
for i in range(0, 30, 3):
    s.discard(i * 7 % 31)
print(s, len(s))
popped = [s.pop() for _ in range(5)]
print(popped, s)
s.clear()
print(s, len(s), bool(s))

# the same elements inserted in different orders can iterate differently
print(list(set([8, 16, 0])), list(set([0, 16, 8])), list(set([-1, -2])), list(set([-2, -1])))
print(list(set([2 ** 61 - 1, 2 ** 61, 1, 0, -1])))

f = frozenset('hello')
g = frozenset(['h', 'e', 'l', 'o'])
print(f == g, hash(f) == hash(g), f | {'x'} == g.union('x'), type(f | {'x'}), type({'x'} | f))
print(hash(frozenset()), hash(frozenset([1])), hash(frozenset([1, 2, 3])), hash(frozenset(range(100))))
print(hash(frozenset([frozenset([1]), frozenset()])), hash(frozenset({(1, 2), (3, 4)})))
print(frozenset([1, 2]).copy() == frozenset([1, 2]), frozenset() == set(), {frozenset([1]): 'x'}[frozenset([1])])
print({1, 2} == [1, 2], {1, 2}.__eq__([1, 2]), {1} | frozenset([2]))

# sets inside sets: a mutable set key is looked up as a frozenset
outer = {frozenset([1, 2]), frozenset()}
print({1, 2} in outer, set() in outer, {3} in outer)
outer.discard({1, 2})
print(outer)
try:
    outer.remove({5})
except KeyError as e:
    print('KeyError', e)

for op in ['s | [1]', 's & 1', 's - None', 's ^ "ab"', 's < [1]', '[1] <= s', 's.add([])', 's.remove(7)',
           'set().pop()', 's.union(1)', 'set(1)', 'set([[1]])', 'frozenset([{}])', 'hash(set())',
           'set(1, 2)', 'set(a=1)', 'frozenset(a=1)', 's.update(3)', 's.issubset(5)', 's.isdisjoint()',
           '{[]}', 's.__contains__([])', '[] in s']:
    s = {1, 2}
    try:
        r = eval(op)
        print(op, '->', r)
    except Exception as e:
        print(op, '->', type(e).__name__, e)
