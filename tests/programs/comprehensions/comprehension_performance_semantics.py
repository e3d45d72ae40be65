"""Semantics that matter for implementations: comprehension results are new objects, the iterable is evaluated once, generators are lazy."""

calls = []
def source():
    calls.append('source')
    return [1, 2, 3]
squares = [x * x for x in source()]
print(squares, calls)
calls.clear()
gen = (x * x for x in source())
print(calls, list(gen), list(gen), calls)

a = [1, 2]
b = [x for x in a]
print(b == a, b is not a)
a.append(3)
print(b)

# mutation of the source while a generator expression iterates it
src = [1, 2, 3]
g = (v * 10 for v in src)
first = next(g)
src.append(4)
print(first, list(g))

# nested comprehension variables are independent per level
print([[i for i in range(j)] for j in range(3)], [(i, j) for i in range(2) for j in range(i, 2)])

# large comprehensions are still exact
big = [i * i for i in range(10000)]
print(len(big), sum(big), big[-1], len({i % 97 for i in range(10000)}))

# the comprehension's result type for each kind
print(type([x for x in ()]).__name__, type({x for x in ()}).__name__, type({x: x for x in ()}).__name__, type((x for x in ())).__name__)
