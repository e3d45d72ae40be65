"""Lazy evaluation chains: which elements are computed when, interaction of zip/map/filter/generators with side effects."""

log = []
def source(n):
    for i in range(n):
        log.append(f'gen {i}')
        yield i
def traced(name):
    def f(x):
        log.append(f'{name}({x})')
        return x
    return f

pipeline = map(traced('double'), filter(lambda x: x % 2 == 0, map(traced('inc'), source(6))))
print('built:', log)
print(next(pipeline), log)
log.clear()
print(list(pipeline), log)
log.clear()

# zip pulls from arguments left to right, one at a time
z = zip(source(2), map(traced('m'), 'ab'))
print(list(z), log)
log.clear()

# any/all stop early
print(any(map(traced('check'), [0, 0, 3, 0])), log)
log.clear()

# generator expressions evaluate the first iterable immediately
def first_iterable():
    log.append('first iterable evaluated')
    return [1, 2]
def second_iterable():
    log.append('second iterable evaluated')
    return [10]
g = (a + b for a in first_iterable() for b in second_iterable())
print(log)
print(list(g), log)
log.clear()

# enumerate and reversed over a generator
print(list(enumerate(source(2), start=1)), log)
log.clear()
try:
    reversed(source(2))
except TypeError as e:
    print(type(e).__name__, e, log)
