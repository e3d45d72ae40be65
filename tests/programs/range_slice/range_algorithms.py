"""range in algorithms: stepping backwards, index arithmetic, slicing ranges, containment tests that are O(1), and range equality edge cases."""

print(list(range(10, 0, -3)), list(range(-5, 5, 4)), list(range(0, 1, 10)), list(range(5, -5)), list(range(-1, -10, -4)))
r = range(1, 100, 7)
print(len(r), r[5], r.index(36), 36 in r, 37 in r, r[-1], r[2:5], r[::-2][:3], r[::-2][0], sum(r))
print([i for i in range(0, 20, 5)], list(reversed(range(0, 20, 5))), range(0, 20, 5)[::-1] == range(15, -5, -5))
huge = range(10 ** 18, 10 ** 18 + 10 ** 12, 3)
print(len(huge), huge[123456789], (10 ** 18 + 30) in huge, (10 ** 18 + 31) in huge, huge.index(10 ** 18 + 300))
print(range(0, 10, 2) == range(0, 9, 2), range(0, 3) == range(0, 3, 2), range(5, 5) == range(7, 3), range(1, 2) == range(1, 10, 100))
for n in [0, 1, 5]:
    print(n, [list(range(n))[i::2] for i in range(2)], [i * j for i in range(n) for j in range(i)])
pairs = [(i, j) for i in range(4) for j in range(i, 4) if (i + j) % 3 == 0]
print(pairs)
print(list(zip(range(3), range(10, 13), range(20, 100, 10))), max(range(-3, 3), key=abs), range(3).count(2), range(3).count('2'))
