"""iter() and next(): sequences, the two-argument callable/sentinel form, defaults, and iterator protocol errors."""

it = iter([1, 2])
print(next(it), next(it), next(it, 'done'), next(it, None))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, e.args)

# two-argument form: call until the sentinel is returned
counter = iter(range(10))
calls = iter(lambda: next(counter), 4)
print(list(calls), next(counter))
lines = iter(['a', 'b', '', 'c'])
print(list(iter(lines.__next__, '')))
class Countdown:
    def __init__(self): self.n = 3
    def __call__(self):
        self.n -= 1
        return self.n
print(list(iter(Countdown(), -1)))

# iterating a callable iterator whose callable raises StopIteration ends it
def raiser():
    raise StopIteration
print(list(iter(raiser, 0)))

# iter() of various types and their iterator type names
for obj in ['ab', [1], (1,), {1: 2}, {1}, frozenset(), range(2), b'x', bytearray(b'x'), {}.keys(), {}.values(), {}.items(), reversed([1]), iter([])]:
    print(type(obj).__name__, '->', type(iter(obj)).__name__)

# iter() of an iterator returns itself
it = iter('xyz')
print(iter(it) is it)

# old-style __getitem__ sequences
class Squares:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * i
print(list(iter(Squares())), type(iter(Squares())).__name__)

for src in ["iter(5)", "iter(5, 1)", "next(5)", "next([1])", "iter()", "next()", "iter([], 1)"]:
    try:
        eval(src)
    except TypeError as e:
        print(src, '->', type(e).__name__, e)
