"""Scopes inside exec/eval: separate globals and locals, class bodies via exec, closures over exec'd names, and comprehensions in exec."""

g = {'factor': 3}
l = {}
exec('a = 2\nb = factor * a\nres = [factor * i for i in range(3)]', g, l)
print(sorted(l.items()))

# with different globals and locals, a comprehension cannot see locals (it is a nested function)
g2, l2 = {}, {'n': 5}
try:
    exec('out = [n for _ in range(2)]', g2, l2)
except NameError as e:
    print(type(e).__name__, e)
exec('out = [k for k in range(n)]', g2, l2)   # but the first iterable is evaluated in the local scope
print(l2['out'])

# a class defined via exec gets its namespace from the locals mapping
ns = {}
exec('class K:\n    x = 1\n    y = x + 1\n', ns)
print(ns['K'].y)

# functions defined in exec close over exec globals
ns = {'base': 10}
exec('def add(v):\n    return base + v', ns)
ns['base'] = 100
print(ns['add'](1))

# eval sees the caller's scope by default
def f():
    local_name = 'from f'
    return eval('local_name'), eval('local_name.upper()')
print(f())

def g_func():
    hidden = 'x'
    try:
        return eval('[hidden for _ in range(1)]')
    except NameError as e:
        return f'{type(e).__name__}: {e}'
print(g_func())
