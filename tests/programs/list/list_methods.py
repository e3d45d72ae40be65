"""Every list method: append, extend, insert, remove, pop, clear, index, count, sort, reverse, copy; with edge cases."""

lst = [3, 1, 4]
lst.append(1)
lst.extend([5, 9])
lst.extend(range(2))
lst.extend('ab')
lst.extend((x for x in [7]))
print(lst)
lst.insert(0, 'first')
lst.insert(-1, 'before last')
lst.insert(100, 'end')
lst.insert(-100, 'start')
print(lst)
print(lst.pop(), lst.pop(0), lst.pop(-2), lst)
lst.remove(1)
print(lst, lst.index(1), lst.index(4), lst.index(1, 4), lst.count(1), lst.count('zzz'))
try:
    lst.index(1, 0, 3)
except ValueError as e:
    print(type(e).__name__, e)
c = lst.copy()
c.clear()
print(c, len(lst))
nums = [5, 2, 8, 1, 9, 3]
nums.reverse()
print(nums)
print(nums.sort(), nums)
nums.sort(reverse=True)
print(nums)
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana']
words.sort(key=str.lower)
print(words)
words.sort(key=len, reverse=True)
print(words)

# extend with itself, slices of itself
x = [1, 2]
x.extend(x)
print(x)
x += x[:1]
print(x)
x.append(x)
print(x, len(x))

# in-place mutation vs new objects
a = [1, 2, 3]
b = a
a += [4]
a = a + [5]
print(a, b)

# errors
for src in ["[].pop()", "[1].pop(5)", "[1].remove(2)", "[1].index(2)", "[].insert()", "[].append(1, 2)", "[].extend(None)",
            "[1, 'a'].sort()", "[].sort(key=1, reverse=True) or [2, 1].sort(key=1)", "[].sort(reversed=True)", "[3].count()", "list.append(1, 2)"]:
    try:
        print(src, '->', eval(src))
    except (IndexError, ValueError, TypeError) as e:
        print(src, '->', type(e).__name__, e)
