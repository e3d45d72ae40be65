"""Custom iterables vs iterators: separate iterator objects, re-iteration, iteration in for/list/unpacking/in, and errors."""

class Tree:
    def __init__(self, value, *children):
        self.value, self.children = value, children
    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c

t = Tree(1, Tree(2, Tree(4)), Tree(3))
print(list(t), list(t), sum(t), 4 in t, max(t), sorted(t, reverse=True))
a, b, *rest = t
print(a, b, rest)

class Range2:
    """An iterable returning a fresh iterator each time."""
    def __init__(self, n): self.n = n
    def __iter__(self): return Range2Iter(self.n)
class Range2Iter:
    def __init__(self, n): self.i, self.n = 0, n
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i - 1
r = Range2(3)
print(list(r), list(r), [(x, y) for x in r for y in r if x < y])
ri = iter(r)
print(next(ri), list(ri), list(ri))

# an iterator that is not iterable (missing __iter__) works with next() but not with for
class OnlyNext:
    def __init__(self): self.n = 0
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration
        return self.n
o = OnlyNext()
print(next(o), next(o))
try:
    for _ in OnlyNext():
        pass
except TypeError as e:
    print(type(e).__name__, e)

# __iter__ returning something without __next__
class Broken:
    def __iter__(self): return 42
try:
    iter(Broken())
except TypeError as e:
    print(type(e).__name__, e)

# StopIteration with a value ends a for loop silently
class StopWithValue:
    def __iter__(self): return self
    def __next__(self): raise StopIteration('ignored value')
print(list(StopWithValue()))

# an exception other than StopIteration propagates out of the for loop
class Fails:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n == 3:
            raise KeyError('iteration failed')
        return self.n
out = []
try:
    for v in Fails():
        out.append(v)
except KeyError as e:
    print(out, type(e).__name__, e)

# __iter__ = None disables iteration even with __getitem__
class NoIter:
    __iter__ = None
    def __getitem__(self, i): return i
try:
    iter(NoIter())
except TypeError as e:
    print(type(e).__name__, e)
