"""repr, copy, pickling hooks and subclass behaviour of set and frozenset."""


class S(set):
    pass


class F(frozenset):
    pass


print(repr(set()), repr(frozenset()), repr(S()), repr(F()), repr(S([1])), repr(F([2, 1])))
print(repr({1}), repr(frozenset({1, 2})), str({'a'}), repr({(1, 2), 'x'}))

x = set()
x.add(x.__class__)


class R:
    def __init__(self, target):
        self.target = target

    def __repr__(self):
        return 'R:' + repr(self.target)

    def __hash__(self):
        return 7


loop = set()
loop.add(R(loop))
print(loop)
fl = S()
fl.add(R(fl))
print(fl)

s = S([3, 1, 2])
t = s.copy()
print(type(t).__name__, t, type(s | {4}).__name__, type(s & {1}).__name__, type(s - {1}).__name__, type(s ^ {9}).__name__)
print(type(s.union()).__name__, type(s.intersection([1])).__name__, type(F([1]) | {2}).__name__, type(F([1]).copy()).__name__)
print(s.__reduce__(), F([5]).__reduce__(), set([1, 2]).__reduce__())
s.attr = 'hello'
print(s.__reduce__())


class WithInit(set):
    def __init__(self, *args, extra=None):
        super().__init__(*args)
        self.extra = extra


w = WithInit([1, 2], extra='e')
print(w, w.extra, WithInit() == set(), w == {1, 2}, w != {1})


class Eq(frozenset):
    def __eq__(self, other):
        return 'custom'

    __hash__ = frozenset.__hash__


print(Eq([1]) == {1}, {1} == Eq([1]), hash(Eq([1])) == hash(frozenset([1])))
print(set.__doc__.splitlines()[0], frozenset.__name__, set.__name__)
print(len(set.__dict__) > 20, 'add' in set.__dict__, 'add' in frozenset.__dict__, '__hash__' in frozenset.__dict__)
print(set.__hash__, set([1]).__sizeof__() > 0, set[int], frozenset[str])
it = iter({1, 2, 3})
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
s = {1, 2, 3}
it = iter(s)
next(it)
s.add(4)
try:
    next(it)
except RuntimeError as e:
    print('RuntimeError', e)
try:
    next(it)
except RuntimeError as e:
    print('RuntimeError again', e)
s = {1, 2, 3}
it = iter(s)
s.discard(1)
s.add(1)
print(list(it))
