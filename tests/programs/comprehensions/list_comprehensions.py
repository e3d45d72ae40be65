"""List comprehensions: nested loops, multiple conditions, nested comprehensions, side effects, and evaluation order."""

print([x * x for x in range(6)], [x for x in range(20) if x % 2 if x % 3], [c.upper() for c in 'hello' if c not in 'aeiou'])
print([(x, y) for x in range(3) for y in range(x)], [x + y for x in 'ab' for y in 'xy'], [[j for j in range(i)] for i in range(4)])
print([row[i] for row in [[1, 2], [3, 4]] for i in range(2)], [v if v > 0 else 0 for v in [-2, 3, -1, 5]])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)], [n for row in matrix for n in row if n % 2])
print([f(3) for f in (abs, str, float)], [len(w) for w in 'the quick brown fox'.split()], [i for i, c in enumerate('banana') if c == 'a'])
print([(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 20) if a * a + b * b == c * c])
print([x for x in []], [y for x in [[]] for y in x], [None for _ in range(3)], [_ for _ in 'ab'])

log = []
def t(v):
    log.append(v)
    return v
result = [t(x) for x in [t('it1'), t('it2')] if t(f'cond {x}')]
print(result, log)

# the iteration variable doesn't leak, and the comprehension sees enclosing names
x = 'outer'
print([x for x in 'ab'], x)
factor = 3
print([factor * n for n in range(3)])

# comprehensions over dicts, sets, strings, generators
d = {'a': 1, 'b': 2}
print([k for k in d], [v for v in d.values()], [f'{k}={v}' for k, v in d.items()], [c for c in {1}], [g for g in (i for i in range(2))])

# unpacking in targets and starred
print([a + b for a, b in [(1, 2), (3, 4)]], [first for first, *_ in ['abc', 'de']], [(h, t) for h, *t in [[1, 2, 3]]])

# errors inside comprehensions propagate
try:
    [1 / n for n in [1, 0]]
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    [n for n in 5]
except TypeError as e:
    print(type(e).__name__, e)
