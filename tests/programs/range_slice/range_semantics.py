"""range arithmetic on big and small ints, slicing, reversed, equality, hashing, errors."""

big = 10 ** 20
for r in [range(10), range(1, 10, 3), range(10, -10, -4), range(0), range(5, 5), range(-big, big, big // 3),
          range(big, big + 5), range(0, 2 ** 63, 2 ** 62), range(-2 ** 63, 2 ** 63 - 1, 2 ** 63 - 2)]:
    print(repr(r), len(r) if r.stop - r.start < 2 ** 62 else '-', list(r)[:5], list(reversed(r))[:3], bool(r))
    print('  ', r[::2], r[::-1], r[1:-1], r[-3:], r[10:1:-3])
print(range(5)[-1], range(big)[-1], range(big)[big // 2], range(0, 100, 7).index(49), range(0, 100, 7).count(50))
print(5 in range(10), 10 in range(10), -4 in range(0, -10, -2), -3 in range(0, -10, -2), 3.0 in range(5), True in range(2),
      'a' in range(3), big - 1 in range(big), big in range(big))
print(range(0) == range(5, 2), range(1, 2, 5) == range(1, 3, 7), range(3) == range(0, 3), range(3) != range(4),
      range(0, 10, 2) == range(0, 9, 2), range(3) == [0, 1, 2])
print(hash(range(3)) == hash((3, 0, 1)), hash(range(1, 5, 10)) == hash(range(1, 2)), hash(range(0, 10, 2)) == hash(range(0, 9, 2)))
print(range(3).__reduce__(), range(1, 2, 3).start, range(1, 2, 3).stop, range(1, 2, 3).step)
it = iter(range(10))
next(it)
print(it.__length_hint__(), it.__reduce__()[1:], type(it).__name__, type(iter(range(big))).__name__,
      type(reversed(range(big))).__name__)
it.__setstate__(8)
print(list(it))
for expr in ['range()', 'range(1, 2, 3, 4)', 'range(1, 2, 0)', 'range(1.5)', 'range("a")', 'range(x=1)', 'len(range(big))',
             'range(5)[10]', 'range(5)["a"]', 'range(5).index(7)', 'range(5).index("a")', 'range(5)[::0]',
             'range(5) < range(6)', 'hash(range(1)) == hash(range(1))', 'range(3).start = 1', 'range(big)[big]']:
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
