"""max() and min(): iterable and varargs forms, key=, default=, ties return the first, and errors."""

print(max(3, 1, 2), min(3, 1, 2), max([3, 1, 2]), min('hello'), max('apple', 'pear', key=len), min([], default='empty'))
print(max([1, 2], default=0), max([], default=None), min((x * x for x in [-3, 2, -1])), max({'b': 1, 'a': 2}), max({'b': 1, 'a': 2}.items()))
pairs = [('a', 2), ('b', 3), ('c', 3), ('d', 1), ('e', 1)]
print(max(pairs, key=lambda p: p[1]), min(pairs, key=lambda p: p[1]))     # first of equal maxima/minima
print(max([1, 1.0, True]), min([1, 1.0, True]), max([0.0, -0.0]), min([-0.0, 0.0]), max(2 ** 100, 2.0 ** 100))
print(max('a', 'B', key=str.lower), min(['10', '9', '100'], key=int), max([[1, 2], [1, 3], [0, 9]]), min([(2, 'b'), (2, 'a')]))

nan = float('nan')
print(max([nan, 1, 2]), max([1, nan, 2]), min([2, nan]), max(1, 2, key=lambda x: nan))

for src in ["max()", "max([])", "min(())", "max(1)", "max(1, 'a')", "max([1, 2], 3)", "max(1, 2, default=0)", "max([], key=len, default=1, x=1)",
            "min([1, 2], key=3)", "max(iter([]))"]:
    try:
        print(src, '->', eval(src))
    except (TypeError, ValueError) as e:
        print(src, '->', type(e).__name__, e)
