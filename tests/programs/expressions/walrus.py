"""Assignment expressions (:=) in conditions, comprehensions, and their scoping rules."""

if (n := len('hello')) > 3:
    print('long', n)

data = [1, 5, 2, 8, 3]
print([y for x in data if (y := x * 2) > 5], y)

# walrus in a comprehension binds in the enclosing scope
total = 0
vals = [total := total + v for v in range(5)]
print(vals, total)

def f():
    [last := i for i in range(4)]
    return last
print(f())

# walrus inside a while loop
chunks = iter(['ab', 'cd', '', 'ef'])
out = []
while chunk := next(chunks):
    out.append(chunk)
print(out)

# in function call arguments and nested expressions
print(sum(w := [1, 2, 3]), w)
print((a := 1, b := 2), a, b)
print([(z := 10), z + 1])
x = (p := 3) ** (q := 2)
print(x, p, q)

# in lambda default / body
fn = lambda: (v := 42)
print(fn())

# walrus in nested function with nonlocal semantics via comprehension
def outer():
    found = None
    if any((found := c) == 'x' for c in 'abxd'):
        return found
print(outer())

# syntax restrictions
for src in ["(a.b := 1)", "(a[0] := 1)", "x := 5", "[i := 0 for i in range(3)]",
            "[j for j in range(3) if (j := 1)]", "def f(x := 1): pass",
            "class C:\n    [y := 1 for _ in range(1)]"]:
    try:
        compile(src, '<test>', 'exec')
        print(repr(src), 'compiled')
    except SyntaxError as e:
        print(repr(src), '->', e.msg)
