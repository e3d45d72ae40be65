"""math and itertools combinatorics checked against each other: comb/perm counts, product sizes, and enumerating small cases exactly."""

import itertools
import math

for n in range(7):
    for k in range(n + 1):
        assert math.comb(n, k) == sum(1 for _ in itertools.combinations(range(n), k))
        assert math.perm(n, k) == sum(1 for _ in itertools.permutations(range(n), k))
print('comb/perm agree for n < 7')
print([math.comb(10, k) for k in range(11)], [math.perm(6, k) for k in range(7)], math.comb(60, 30))
print(list(itertools.combinations('ABCD', 2)), list(itertools.combinations_with_replacement('AB', 3)))
print(['-'.join(p) for p in itertools.permutations('abc')], len(list(itertools.product('01', repeat=8))))
perms = sorted(itertools.permutations([1, 2, 2]))
print(perms, sorted(set(perms)))
def derangements(n):
    return sum(1 for p in itertools.permutations(range(n)) if all(i != v for i, v in enumerate(p)))
print([derangements(n) for n in range(7)], [round(math.factorial(n) / math.e) for n in range(1, 7)])
partitions = [p for p in itertools.product(range(4), repeat=3) if sum(p) == 3]
print(partitions, len(partitions))
print(list(itertools.islice(itertools.combinations(range(100), 3), 2)), math.comb(100, 3))
