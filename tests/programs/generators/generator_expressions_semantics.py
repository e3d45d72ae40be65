"""Generator expression semantics: early binding of the outermost iterable, late binding of conditions, exhaustion, and use as arguments."""

values = [1, 2, 3]
threshold = 1
g = (v for v in values if v > threshold)
values = [10, 20, 30]       # not seen: the first iterable was already evaluated
threshold = 2               # seen: conditions are evaluated lazily
print(list(g))

def outer_iterable():
    print('  outer iterable evaluated')
    return range(3)
def inner_iterable():
    print('  inner iterable evaluated')
    return 'ab'
g = ((i, c) for i in outer_iterable() for c in inner_iterable())
print('generator created')
print(next(g))
print(list(g))

g = (x * x for x in range(4))
print(sum(g), sum(g), list(g))
print(max((len(w), w) for w in 'the quick brown fox'.split()), ''.join(c.upper() for c in 'abc'), sorted(x % 3 for x in range(7)))
print(tuple(i for i in range(3)), set(c for c in 'hello') == set('helo'), dict((k, len(k)) for k in ['a', 'bb']))
try:
    (1 / x for x in [0])
    print('creating is fine')
    list(1 / x for x in [0])
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    (x for x in 42)
except TypeError as e:
    print('outermost iterable is evaluated eagerly:', type(e).__name__, e)
