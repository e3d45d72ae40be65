"""Scoping rules specific to comprehensions: class bodies, closures, nested functions, and names that can't be rebound."""

class Config:
    base = 10
    values = [1, 2, 3]
    scaled_first_iterable = [v for v in values]
    try:
        scaled = [v * base for v in values]
    except NameError as e:
        error = str(e)
    helper = (lambda base=base: [v * base for v in [1, 2]])()
print(Config.scaled_first_iterable, Config.error, Config.helper)

def make_closures():
    return [lambda: i for i in range(3)], [lambda i=i: i for i in range(3)]
late, early = make_closures()
print([f() for f in late], [f() for f in early])

def outer():
    total = 100
    return [total + i for i in range(2)], {i: total for i in range(1)}, list(total - i for i in range(2))
print(outer())

def nested_comprehension_sees_outer():
    n = 2
    return [[n * (i + j) for j in range(n)] for i in range(n)]
print(nested_comprehension_sees_outer())

# comprehension variables don't leak into the enclosing function
def no_leak():
    [leak for leak in range(3)]
    try:
        return leak
    except NameError as e:
        return f'{type(e).__name__}: {e}'
print(no_leak())

# syntax errors
for src in ["[i for i in range(3) for i in (yield)]", "[(yield) for i in range(3)]", "[x := 1 for x in range(3)]",
            "def f():\n    return [i for i in range(3) if (i := 2)]", "[*x for x in [[1]]]", "{**d for d in []}"]:
    try:
        compile(src, '<src>', 'exec')
        print(repr(src), 'compiled')
    except SyntaxError as e:
        print(repr(src), '->', e.msg)
