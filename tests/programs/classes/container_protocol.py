"""User-defined containers: __len__, __getitem__, __setitem__, __delitem__, __iter__, __reversed__, __contains__, __missing__."""

class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __len__(self): return self.w * self.h
    def __getitem__(self, key):
        if isinstance(key, tuple):
            x, y = key
            if not (0 <= x < self.w and 0 <= y < self.h):
                raise IndexError(f'cell {key} out of range')
            return self.cells.get(key, '.')
        if isinstance(key, int):
            if key >= self.h:
                raise IndexError('row out of range')
            return ''.join(self[x, key] for x in range(self.w))
        raise TypeError(f'bad key type {type(key).__name__}')
    def __setitem__(self, key, value):
        self[key]
        self.cells[key] = value
    def __delitem__(self, key):
        self.cells.pop(key, None)
    def __contains__(self, value):
        return value in self.cells.values()

g = Grid(4, 3)
g[1, 1] = '#'
g[3, 2] = '@'
print(len(g), g[1, 1], g[0, 0], list(g), '#' in g, '?' in g)   # iteration via __getitem__
del g[1, 1]
print(list(g))
for key in [(9, 9), 'x']:
    try:
        g[key]
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
try:
    g[5, 5] = 'x'
except IndexError as e:
    print(type(e).__name__, e)

class Deck:
    def __init__(self, cards): self.cards = list(cards)
    def __len__(self): return len(self.cards)
    def __getitem__(self, i): return self.cards[i]
print(list(reversed(Deck('abc'))), Deck('xyz')[1:], sorted(Deck([3, 1, 2])), 'y' in Deck('xyz'))

class Rev:
    def __iter__(self): return iter([1, 2, 3])
    def __reversed__(self): return iter(['custom', 'reversed'])
print(list(reversed(Rev())), list(Rev()))
try:
    reversed(Rev.__new__(type('NoSeq', (), {})))
except TypeError as e:
    print(type(e).__name__, e)

# __missing__ in dict subclasses
class Default(dict):
    def __missing__(self, key):
        self[key] = value = len(key)
        return value
d = Default(a=1)
print(d['a'], d['hello'], d, d.get('zzz'), 'zzz' in d)

class Counter(dict):
    def __missing__(self, key): return 0
c = Counter()
for ch in 'mississippi':
    c[ch] += 1
print(sorted(c.items()))

# __len__ errors
class NegLen:
    def __len__(self): return -5
class FloatLen:
    def __len__(self): return 2.0
class BigLen:
    def __len__(self): return 2**64
for obj in [NegLen(), FloatLen(), BigLen()]:
    try:
        len(obj)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(obj).__name__, '->', type(e).__name__, e)

# __iter__ must return an iterator
class BadIter:
    def __iter__(self): return [1, 2]
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)

# __setitem__ with slices
class Recorder:
    def __setitem__(self, k, v): print('setitem', k, v)
    def __getitem__(self, k): return k
r = Recorder()
r[1:2] = 'x'
r[::3] = 'y'
r[1, 2:3] = 'z'
print(r[...], r[:, :])
