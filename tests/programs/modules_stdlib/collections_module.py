"""collections: namedtuple features, deque operations, Counter arithmetic, OrderedDict, defaultdict, ChainMap, UserDict/UserList/UserString."""

import collections

Point = collections.namedtuple('Point', ['x', 'y'], defaults=[0])
p = Point(1)
print(p, p._asdict(), p._replace(y=5), Point._make([3, 4]), Point._fields, Point._field_defaults, p.x, p[0], Point.__doc__)
P3 = collections.namedtuple('P3', 'a, b c', rename=False)
Bad = collections.namedtuple('Bad', ['ok', 'def', 'ok', '_x'], rename=True)
print(P3._fields, Bad._fields, P3(1, 2, 3) == (1, 2, 3))
for args in [('T', ['1bad']), ('T', ['a', 'a']), ('T', ['_private']), ('class', ['a'])]:
    try:
        collections.namedtuple(*args)
    except ValueError as e:
        print(args, '->', type(e).__name__, e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    p.x = 5
except AttributeError as e:
    print(type(e).__name__, e)

d = collections.deque([1, 2, 3], maxlen=8)
d.append(4); d.appendleft(0); d.append(5)
print(d, d.maxlen, d.popleft(), d.pop(), d)
d.extend([7, 8]); d.extendleft([-1, -2])
print(d)
d.rotate(2)
print(d, d.index(7), d.count(1), d[0], d[-1])
d.rotate(-3)
print(d, list(reversed(d)))
d.remove(7)
d.insert(1, 'x')
print(d, len(d), 'x' in d, d.copy() == d)
d.clear()
try:
    d.pop()
except IndexError as e:
    print(type(e).__name__, e)
full = collections.deque(range(3), maxlen=3)
try:
    full.insert(0, 'no room')
except IndexError as e:
    print(type(e).__name__, e)

c = collections.Counter('the quick brown fox jumps over the lazy dog'.replace(' ', ''))
print(c.most_common(4), c['z'], c['!'], sorted(c.elements())[:5], c.total())
c2 = collections.Counter(a=3, b=-1)
print(c2 + collections.Counter(), +c2, -c2, collections.Counter('aab') == collections.Counter('aba'), collections.Counter(a=1) < collections.Counter(a=2))

ud = collections.UserDict({'a': 1})
ud['b'] = 2
ul = collections.UserList([3, 1, 2])
ul.sort()
us = collections.UserString('Hello')
print(ud, ud.data, ul, ul + [9], us.upper(), us[1:], us + '!', isinstance(us, collections.UserString), len(us))
