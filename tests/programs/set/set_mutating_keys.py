"""Keys whose __eq__ or __hash__ misbehave, and set operations on dicts and iterators."""


class Key:
    def __init__(self, v, h=1):
        self.v = v
        self.h = h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v

    def __repr__(self):
        return 'K%d' % self.v


s = {Key(i) for i in range(6)}
print(sorted(s, key=lambda k: k.v), Key(3) in s, Key(9) in s)
s.discard(Key(2))
s.add(Key(2))
print(len(s), Key(2) in s)

d = {'a': 1, 'b': 2, 'c': 3}
print(set(d), {'a', 'z'} & d.keys(), {'a', 'z'} - d.keys(), {'z'} | d.keys(), {'a', 'z'} ^ d.keys())
print(set('abc').intersection(d), set('abz').difference(d), set('az').symmetric_difference(d))
print(set(d.items()), set(d.values()))
print(frozenset(iter([3, 2, 1])), set(x * x for x in range(-3, 4)))


class Boom:
    def __hash__(self):
        raise ValueError('no hash')


try:
    {1, 2}.add(Boom())
except ValueError as e:
    print('ValueError', e)
try:
    Boom() in {1}
except ValueError as e:
    print('ValueError', e)


class Grow:
    def __init__(self, target):
        self.target = target

    def __hash__(self):
        return 0

    def __eq__(self, other):
        self.target.add(len(self.target) + 1000)
        return False


t = set()
t.add(Grow(t))
t.add(Grow(t))
print(len(t), sorted(x for x in t if isinstance(x, int)))
big = set(range(1000))
big2 = set(range(500, 1500))
print(len(big & big2), len(big | big2), len(big - big2), len(big ^ big2), min(big ^ big2), max(big ^ big2))
print(list(set(range(100, 0, -7))), list(frozenset(range(64, 0, -5))))
