"""itertools: count, cycle, repeat, accumulate, chain, compress, dropwhile, takewhile, filterfalse, groupby, islice, pairwise, starmap, tee, zip_longest."""

import itertools as it
import operator

print(list(it.islice(it.count(), 5)), list(it.islice(it.count(10, -2.5), 4)), list(it.islice(it.cycle('ab'), 5)), list(it.repeat('x', 3)))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3, 4], operator.mul)), list(it.accumulate([3, 1, 4], max, initial=2)), list(it.accumulate([])))
print(list(it.chain('ab', [1, 2], (3,))), list(it.chain.from_iterable(['xy', 'z'])), list(it.compress('abcdef', [1, 0, 1, 0, 1])))
print(list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1, 4])), list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.filterfalse(None, [0, 1, '', 'a'])))
print([(k, list(g)) for k, g in it.groupby('aaabccaa')], [(k, len(list(g))) for k, g in it.groupby([1, 3, 5, 2, 4, 7], key=lambda x: x % 2)])
print(list(it.islice('abcdefg', 2)), list(it.islice('abcdefg', 2, 5)), list(it.islice('abcdefg', 1, None, 3)), list(it.islice('abc', 0)))
print(list(it.pairwise('abcd')), list(it.pairwise('a')), list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.zip_longest('abc', [1], fillvalue='-')))
a, b, c = it.tee(iter([1, 2, 3]), 3)
print(next(a), list(b), list(a), list(c))

# combinatorics
print(list(it.product('ab', repeat=2)), list(it.product([1, 2], 'x')), len(list(it.product(range(3), repeat=3))))
print(list(it.permutations('abc', 2)), len(list(it.permutations(range(5)))), list(it.combinations('abcd', 3)))
print(list(it.combinations_with_replacement('ab', 2)), list(it.combinations(range(3), 0)), list(it.permutations([], 0)))

# groupby sharing the underlying iterator
groups = it.groupby('aabbc')
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))

for src in ["it.islice('a', -1)", "it.islice('a', 'x')", "it.count('a')", "it.repeat()", "it.tee('a', -1)", "it.permutations('a', -1)",
            "it.combinations('ab')", "list(it.accumulate([1, 'a']))", "list(it.chain(1))"]:
    try:
        print(src, '->', eval(src))
    except (ValueError, TypeError) as e:
        print(src, '->', type(e).__name__, e)
