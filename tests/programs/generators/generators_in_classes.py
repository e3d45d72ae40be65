"""Generators as __iter__ implementations and methods: multiple independent iterations, tree traversal, and generator-based properties."""

class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def __iter__(self):
        for row in self.rows:
            yield from row
    def column(self, c):
        for row in self.rows:
            yield row[c]
    def diagonals(self):
        n = len(self.rows)
        yield [self.rows[i][i] for i in range(n)]
        yield [self.rows[i][n - 1 - i] for i in range(n)]

m = Matrix([[1, 2, 3], [4, 5, 6], [7, 8, 9]])
print(list(m), sum(m), max(m), list(m.column(1)), list(m.diagonals()))
it1, it2 = iter(m), iter(m)
print(next(it1), next(it1), next(it2))

class Node:
    def __init__(self, value, children=()):
        self.value, self.children = value, list(children)
    def walk(self, depth=0):
        yield depth, self.value
        for child in self.children:
            yield from child.walk(depth + 1)
    def __iter__(self):
        return (v for _, v in self.walk())
    def leaves(self):
        if not self.children:
            yield self.value
        for c in self.children:
            yield from c.leaves()
tree = Node('root', [Node('a', [Node('a1'), Node('a2')]), Node('b'), Node('c', [Node('c1', [Node('c1x')])])])
for depth, value in tree.walk():
    print('  ' * depth + value)
print(list(tree), list(tree.leaves()), 'c1x' in tree, len(list(tree)))

class Fib:
    def __init__(self, limit): self.limit = limit
    def __iter__(self):
        a, b = 0, 1
        while a < self.limit:
            yield a
            a, b = b, a + b
    def __reversed__(self):
        return reversed(list(self))
f = Fib(100)
print(list(f), list(reversed(f)), sorted(f, reverse=True)[:3])

class Paginator:
    def __init__(self, items, size): self.items, self.size = items, size
    @property
    def pages(self):
        return (self.items[i:i + self.size] for i in range(0, len(self.items), self.size))
print(list(Paginator(list('abcdefg'), 3).pages))
