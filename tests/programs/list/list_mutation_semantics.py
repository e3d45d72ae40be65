"""Slice assignment and deletion, extended slices, in-place operators and sizes as CPython grows lists."""

l = list(range(10))
l[2:5] = ['a', 'b']
print(l)
l[::2] = range(5)
print(l)
l[::-3] = 'XYZ'
print(l)
del l[1::3]
print(l)
del l[::-2]
print(l)
l[5:2] = [1, 2]
print(l)
l[100:] = [7]
l[-100:-99] = [8]
print(l)
l[:] = l
print(l)
l[1:3] = l
print(l)
m = [1, 2, 3]
m[1:2] = iter([9, 9, 9])
print(m)
for stmt in ['m[::2] = [1]', 'm[::2] = 5', 'm[1:2] = 5', 'm[10] = 1', 'del m[10]', 'm["a"]', 'm[1.0]',
             'm[::0]', 'm[2**70]', 'del m[::0]', 'm[::-1] = []', 'm * 2**62', 'm.pop(2**70)', 'm.insert("a", 1)',
             'm.index(99)', 'm.remove(99)', 'm.index(1, "a")', '[].pop()', 'm.pop(10)', 'm + (1,)', 'm += 5',
             'm.sort(key=1)', 'm.sort(1)', 'm.sort(reverse=None)', 'list(1)', 'list([], [])', 'list(a=1)']:
    m = [1, 2, 3]
    try:
        exec(stmt)
        print(stmt, '->', m)
    except Exception as e:
        print(stmt, '->', type(e).__name__, e)

x = [1, 2]
y = x
x += (3, 4)
x *= 2
print(x is y, y)
x *= 0
print(y, x is y)
z = [[]] * 3
z[0].append(1)
print(z, [1] * -1, 2 * [0])

sizes = []
grow = []
for i in range(40):
    grow.append(i)
    sizes.append(grow.__sizeof__())
print(sizes)
while grow:
    grow.pop()
    sizes.append(grow.__sizeof__())
print(sizes[40:])
print([].__sizeof__(), list(range(10)).__sizeof__(), list(x for x in range(10)).__sizeof__(), [1, 2, 3].copy().__sizeof__())
e = []
e.extend(range(5))
print(e.__sizeof__())
e.extend([1] * 20)
print(e.__sizeof__())
e[2:20] = []
print(e.__sizeof__(), len(e))
e.clear()
print(e.__sizeof__())
