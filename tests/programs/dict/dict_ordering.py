"""dict insertion order: preserved by iteration, updates keep position, deletion and reinsertion moves to the end."""

d = {}
for k in ['zeta', 'alpha', 'mid', 3, 1, 2, (0,), None]:
    d[k] = str(k)
print(list(d), list(d.values())[:3])
d['alpha'] = 'updated'              # position unchanged
print(list(d))
del d['zeta']
d['zeta'] = 'reinserted'            # now at the end
print(list(d))
d.pop(3)
d[3] = 'back'
print(list(d), list(reversed(d)), list(reversed(d.items()))[:2])

# equality ignores order, but iteration order is insertion order
a = {'x': 1, 'y': 2}
b = {'y': 2, 'x': 1}
print(a == b, list(a) == list(b), list(a), list(b))

# integer keys keep insertion order too (no sorting)
n = {}
for k in [10, -1, 5, 0, 1000, 7]:
    n[k] = k
print(list(n), sorted(n))

# comprehension and dict() order
print({k: k * 2 for k in 'dcba'}, dict(zip('cab', range(3))), dict.fromkeys('bca'))

# popitem is LIFO
stack = dict.fromkeys(range(5))
print([stack.popitem()[0] for _ in range(5)])

# update with overlapping keys keeps original positions
base = dict.fromkeys('abcd', 0)
base.update({'c': 1, 'e': 2, 'a': 3})
print(base)

# views reflect order and live changes
view = base.keys()
base['f'] = 9
del base['b']
print(list(view), list(base.items())[-1])

# order after many insertions and deletions (compaction)
big = {}
for i in range(100):
    big[i] = i
for i in range(0, 100, 3):
    del big[i]
for i in range(0, 30, 6):
    big[i] = 'again'
print(list(big)[:10], list(big)[-6:], len(big))
