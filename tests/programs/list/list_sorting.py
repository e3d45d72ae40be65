"""Sorting: stability, key functions, reverse keeps stability, mixed numeric types, errors, and mutation during sort."""

records = [('ann', 30, 'nyc'), ('bob', 25, 'sf'), ('cy', 30, 'la'), ('di', 25, 'nyc'), ('ed', 35, 'sf'), ('fy', 30, 'sf')]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))     # stable even when reversed
print(sorted(sorted(records, key=lambda r: r[0]), key=lambda r: r[2]))
print(sorted(records, key=lambda r: (-r[1], r[0])))

import operator
print(sorted(records, key=operator.itemgetter(2, 1)))
print(sorted(['b10', 'a2', 'a10', 'b1'], key=lambda s: (s[0], int(s[1:]))))
print(sorted([3, 1.5, True, -2, 0.0, False, 2 ** 70, -0.5]))
print(sorted('The quick Brown fox'.split()), sorted('The quick Brown fox'.split(), key=str.casefold))
print(sorted([[2, 1], [1, 2, 3], [1, 2], []]), sorted([(1, 'b'), (1, 'a'), (0, 'z')]))

# stability with equal keys: original order is preserved
data = [(k % 3, i) for i, k in enumerate([5, 2, 8, 1, 9, 3, 6, 4, 7, 0])]
print(sorted(data, key=lambda p: p[0]))

# key is called exactly once per element
calls = []
def key(x):
    calls.append(x)
    return -x
print(sorted([3, 1, 2], key=key), calls)

# list.sort is in place and returns None; sorted returns a new list
lst = [5, 3, 4]
res = lst.sort()
print(res, lst, sorted(lst) is not lst)

# sorting other iterables
print(sorted({'b': 1, 'a': 2}), sorted({3, 1, 2}), sorted('cba'), sorted(range(5, 0, -1)), sorted(x * x for x in [-3, 2, -1]))

# errors
for src in ["sorted([1, 'a'])", "sorted([None, 1])", "sorted([1, 2], key=lambda x: 'a' if x == 1 else 2)", "[3, 1].sort(lambda x: x)",
            "sorted([{}, {}])", "sorted([1j, 2j])"]:
    try:
        print(src, eval(src))
    except TypeError as e:
        print(src, '->', type(e).__name__, e)

# mutation during sort is detected
victim = [3, 2, 1]
def evil_key(x):
    victim.append(x)
    return x
try:
    victim.sort(key=evil_key)
except ValueError as e:
    print(type(e).__name__, e)

# a list with 1000 shuffled numbers sorted with the random module's fixed seed
import random
rng = random.Random(42)
nums = list(range(1000))
rng.shuffle(nums)
print(nums[:10], sorted(nums) == list(range(1000)), sorted(nums, reverse=True)[:3])
