"""list iterators and mutation: modifying while iterating, reversed iterators, iterator exhaustion and length hints."""

import operator

lst = [1, 2, 3, 4, 5, 6]
for x in lst:
    if x % 2 == 0:
        lst.remove(x)
print(lst)

lst = [1, 2, 3]
it = iter(lst)
print(next(it), operator.length_hint(it))
lst.append(4)
print(list(it), operator.length_hint(it))
lst.append(5)
print(list(it))     # an exhausted list iterator stays exhausted

# reversed iterator sees shrinking
lst = [1, 2, 3, 4]
r = reversed(lst)
print(next(r), operator.length_hint(r))
lst.pop()
lst.pop()
print(list(r))

# safe filtering patterns
data = list(range(10))
data[:] = [x for x in data if x % 3]
print(data)
for i in range(len(data) - 1, -1, -1):
    if data[i] > 5:
        del data[i]
print(data)

# iterating a copy while mutating the original
items = ['a', 'b', 'c']
for item in items[:]:
    items.append(item.upper())
print(items)

# list iterator type names and pickling-related attributes
print(type(iter([])).__name__, type(reversed([])).__name__, iter([1]).__length_hint__())

# index-based loop with insertion
seq = [1, 2, 3]
i = 0
while i < len(seq):
    if seq[i] == 2:
        seq.insert(i, 'before 2')
        i += 1
    i += 1
print(seq)

# sort of a list being iterated
vals = [3, 1, 2]
out = []
for v in vals:
    out.append(v)
    if len(out) == 1:
        vals.sort()
print(out, vals)
