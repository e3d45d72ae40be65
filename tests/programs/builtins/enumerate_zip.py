"""enumerate() and zip(): start values, laziness, strict mode, uneven lengths, iterator consumption, and types."""

print(list(enumerate('abc')), list(enumerate('abc', 10)), list(enumerate('ab', start=-1)), list(enumerate([], 5)))
e = enumerate(['x', 'y'], 2 ** 70)
print(next(e), next(e), type(e).__name__)
print(list(enumerate(range(3), True)))

print(list(zip()), list(zip('abc')), list(zip('abc', [1, 2, 3])), list(zip('abcd', range(2), (True, False, None))))
print(dict(zip('abc', range(3))), list(zip(*[(1, 'a'), (2, 'b'), (3, 'c')])))

# zip stops at the shortest; elements consumed from longer iterators are lost
it1 = iter([1, 2, 3, 4])
it2 = iter('ab')
print(list(zip(it1, it2)), list(it1))
it1 = iter([1, 2, 3, 4])
print(list(zip('ab', it1)), list(it1))

# strict=True (3.10+)
print(list(zip('ab', [1, 2], strict=True)))
for args in [('abc', [1, 2]), ('ab', [1, 2, 3]), ('a', 'b', 'cd')]:
    try:
        list(zip(*args, strict=True))
    except ValueError as e:
        print(type(e).__name__, e)

# zip with infinite iterators
import itertools
print(list(zip(itertools.count(), 'xyz')), list(zip(itertools.repeat('r'), range(2))))

# laziness
log = []
def g(name, n):
    for i in range(n):
        log.append(f'{name}{i}')
        yield i
z = zip(g('a', 3), g('b', 3))
print(log, next(z), log)

for src in ["enumerate(5)", "enumerate('a', 'b')", "zip(1)", "zip('a', None)", "enumerate()", "zip(strict=1, x=2)"]:
    try:
        eval(src)
    except TypeError as e:
        print(src, '->', type(e).__name__, e)
