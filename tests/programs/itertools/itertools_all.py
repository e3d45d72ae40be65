"""Every itertools type: values, reprs, argument errors and the pickling protocol (__reduce__/__setstate__)."""
import itertools as it
import operator

print(list(it.islice(it.count(), 3)), list(it.islice(it.count(5, -2), 3)), list(it.islice(it.count(0.5, 0.25), 3)))
print(repr(it.count()), repr(it.count(5)), repr(it.count(5, 2)), repr(it.count(1.5)), repr(it.count(1, 1.0)),
      repr(it.count(2 ** 70)), repr(it.count(True)), it.count(3).__reduce__(), it.count(1, 2).__reduce__(), it.count(1.0).__reduce__())
c = it.count(2 ** 63 - 2)
print(next(c), next(c), next(c), repr(c))
print(list(it.islice(it.cycle('ab'), 5)), list(it.cycle([])), list(it.repeat('x', 3)), list(it.repeat('x', -1)))
print(repr(it.repeat('a', 3)), repr(it.repeat(None)), it.repeat(1, 2).__reduce__(), it.repeat(1).__reduce__(),
      it.repeat(0, 4).__length_hint__(), list(map(pow, range(5), it.repeat(2))))
try:
    it.repeat(1).__length_hint__()
except TypeError as e:
    print('TypeError', e)
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], operator.mul)), list(it.accumulate([], initial=5)),
      list(it.accumulate([3, 1, 2], max, initial=0)), list(it.accumulate('abc')))
print(list(it.chain('ab', [1], ())), list(it.chain.from_iterable(['xy', 'z'])), list(it.chain()), it.chain[int])
print(list(it.compress('abcdef', [1, 0, 1, 0, 1])), list(it.compress(range(10), it.cycle([0, 1]))))
print(list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 4, 1])), list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])),
      list(it.filterfalse(None, [0, 1, 0, 2])), list(it.filterfalse(lambda x: x % 2, range(6))))
print([(k, list(g)) for k, g in it.groupby('aabbbca')], [(k, len(list(g))) for k, g in it.groupby(range(10), lambda x: x // 3)])
groups = it.groupby('aabb')
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2), list(groups))
print(list(it.islice('abcdefg', 2)), list(it.islice('abcdefg', 2, 4)), list(it.islice('abcdefg', 2, None)),
      list(it.islice('abcdefg', 0, None, 2)), list(it.islice('abcdefg', None)), list(it.islice(it.count(), 3, 10, 3)))
print(list(it.pairwise('abcd')), list(it.pairwise('a')), list(it.starmap(pow, [(2, 3), [3, 2]])))
a, b = it.tee(iter([1, 2, 3]))
print(next(a), list(b), list(a), it.tee('abc', 0), len(it.tee('abc', 3)), [list(x) for x in it.tee('xy', 3)])
c1 = a.__copy__()
print(type(a).__name__, list(c1))
print(list(it.zip_longest('ab', 'xyz', fillvalue='-')), list(it.zip_longest()), list(it.zip_longest('a')))
print(list(it.product('ab', range(2))), list(it.product('ab', repeat=2)), list(it.product()), list(it.product('ab', [])))
print(list(it.permutations('abc', 2)), list(it.permutations(range(3))), list(it.permutations('ab', 3)), list(it.permutations([], 0)))
print(list(it.combinations('abcd', 2)), list(it.combinations('ab', 3)), list(it.combinations('ab', 0)))
print(list(it.combinations_with_replacement('abc', 2)), list(it.combinations_with_replacement('', 2)),
      list(it.combinations_with_replacement('', 0)))
print(len(list(it.permutations(range(6)))), len(list(it.combinations(range(12), 5))), len(list(it.product(range(4), repeat=4))))

for expr in ['it.count("a")', 'it.count(1, "a")', 'it.repeat()', 'it.cycle()', 'it.cycle(1)', 'it.islice([], -1)',
             'it.islice([], "a")', 'it.islice([])', 'it.islice([], 1, 2, 0)', 'it.islice([], -1, 2)', 'it.islice([], 1, 2, 3, 4)',
             'it.accumulate()', 'it.chain(x=1)', 'it.compress([])', 'it.dropwhile(len)', 'it.groupby()', 'it.pairwise()',
             'it.starmap(len)', 'list(it.starmap(len, [1]))', 'it.tee([], -1)', 'it.zip_longest(x=1)', 'it.product(x=1)',
             'it.product(repeat=-1)', 'it.permutations([], -1)', 'it.permutations([], "a")', 'it.combinations([], -1)',
             'it.combinations_with_replacement([], -1)', 'it.combinations([])', 'it.takewhile(1, [1]).__next__()',
             'it.chain.from_iterable(1).__next__()', 'next(it.chain(1))']:
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)


def roundtrip(obj, consume=1, limit=30):
    for _ in range(consume):
        next(obj)
    fn, args, *state = obj.__reduce__()
    clone = fn(*args)
    if state and state[0] is not None:
        clone.__setstate__(state[0])
    return list(it.islice(clone, limit))


print(roundtrip(it.count(3), 1, 4), roundtrip(it.cycle('abc'), 2, 7), roundtrip(it.cycle('ab'), 3, 5), roundtrip(it.repeat('r', 3)))
print(roundtrip(it.accumulate([1, 2, 3, 4])), roundtrip(it.accumulate([1, 2], initial=100)), roundtrip(it.chain('ab', 'cd'), 3))
print(roundtrip(it.compress('abcd', [1, 1, 0, 1])), roundtrip(it.dropwhile(lambda x: x < 2, [1, 2, 3])),
      roundtrip(it.takewhile(lambda x: x < 4, [1, 2, 3, 4, 5])), roundtrip(it.filterfalse(None, [0, 1, 0, 0])))
print(roundtrip(it.islice(range(20), 2, 15, 3)), roundtrip(it.starmap(operator.add, [(1, 2), (3, 4), (5, 6)])),
      roundtrip(it.zip_longest('ab', 'xyz', fillvalue=0)), roundtrip(it.product('ab', 'cd')), roundtrip(it.product('ab', 'cd'), 3))
print(roundtrip(it.permutations('abc', 2), 2), roundtrip(it.combinations('abcd', 2), 3),
      roundtrip(it.combinations_with_replacement('abc', 2), 4), roundtrip(it.groupby('aabbc'), 1)[0][0])
print(it.product('ab', repeat=2).__reduce__(), it.permutations('ab').__reduce__(), it.combinations('abc', 2).__reduce__())
cwr = it.combinations_with_replacement('ab', 2)
next(cwr)
print(cwr.__reduce__(), it.count(1.5).__reduce__(), it.repeat('z', 2).__reduce__())
print(repr(it.islice).startswith("<class"), it.islice.__module__, type(it.groupby('a')).__name__, it.tee.__module__)
print(it.__doc__.splitlines()[0], sorted(n for n in dir(it) if not n.startswith('__')))
