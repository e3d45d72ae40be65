"""range objects: construction, len, indexing, slicing (returns ranges), containment, index/count, equality, hashing, repr."""

rs = [range(5), range(2, 10), range(10, 2, -3), range(0), range(5, 5), range(-5, 5, 2), range(0, -10, -1), range(3, 100, 7), range(2 ** 64, 2 ** 64 + 10, 3)]
for r in rs:
    print(repr(r), len(r), list(r)[:5], r.start, r.stop, r.step, bool(r))

r = range(3, 30, 4)
print(r[0], r[-1], r[2], r[1:4], r[::2], r[::-1], r[100:], r[-3:], list(r[1::3]), r[:: -2])
print(7 in r, 8 in r, 27 in r, 31 in r, 7.0 in r, True in range(2), 'a' in r, r.index(11), r.count(11), r.count(12))
try:
    r.index(12)
except ValueError as e:
    print(type(e).__name__, e)

# equality is by the sequence of values
print(range(0) == range(5, 2), range(1, 10, 3) == range(1, 11, 3), range(3) == range(0, 3, 1), range(1) == range(1, 2, 5), range(3) == [0, 1, 2])
print(hash(range(0)) == hash(range(4, 2)), hash(range(1, 10, 3)) == hash(range(1, 11, 3)), {range(3): 'r'}[range(0, 3)])

# big ranges are lazy
huge = range(0, 10 ** 30, 7)
print(huge[10 ** 20], 10 ** 20 * 7 in huge, huge.index(700), huge[-1], len(range(0, 2 ** 62, 2)))
try:
    len(huge)
except OverflowError as e:
    print(type(e).__name__, e)

# iteration and reversal
print(list(reversed(range(1, 10, 4))), sum(range(1000001)), max(range(-5, 5)), sorted(range(3, 0, -1)))

# errors
for src in ["range()", "range(1, 2, 3, 4)", "range(1, 2, 0)", "range(1.5)", "range('3')", "range(3)[3]", "range(3)[-4]", "range(3)['a']",
            "range(3) + range(2)", "range(3) * 2", "range(3)[1] = 5", "range(x=3)"]:
    try:
        exec(src)
    except (TypeError, ValueError, IndexError) as e:
        print(src, '->', type(e).__name__, e)
