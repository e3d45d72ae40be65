"""List identity and copying: slicing, list(), copy(), * with nested lists, += vs +, sorted vs sort, and functions mutating arguments."""

original = [[1, 2], [3]]
copies = {'slice': original[:], 'list()': list(original), 'copy()': original.copy(), 'comprehension': [x for x in original], 'unpack': [*original]}
original[0].append('shared')
original.append(['new'])
for name, c in copies.items():
    print(name, c, c is original, c[0] is original[0])
def mutate(lst):
    lst.append('mutated')
    lst = ['rebound']
    return lst
data = [1]
result = mutate(data)
print(data, result)
def extend_default(x, acc=None):
    acc = [] if acc is None else acc
    acc.append(x)
    return acc
print(extend_default(1), extend_default(2), extend_default(3, [0]))
a = [3, 1, 2]
b = a
a = sorted(a)
print(a, b, a is b)
b.sort()
print(b)
x = [0] * 3
y = [x] * 2
y[0][0] = 'changed'
print(y, y[0] is y[1])
l1 = [1, 2]
l2 = l1
l1 = l1 + [3]
print(l1, l2)
l3 = [1, 2]
l4 = l3
l3 += [3]
print(l3, l4, l3 is l4)
