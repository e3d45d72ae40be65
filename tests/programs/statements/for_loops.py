"""for loops over many iterables, else clauses, break/continue, unusual targets, mutation while iterating."""

for ch in 'abc':
    print(ch, end=' ')
print()
for k in {'x': 1, 'y': 2}:
    print(k, end=' ')
print()
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
for x in range(3):
    pass
print('x after loop:', x)

# for-else
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, 'is prime')

for item in []:
    print('never')
else:
    print('else on empty iterable')

# targets can be attributes, subscripts, starred
class NS: pass
ns = NS()
for ns.attr in [1, 2, 3]:
    pass
print(ns.attr)
arr = [0, 0, 0]
for i, arr[i] in enumerate('xyz'):
    pass
print(arr)
for first, *rest in ['abc', [1, 2], (9,)]:
    print(first, rest)

# continue and break
out = []
for i in range(10):
    if i == 7:
        break
    if i % 3 == 0:
        continue
    out.append(i)
print(out)

# iterating a user iterator and the old __getitem__ protocol
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(4)))
class OldSeq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
for v in OldSeq():
    print('old protocol', v)

# mutating a list while iterating over it
lst = [1, 2, 3, 4]
for v in lst:
    if v == 2:
        lst.append(99)
    if len(lst) > 6:
        break
print(lst)
lst = [1, 2, 3, 4, 5, 6]
for v in lst:
    lst.remove(v)
print(lst)

# dict changed size during iteration
d = {1: 1, 2: 2}
try:
    for k in d:
        d[k + 10] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
s = {1, 2}
try:
    for k in s:
        s.add(k + 10)
except RuntimeError as e:
    print(type(e).__name__, e)

# non-iterables
for bad in [5, None, 3.5, NS()]:
    try:
        for _ in bad:
            pass
    except TypeError as e:
        print(type(e).__name__, e)

# nested loops with else and break on flags
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
for row in matrix:
    for v in row:
        if v == 5:
            print('found 5 in', row)
            break
    else:
        continue
    break
