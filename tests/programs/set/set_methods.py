"""Every set method: add, discard, remove, pop, clear, copy, update family, set algebra methods and operators, comparisons."""

s = {3, 1, 2}
s.add(4)
s.add(1)
s.discard(10)
s.discard(3)
s.remove(4)
print(sorted(s), len(s))
try:
    s.remove(99)
except KeyError as e:
    print(type(e).__name__, e)
popped = s.pop()
print(popped in {1, 2}, len(s))
s.clear()
print(s, len(s), set() == s)
try:
    s.pop()
except KeyError as e:
    print(type(e).__name__, e)

a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union(b, [9], (0,))), sorted(a.intersection(b, range(4))), sorted(a.difference(b, [1])), sorted(a.symmetric_difference([1, 9])))
print(a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({9}), a.isdisjoint(b), a <= a, a < a, {1} < a, a > {1, 2}, a >= b)
c = a.copy()
c.update([10], (11,))
c.intersection_update(range(0, 12, 2), [2, 4, 10, 11])
print(sorted(c))
c = a.copy()
c.difference_update({1}, [2])
print(sorted(c))
c.symmetric_difference_update({4, 5})
print(sorted(c))
c |= {7}
c &= {3, 5, 7}
c -= {3}
c ^= {5, 8}
print(sorted(c))

# operators require sets, methods accept any iterable
try:
    a | [1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    a <= [1]
except TypeError as e:
    print(type(e).__name__, e)
print(a == frozenset(a), a != {1}, type(a | frozenset({9})).__name__, type(frozenset({9}) | a).__name__)

# set of mixed hashables
m = {1, 1.0, True, 'a', ('t',), frozenset([1]), None}
print(len(m), 1 in m, True in m, ('t',) in m, frozenset({1}) in m)
for bad in [[1], {1: 2}, {1}]:
    try:
        {bad}
    except TypeError as e:
        print(type(e).__name__, e)
# a set can look up a set via a temporary frozenset
fs = {frozenset({1, 2})}
print({1, 2} in fs, {2, 1} in fs)
fs.discard({1, 2})
print(fs)
