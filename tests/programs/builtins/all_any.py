"""all() and any(): truthiness, short-circuiting on iterators, empty iterables, and errors from __bool__."""

print(all([]), any([]), all([1, 2, 3]), all([1, 0, 3]), any([0, '', None]), any([0, 'x']), all('abc'), any(''))
print(all([[], [1]]), any([[], [1]]), all(x > 0 for x in [1, 2]), any(x > 5 for x in [1, 2]), all({0: 'a'}), any({0: 'a', 1: 'b'}))

consumed = []
def gen(values):
    for v in values:
        consumed.append(v)
        yield v
print(all(gen([1, 1, 0, 1, 1])), consumed)
consumed.clear()
print(any(gen([0, 0, 7, 0])), consumed)

it = iter([1, 0, 5, 6])
print(all(it), list(it))

class Bad:
    def __bool__(self): raise ValueError('no truth value')
try:
    all([1, Bad()])
except ValueError as e:
    print(type(e).__name__, e)
print(any([1, Bad()]))          # short-circuits before reaching Bad

for src in ["all(5)", "any(None)", "all()", "any([1], [2])"]:
    try:
        eval(src)
    except TypeError as e:
        print(src, '->', type(e).__name__, e)
