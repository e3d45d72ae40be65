"""Assignment statements: simple, chained, tuple/list targets, attribute and subscript targets, evaluation order."""

log = []

def trace(label, value):
    log.append(label)
    return value

# simple and chained assignment
a = 1
b = c = d = [1, 2]
print(a, b, c, d, b is c, c is d)
b.append(3)
print(d)

# tuple targets, swapping
x, y = 1, 2
x, y = y, x
print(x, y)
(p, q), r = (10, 20), 30
print(p, q, r)
[s, t] = "st"
print(s, t)
s, = [99]
print(s)

# attribute targets
class Box:
    pass

box = Box()
box.value = 5
box.value = box.value * 2
print(box.value, vars(box))

# subscript targets and slices
lst = [0, 1, 2, 3, 4, 5]
lst[0] = 'zero'
lst[-1] = 'last'
lst[1:3] = ['a', 'b', 'c']
print(lst)
lst[::2] = [7, 7, 7, 7]
print(lst)
dct = {}
dct['k'] = dct.get('k', 0) + 1
dct['k'] += 1
dct[1, 2] = 'tuple key'
print(dct)

# evaluation order: right side first, then targets left to right
trace('start', None)
container = {}
container[trace('key1', 'a')], container[trace('key2', 'b')] = trace('rhs', (1, 2))
print(log, container)

# chained assignment assigns left to right
log.clear()
class Recorder:
    def __setitem__(self, k, v):
        log.append(('set', k, v))
r1 = Recorder()
r1['first'] = r1['second'] = trace('value', 42)
print(log)

# assignment with the same name in target list
i = 0
items = [10, 20, 30]
i, items[i] = 1, 'X'
print(i, items)

# assigning to a name referenced in the rhs
n = [1, 2, 3]
n = n + [n]
print(len(n), n[3] is not n)

# multiple targets with starred
first, *middle, last = range(6)
print(first, middle, last)

# nested list/tuple mix
[(a1, b1), [c1, *d1]] = [(1, 2), [3, 4, 5]]
print(a1, b1, c1, d1)

# errors
for src in ["x, y = 1, 2, 3", "x, y, z = 1, 2", "a, b = 5", "[] = [1]", "x, *y, z = [1]"]:
    try:
        exec(src)
    except (ValueError, TypeError) as e:
        print(src, '->', type(e).__name__, e)
