"""Iterable unpacking in assignments: nested targets, starred targets, from any iterable, and error messages."""

a, b = 1, 2
(c, d), e = (3, 4), 5
[f, [g, h]] = [6, (7, 8)]
print(a, b, c, d, e, f, g, h)
first, *middle, last = range(6)
*init, tail = 'hello'
head, *rest = [1]
print(first, middle, last, init, tail, head, rest)
x, *y = 'ab'
*p, = (1, 2)
print(x, y, p)
k1, k2 = {'a': 1, 'b': 2}
i1, i2 = {'a': 1, 'b': 2}.items()
print(k1, k2, i1, i2)
s1, s2 = {42}, 'x'
gen1, gen2 = (n * 10 for n in range(2))
print(s1, s2, gen1, gen2)
(m, n), *others = [(1, 2), (3, 4), (5, 6)]
print(m, n, others)
for (q, r), s in [((1, 2), 3)]:
    print(q, r, s)

# unpacking swaps and rotations
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
lst = [1, 2, 3]
lst[0], lst[2] = lst[2], lst[0]
print(lst)

# unpacking consumes the iterator exactly
it = iter(range(5))
u, v = next(it), next(it)
w, *z = it
print(u, v, w, z)

errors = ["a, b = 1", "a, b = [1]", "a, b = [1, 2, 3]", "a, *b, c = [1]", "(a, b), c = 1, 2", "a, b = None", "a, b = 'abc'",
          "*a, b, *c = [1, 2]", "*a = [1]", "a, b = {1: 2}", "a, b, c, d = iter(range(2))", "[a, b] = (x for x in range(5))"]
for src in errors:
    try:
        exec(src)
        print(src, '-> ok')
    except (ValueError, TypeError, SyntaxError) as e:
        print(src, '->', type(e).__name__, e)
