"""collections advanced: OrderedDict reordering and equality, Counter edge cases, deque as sliding window, ChainMap scoping, namedtuple inheritance."""

import collections

od = collections.OrderedDict.fromkeys('abcde')
od.move_to_end('b')
od.move_to_end('e', last=False)
print(list(od), od.popitem(last=False), list(reversed(od)))
print(collections.OrderedDict(a=1, b=2) == collections.OrderedDict(b=2, a=1), dict(a=1, b=2) == collections.OrderedDict(b=2, a=1))
od2 = collections.OrderedDict()
for w in 'the quick brown the lazy the quick'.split():
    od2[w] = od2.get(w, 0) + 1
    od2.move_to_end(w)
print(od2)

c = collections.Counter({'a': 3, 'b': 0, 'c': -2})
print(c, +c, -c, list(c.elements()), c.most_common(), c.total())
c.update({'b': 5})
c.subtract(a=10)
print(c, c['missing'], 'missing' in c)
print(collections.Counter('hello world').most_common(3), sorted(collections.Counter('abracadabra') & collections.Counter('alakazam')))
words = 'a b a c b a'.split()
print(collections.Counter(words) == collections.Counter(reversed(words)), collections.Counter(words) <= collections.Counter(words + ['d']))

def moving_average(seq, n):
    window = collections.deque(maxlen=n)
    out = []
    for x in seq:
        window.append(x)
        if len(window) == n:
            out.append(sum(window) / n)
    return out
print(moving_average([10, 20, 30, 40, 50, 60], 3))
d = collections.deque('abcdefg')
d.rotate(3)
print(''.join(d), d[3], d.index('a'), d.maxlen)

defaults = {'color': 'red', 'size': 'M'}
env = {'size': 'L'}
cli = {}
settings = collections.ChainMap(cli, env, defaults)
print(settings['color'], settings['size'], dict(settings), len(settings))
cli['color'] = 'blue'
print(settings['color'], defaults['color'], settings.parents['color'], list(settings.keys()))
del settings['color']
print(settings['color'])

Base = collections.namedtuple('Base', 'x y')
class Point(Base):
    __slots__ = ()
    @property
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __str__(self):
        return f'({self.x}, {self.y})'
p = Point(3, 4)
print(p, repr(p), p.norm, p._replace(x=0), Point._make([6, 8]).norm, hasattr(p, '__dict__'))
