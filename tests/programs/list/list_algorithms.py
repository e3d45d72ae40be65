"""Lists as stacks, queues and work buffers: classic algorithms (merge sort, binary search, dedupe preserving order, rotation, flatten)."""

def merge_sort(xs):
    if len(xs) <= 1:
        return xs
    mid = len(xs) // 2
    left, right = merge_sort(xs[:mid]), merge_sort(xs[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i]); i += 1
        else:
            out.append(right[j]); j += 1
    return out + left[i:] + right[j:]

def binary_search(xs, target):
    lo, hi = 0, len(xs) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if xs[mid] == target:
            return mid
        if xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -(lo + 1)

data = [38, 27, 43, 3, 9, 82, 10, 3, -5, 0]
s = merge_sort(data)
print(s, s == sorted(data), [binary_search(s, t) for t in [3, 82, -5, 4, 100, -10]])

def dedupe(xs):
    seen = set()
    return [x for x in xs if not (x in seen or seen.add(x))]
print(dedupe([3, 1, 3, 2, 1, 5]), dedupe('mississippi'))

def rotate(xs, k):
    k %= len(xs) or 1
    return xs[-k:] + xs[:-k]
print(rotate([1, 2, 3, 4, 5], 2), rotate([1, 2, 3], -1), rotate([], 3))

def flatten(xs):
    out = []
    stack = [iter(xs)]
    while stack:
        for item in stack[-1]:
            if isinstance(item, list):
                stack.append(iter(item))
                break
            out.append(item)
        else:
            stack.pop()
    return out
print(flatten([1, [2, [3, [4, []]], 5], [[6]]]))

stack = []
for ch in '(a[b]{c}d)':
    if ch in '([{':
        stack.append(ch)
    elif ch in ')]}':
        print('pop', stack.pop(), 'for', ch)
print('balanced' if not stack else 'unbalanced')

queue = [1, 2, 3]
order = []
while queue:
    item = queue.pop(0)
    order.append(item)
    if item < 3:
        queue.append(item * 10)
print(order)

matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([list(row) for row in zip(*matrix[::-1])], [row[::-1] for row in matrix], [matrix[i][i] for i in range(3)], sum(map(sum, matrix)))
