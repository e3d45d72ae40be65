"""Comprehensions have their own scope: loop variables don't leak, free variables, nested comprehensions."""

i = 'outer i'
squares = [i * i for i in range(4)]
print(squares, i)

x = 10
print([x + j for j in range(3)])
print({k: x for k in 'ab'}, {x + 1 for _ in range(2)}, list(x * n for n in range(2)))

# the first iterable is evaluated in the enclosing scope, the rest inside
def f():
    n = 3
    return [(a, b) for a in range(n) for b in range(a)]
print(f())

# nested comprehension scopes
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix, [[row[i] for row in matrix] for i in range(3)])

# closures created in comprehensions capture the comprehension variable
fs = [lambda: v for v in range(3)]
print([fn() for fn in fs])

# generator expressions are lazy: free variables looked up at iteration time
y = 1
gen = (y * k for k in range(3))
y = 100
print(list(gen))

# but the first iterable is bound immediately
src = [1, 2]
gen = (e for e in src)
src = [9, 9]
print(list(gen))

# comprehension inside a function with a local of the same name
def g():
    v = 'local'
    r = [v for v in 'ab']
    return v, r
print(g())

# locals() inside a comprehension shows the comprehension scope
def h():
    outer_local = 1
    return [sorted(n for n in locals() if not n.startswith('.')) for q in range(1)]
print(h())

# comprehensions in class bodies cannot see class variables (except the first iterable)
class C:
    items = [1, 2]
    factor = 10
    ok = [i for i in items]
    try:
        bad = [i * factor for i in items]
    except NameError as e:
        err = str(e)
print(C.ok, C.err)

# iteration variable shadowing a builtin stays local
print([len for len in range(2)], len('still builtin'))

# walrus escapes to enclosing function scope
def w():
    [last := z for z in range(5)]
    return last
print(w())
