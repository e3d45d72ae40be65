"""dict subclasses and collections mappings: __missing__, defaultdict, OrderedDict, Counter, ChainMap basics."""

import collections

class Defaulting(dict):
    def __missing__(self, key):
        return f'missing:{key}'
d = Defaulting(a=1)
print(d['a'], d['b'], d.get('b'), 'b' in d, len(d))

dd = collections.defaultdict(list)
for word in ['apple', 'avocado', 'banana', 'blueberry', 'cherry']:
    dd[word[0]].append(word)
print(dd, dict(dd), dd.default_factory)
counts = collections.defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(sorted(counts.items()))
nd = collections.defaultdict()
try:
    nd['x']
except KeyError as e:
    print(type(e).__name__, e)

od = collections.OrderedDict()
od['b'] = 1
od['a'] = 2
od['c'] = 3
od.move_to_end('b')
print(list(od), od.popitem(last=False), od.popitem(), od)
od2 = collections.OrderedDict(a=1, b=2)
print(od2 == collections.OrderedDict(b=2, a=1), od2 == {'b': 2, 'a': 1}, repr(od2))

c = collections.Counter('abracadabra')
print(c.most_common(3), c['a'], c['z'], sorted(c.elements())[:6], c.total())
c.update('aaz')
c.subtract({'a': 10})
print(sorted(c.items()), +c, -c)
print(collections.Counter(a=3, b=1) + collections.Counter(a=1, c=2), collections.Counter(a=3) - collections.Counter(a=5),
      collections.Counter(a=3, b=1) & collections.Counter(a=1, b=2), collections.Counter(a=1) | collections.Counter(a=4, b=1))

cm = collections.ChainMap({'x': 1}, {'x': 2, 'y': 3})
print(cm['x'], cm['y'], len(cm), sorted(cm), cm.maps)
cm['z'] = 0
child = cm.new_child({'x': 'child'})
print(cm.maps[0], child['x'], child.parents['x'])

# overriding __getitem__ in a dict subclass affects [] only
class Upper(dict):
    def __getitem__(self, k):
        return super().__getitem__(k.upper())
u = Upper(A=1)
print(u['a'], u.get('a'), dict(u), list(u.items()))
