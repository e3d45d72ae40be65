"""Unpacking from every kind of iterable: strings, bytes, dicts and views, sets (sorted first), ranges, generators, files, custom iterators."""

import io
a, b, c = 'xyz'
d, e = b'hi'
f, g = {'k1': 1, 'k2': 2}
h, i = {'k1': 1, 'k2': 2}.values()
(j, k), (l, m) = {'k1': 1, 'k2': 2}.items()
n, o, p = range(3)
q, r = (x * 2 for x in range(2))
s, t = sorted({3, 1})
u, v = io.StringIO('line1\nline2\n')
class Three:
    def __iter__(self):
        yield from (1, 2, 3)
w, x, y = Three()
z, *rest = map(str.upper, 'abc')
print(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t, repr(u), repr(v), w, x, y, z, rest)
first, second = enumerate('ab')
print(first, second)
(k1, v1), = {'only': 'one'}.items()
print(k1, v1)
for bad in [5, None, 3.14]:
    try:
        one, two = bad
    except TypeError as err:
        print(type(err).__name__, err)
