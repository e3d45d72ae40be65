"""bisect and heapq: insertion points, insort with key (3.10+), heap operations, nlargest/nsmallest, merge."""

import bisect
import heapq

a = [1, 2, 4, 4, 4, 7, 9]
for x in [0, 1, 4, 5, 9, 10]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x), bisect.bisect_left(a, x, 2, 5))
b = []
for x in [5, 1, 4, 1, 3]:
    bisect.insort(b, x)
print(b)
records = [('ann', 30), ('bob', 25)]
records.sort(key=lambda r: r[1])
bisect.insort(records, ('cy', 27), key=lambda r: r[1])
print(records, bisect.bisect_left(records, 26, key=lambda r: r[1]))
def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
try:
    bisect.bisect(a, 1, lo=-1)
except ValueError as e:
    print(type(e).__name__, e)

h = []
for x in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, x)
print(h, heapq.heappop(h), h, heapq.heappushpop(h, 0), heapq.heapreplace(h, 10), h)
data = [9, 4, 7, 1, 8, 2]
heapq.heapify(data)
print(data, [heapq.heappop(data) for _ in range(len(data))])
nums = [5, 1, 8, 3, 9, 2, 8]
print(heapq.nlargest(3, nums), heapq.nsmallest(2, nums), heapq.nlargest(2, ['aa', 'b', 'cccc'], key=len), heapq.nsmallest(10, [3, 1]))
print(list(heapq.merge([1, 4, 7], [2, 5], [3, 6, 9])), list(heapq.merge(['b', 'aa'], ['ccc'], key=len)), list(heapq.merge([3, 1], [4, 2], reverse=True)))
tasks = []
for prio, name in [(2, 'write'), (1, 'read'), (3, 'sleep'), (1, 'eat')]:
    heapq.heappush(tasks, (prio, name))
print([heapq.heappop(tasks) for _ in range(len(tasks))])
try:
    heapq.heappop([])
except IndexError as e:
    print(type(e).__name__, e)
try:
    heapq.heappush([1], 'a')
except TypeError as e:
    print(type(e).__name__, e)
