"""slice objects: attributes, indices(), use with builtin sequences and custom __getitem__, equality, hashability (3.11: unhashable)."""

s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None), slice(1, None), slice('a', 'b', 'c'))
for sl in [slice(None), slice(2, None), slice(None, -1), slice(-3, None), slice(None, None, -1), slice(10, -10, -3), slice(-100, 100),
           slice(0, 0), slice(3, 1), slice(None, None, 2), slice(1, 8, -2)]:
    print(repr(sl), sl.indices(6), list(range(6))[sl], 'abcdef'[sl])
print(slice(2, 5) == slice(2, 5), slice(2, 5) == slice(2, 5, None), slice(1, 2) < slice(1, 3), slice(0, 1) != slice(0, 2))
try:
    hash(slice(1, 2))
except TypeError as e:
    print(type(e).__name__, e)

class Recorder:
    def __getitem__(self, key):
        return key
r = Recorder()
print(r[1:2], r[::3], r[:'x'], r[1:2, ::3], r[..., 1:], type(r[:]).__name__)

# indices() errors and big values
print(slice(None, None, -1).indices(0), slice(2 ** 70, None).indices(10), slice(-2 ** 70, 2 ** 70, 2 ** 70).indices(5))
for src in ["slice(1, 2, 0).indices(5)", "slice(1, 2).indices(-1)", "slice('a').indices(3)", "slice()", "slice(1, 2, 3, 4)", "[1, 2][slice('a')]"]:
    try:
        print(src, eval(src))
    except (TypeError, ValueError) as e:
        print(src, '->', type(e).__name__, e)

# slices are immutable
try:
    s.start = 0
except AttributeError as e:
    print(type(e).__name__, e)
