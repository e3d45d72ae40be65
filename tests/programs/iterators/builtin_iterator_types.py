"""enumerate, zip (strict), map, filter, reversed and iter(callable, sentinel): laziness, reduce, errors."""

e = enumerate('abc', start=5)
print(next(e), e.__reduce__()[1][1], list(e), list(enumerate([], 3)), list(enumerate('xy', 2 ** 63 - 1)))
print(list(enumerate(iterable='ab', start=-2)), enumerate[int], type(e).__name__)
print(list(zip('abc', range(10))), list(zip()), list(zip('a')), list(zip('ab', 'cd', strict=True)))
for args in [('ab', 'c'), ('a', 'bc'), ('ab', 'ab', 'a'), ('ab', 'ab', 'abc'), ('a', 'ab', 'a')]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as ex:
        print('ValueError', ex)
z = zip('ab', 'cd', strict=True)
print(z.__reduce__()[0].__name__, len(z.__reduce__()[1]), z.__reduce__()[2])
print(list(map(pow, [2, 3], [3, 2, 1])), list(map(str.upper, 'ab')), list(map(lambda *a: a, 'ab', 'cd', 'ef')))
print(list(filter(None, [0, 1, '', 'x', [], [0]])), list(filter(bool, [0, 2])), list(filter(lambda v: v % 2, range(7))))
print(list(reversed((1, 2, 3))), list(reversed('abc')), list(reversed(range(3))), list(reversed([1, 2])))
r = reversed((1, 2, 3))
print(r.__length_hint__(), next(r), r.__reduce__()[1:], list(r), r.__length_hint__(), r.__reduce__()[1])


class Seq:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10


print(list(reversed(Seq())), list(iter(Seq())), list(enumerate(Seq())))


class Rev:
    def __reversed__(self):
        return iter('custom')


class NoRev:
    __reversed__ = None

    def __len__(self):
        return 0

    def __getitem__(self, i):
        raise IndexError


print(list(reversed(Rev())))
counter = iter([1, 2, 3, 0, 5])
print(list(iter(lambda: next(counter), 0)))
ci = iter(lambda: 1, 1)
print(type(ci).__name__, list(ci))
for expr in ['enumerate()', 'enumerate(1, 2, 3)', 'enumerate([], "a")', 'enumerate(x=1)', 'zip(1)', 'zip([], x=1)',
             'zip(strict=1, x=2)', 'map()', 'map(len)', 'map(len, 5)', 'map(len, [], x=1)', 'filter(None)', 'filter(None, 5)',
             'filter(x=1)', 'reversed()', 'reversed(5)', 'reversed({1})', 'reversed(NoRev())', 'reversed(1, 2)',
             'reversed(x=1)', 'list(map(len, [1]))', 'next(map(len, []))']:
    try:
        print(expr, '->', eval(expr))
    except Exception as ex:
        print(expr, '->', type(ex).__name__, ex)


class E(enumerate):
    pass


class Z(zip):
    def extra(self):
        return 'extra'


print(list(E('ab')), type(E('a')).__name__, Z('ab', 'cd').extra(), list(Z('ab', 'cd')))
m = map(lambda v: v * 2, iter([1, 2, 3]))
print(next(m), list(m), list(m))
