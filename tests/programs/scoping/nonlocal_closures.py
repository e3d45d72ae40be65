"""nonlocal and closures: counters, shared cells, late binding, cell_contents, __closure__ and co_freevars."""

def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get

inc, get = make_counter()
inc(); inc(5)
print(get(), inc.__code__.co_freevars, make_counter.__code__.co_cellvars)
print([c.cell_contents for c in inc.__closure__], get.__closure__[0] is inc.__closure__[0])

inc2, get2 = make_counter()
inc2(100)
print(get(), get2())

# closures see later rebinding (late binding)
def late():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    i = 'rebound'
    return [f() for f in fs]
print(late())

# nonlocal through multiple levels
def level1():
    v = 'l1'
    def level2():
        def level3():
            nonlocal v
            v = 'changed by l3'
        level3()
    level2()
    return v
print(level1())

# nonlocal binds the nearest enclosing function scope
def outer():
    x = 'outer'
    def middle():
        x = 'middle'
        def inner():
            nonlocal x
            x = 'inner'
        inner()
        return x
    return middle(), x
print(outer())

# closure over a loop variable of an enclosing function captured by value with default
def builders():
    return [lambda n, k=k: n * k for k in range(1, 4)]
print([b(10) for b in builders()])

# functions without free variables have no closure
def plain(): return 1
print(plain.__closure__, plain.__code__.co_freevars)

# an empty cell
def empty_cell():
    def inner():
        return later
    cell = inner.__closure__[0]
    try:
        cell.cell_contents
    except ValueError as e:
        print(type(e).__name__, e)
    later = 5
    return cell.cell_contents, inner()
print(empty_cell())

# free variable referenced before assignment
def before_assignment():
    def inner():
        return value
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    value = 1
before_assignment()

# writing cell_contents
def writable():
    a = 1
    def g(): return a
    g.__closure__[0].cell_contents = 42
    return g(), a
print(writable())

# syntax errors around nonlocal
for src in ["nonlocal x", "def f():\n    nonlocal x", "def f(x):\n    def g(x):\n        nonlocal x",
            "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x",
            "class C:\n    nonlocal y"]:
    try:
        compile(src, '<src>', 'exec')
        print(repr(src), 'ok')
    except SyntaxError as e:
        print(repr(src), '->', e.msg)
