"""String indexing and slicing: positive/negative indexes, steps, out-of-range slices, slice objects, non-BMP text."""

s = 'abcdefghij'
print(s[0], s[9], s[-1], s[-10], s[3:7], s[:3], s[7:], s[:], s[-3:], s[:-3])
print(s[::2], s[1::2], s[::-1], s[::-2], s[7:2:-1], s[7:2:-2], s[2:7:-1], s[-1:-4:-1])
print(repr(s[5:5]), repr(s[20:]), s[-20:3], s[3:-20] == '', s[::100], s[::-100])
print(s[slice(2, 8, 3)], s[slice(None)], s[slice(-2, None)], s[slice(None, None, -1)])
print(s[True], s[False:True + 2])

# all start/stop/step combinations agree with list slicing
lst = list(s)
bad = []
for start in [None, -12, -5, -1, 0, 3, 10, 12]:
    for stop in [None, -12, -5, -1, 0, 3, 10, 12]:
        for step in [None, -3, -1, 1, 2, 5]:
            if s[start:stop:step] != ''.join(lst[start:stop:step]):
                bad.append((start, stop, step))
print('mismatches with list slicing:', bad)

# slice.indices
for sl in [slice(None), slice(-3, None), slice(None, None, -1), slice(2, 100, 3), slice(-100, -50), slice(5, 2, -1)]:
    print(sl, sl.indices(len(s)), s[sl])

# non-BMP characters are single characters
u = 'a😀b𝄞c日'
print(len(u), u[1], u[3], u[-1], u[1:4], u[::-1], [c for c in u], u[1:2] == '😀')

# errors
for expr in ["s[10]", "s[-11]", "s['a']", "s[1.0]", "s[::0]", "s[1:2:0]", "s[None]", "''[0]"]:
    try:
        eval(expr)
    except (IndexError, TypeError, ValueError) as e:
        print(expr, '->', type(e).__name__, e)
try:
    s[0] = 'z'
except TypeError as e:
    print(type(e).__name__, e)
