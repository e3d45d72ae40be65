"""filter() and map(): None predicate, multiple iterables, laziness, exhaustion, and exception propagation."""

print(list(filter(None, [0, 1, '', 'a', None, [], [0], False, 2.5])), list(filter(str.isdigit, 'a1b2c3')))
print(list(filter(lambda x: x % 3 == 0, range(10))), list(filter(bool, ())), type(filter(None, [])).__name__)
print(list(map(str, [1, 2, 3])), list(map(pow, [2, 3, 4], [5, 2])), list(map(lambda *a: sum(a), [1, 2], [10, 20], [100, 200])))
print(list(map(len, ['a', 'bb', ''])), list(map(str.upper, 'abc')), list(map(int, '123')), type(map(str, [])).__name__)

# laziness and single pass
calls = []
def square(x):
    calls.append(x)
    return x * x
m = map(square, [1, 2, 3])
print(calls, next(m), calls, list(m), list(m))

# filter with a predicate that raises
def picky(x):
    if x == 3:
        raise ValueError('3 is not allowed')
    return x % 2
f = filter(picky, [1, 2, 3, 4])
print(next(f))
try:
    list(f)
except ValueError as e:
    print(type(e).__name__, e)

# map stops at the shortest iterable (no strict in 3.11)
print(list(map(lambda a, b: a + b, 'abc', 'xy')))

# composition
print(sum(map(int, filter(str.isdigit, 'a1b22c333'))), list(map(list, map(reversed, ['ab', 'cd']))))

for src in ["map()", "map(len)", "filter(None)", "list(map(1, [1]))", "list(filter(len, [1]))", "map(str, 5)"]:
    try:
        eval(src)
    except TypeError as e:
        print(src, '->', type(e).__name__, e)
