"""List slicing: reading, slice assignment (resizing and extended), deletion, slice objects and copies."""

base = list(range(10))
print(base[2:5], base[:-3], base[::3], base[::-2], base[8:2:-2], base[-100:100], base[5:2])

l = list(range(10))
l[2:5] = ['a', 'b']
print(l)
l[2:2] = ['inserted', 'twice']
print(l)
l[:0] = [-1]
print(l)
l[len(l):] = ['appended']
print(l)
l[::2] = ['E'] * len(l[::2])
print(l)

del l[::3]
print(l)
l[:] = 'xyz'
print(l)
l[1:] = range(3)
print(l)
l[-1:] = (n for n in [8, 9])
print(l)

# extended slice assignment must match length
m = list(range(6))
try:
    m[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
m[::-2] = ['a', 'b', 'c']
print(m)
m[5:0:-2] = 'XYZ'
print(m)

# assigning a list to a slice of itself
s = [1, 2, 3]
s[1:2] = s
print(s)

# deleting slices
d = list(range(10))
del d[1:3]
del d[::-2]
del d[100:]
print(d)

# slice objects and copies
sl = slice(1, None, 2)
print(base[sl], base[slice(3)], base[slice(None, None, None)] == base, base[:] is not base)

# errors
for src in ["l[1:2] = 5", "l[::0]", "l[::0] = []", "l['a':]", "del l[::0]", "l[1.5:]"]:
    try:
        exec(src)
        print(src, '-> ok')
    except (TypeError, ValueError) as e:
        print(src, '->', type(e).__name__, e)
