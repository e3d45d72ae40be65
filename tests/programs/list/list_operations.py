"""list construction and operators: +, *, comparisons, membership, nested lists, aliasing, copying, repr and equality."""

print(list(), list('abc'), list(range(3)), list((1, 2)), list({'a': 1}), list({3}), list(x for x in 'xy'), list(b'ab'))
a = [1, 2, 3]
print(a + [4], [0] * 3, 2 * [1, 2], a * 0, a * -2, [[]] * 2, len(a), 2 in a, 5 not in a)
print(a == [1, 2, 3], a != [1, 2], a < [1, 2, 4], a < [1, 2], [] < [[]], [1, [2, 3]] == [1, [2, 3]], a == (1, 2, 3))

# aliasing of repeated inner lists
grid = [[0] * 3] * 2
grid[0][0] = 'shared'
print(grid)
grid = [[0] * 3 for _ in range(2)]
grid[0][0] = 'independent'
print(grid)

# shallow vs deep copies
import copy
nested = [[1, 2], [3]]
shallow = nested.copy()
sliced = nested[:]
deep = copy.deepcopy(nested)
nested[0].append('x')
print(shallow, sliced, deep)

# repr of recursive and nested lists
r = [1]
r.append(r)
r.append([r])
print(r, repr([[], [[]], ['a', "b'c", 'd"e']]))

# list identity and hashing
try:
    hash([])
except TypeError as e:
    print(type(e).__name__, e)
print([1, 2].__eq__([1, 2]), [1].__eq__('x'), [1].__lt__('x'))

# list comprehension vs map/filter equivalence
print([x * 2 for x in range(5) if x % 2] == list(map(lambda x: x * 2, filter(lambda x: x % 2, range(5)))))

# unpacking from lists, reversed, enumerate
first, *rest = [10, 20, 30]
print(first, rest, list(reversed(a)), list(enumerate(a, 1)), a[::-1])

# errors
for src in ["[1] + (2,)", "[1] * 2.0", "[1] * '2'", "[1] - [1]", "[] < ()", "list(5)", "list(1, 2)", "[1, 2][2]", "[1, 2]['a']"]:
    try:
        eval(src)
    except (TypeError, IndexError) as e:
        print(src, '->', type(e).__name__, e)
