"""_collections: deque (maxlen, rotation, indexing, comparisons, iterators, sizes), defaultdict, _count_elements."""
from _collections import deque, defaultdict, _count_elements, _tuplegetter

d = deque([1, 2, 3], maxlen=5)
print(d, d.maxlen, repr(deque()), repr(deque(maxlen=0)), deque('abc'), deque(range(3), 2))
d.append(4)
d.appendleft(0)
d.append(5)
print(d, len(d), d[0], d[-1], d.pop(), d.popleft(), d)
d.extend('xy')
d.extendleft('AB')
print(d)
d = deque(range(10))
d.rotate(3)
print(d)
d.rotate(-5)
print(d)
d.rotate(23)
print(d)
d.insert(2, 'i')
d.insert(-1, 'j')
d.insert(100, 'k')
d.insert(-100, 'l')
print(d)
del d[3]
d[0] = 'zero'
d.remove('k')
print(d, d.index(5), d.count(5), 5 in d, 'nope' in d, d.index(5, -8), d.index(5, 2, 9))
d.reverse()
print(d, d.copy(), d.copy() == d, d.copy() is d)
d.clear()
print(d, bool(d))
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 2, 2 * deque([7]), deque([1], 2) + deque([2, 3, 4]))
x = deque([1, 2], maxlen=3)
x *= 3
print(x)
x += [9]
print(x, x == deque([2, 1, 9]), x == [2, 1, 9], deque([1, 2]) < deque([1, 3]), deque([1]) <= deque([1]),
      deque([2]) > deque([1, 5]), deque() >= deque())
r = deque([1])
r.append(r)
print(r)
it = iter(deque([1, 2, 3]))
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it), type(it).__name__)
rv = reversed(deque('abc'))
print(next(rv), list(rv), type(rv).__name__)
q = deque([1, 2, 3])
it = iter(q)
next(it)
q.append(4)
for i in range(2):
    try:
        next(it)
    except RuntimeError as e:
        print('RuntimeError', i, e)
q = deque([1, 2])
it = iter(q)
q[0] = 10
q.reverse()
print(list(it))
print([deque().__sizeof__(), deque(range(63)).__sizeof__(), deque(range(64)).__sizeof__(), deque(range(200)).__sizeof__()])
grow = deque()
sizes = set()
for i in range(130):
    grow.appendleft(i)
    sizes.add(grow.__sizeof__())
print(sorted(sizes))
for expr in ['deque(1)', 'deque([], -1)', 'deque([], "a")', 'deque().pop()', 'deque().popleft()', 'deque([1]).remove(2)',
             'deque([1]).index(2)', 'deque([1])[5]', 'deque([1])["a"]', 'deque([1])[1:2]', 'deque([1, 2], 2).insert(1, 3)',
             'deque([1]) + [1]', 'hash(deque())', 'deque([1]).rotate("a")', 'deque(x=1)', 'deque([1], 2, 3)',
             'deque([1]).maxlen', 'deque([1]) < [1]']:
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)


class MyDeque(deque):
    pass


m = MyDeque([1, 2], 4)
print(m, type(m.copy()).__name__, type(m + m).__name__, m.copy().maxlen, m.__reduce__()[1], m.__reduce__()[2])
print(deque([1, 2]).__reduce__()[:3], deque([1], 3).__reduce__()[:3])

dd = defaultdict(list)
dd['a'].append(1)
dd['b']
print(dd, dd.default_factory, repr(defaultdict()), defaultdict(int, {1: 2}), defaultdict(None, a=1))
print(dd | {'c': 3}, {'z': 0} | dd, type(dd | {}).__name__, dd.copy(), type(dd.copy()).__name__, dd.__reduce__()[:2])
dd.default_factory = None
for expr in ['dd["missing"]', 'defaultdict(1)', 'dd.__missing__()', 'dd | 1', 'defaultdict(list).__missing__(5)']:
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
counts = {}
_count_elements(counts, 'abracadabra')
print(counts)


class Counter(dict):
    def get(self, key, default=None):
        return dict.get(self, key, default) * 1 if key in self else default


c2 = Counter()
_count_elements(c2, 'aab')
print(c2)
tg = _tuplegetter(1, 'second')
print(tg, tg.__doc__, tg.__reduce__())


class Pair(tuple):
    second = _tuplegetter(1, 'the second field')


p = Pair((1, 2))
print(p.second, Pair.second.__doc__)
for expr in ['Pair(("a",)).second', 'tg.__get__([1, 2])', 'tg.__set__((1, 2), 3)', 'tg.__delete__((1, 2))']:
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
