"""locals() and vars() in functions: snapshots, writes that do not affect locals, and frame-visible names."""

def f(a, b=2):
    c = a + b
    snap = locals()
    print(sorted(snap.items()))
    snap['c'] = 'modified'
    print('c after writing to the snapshot:', c)
    d = 4
    print(sorted(locals()))
    return snap

s = f(1)
print(sorted(s))

def with_closure():
    x = 1
    def inner():
        y = 2
        return sorted(locals().items())   # includes free variable x once referenced
        x
    return inner()
print(with_closure())

def cell_owner():
    z = 'cell'
    def use(): return z
    return sorted(locals())
print(cell_owner())

# vars() without arguments equals locals()
def v():
    q = 1
    return vars() == locals(), sorted(vars())
print(v())

# module-level locals() is globals()
print(locals() is globals(), vars() is globals())

# exec in a function cannot create real locals
def exec_local():
    exec('newvar = 5')
    try:
        return newvar
    except NameError as e:
        return f'{type(e).__name__}: {e}'
print(exec_local())

# but it can read them and write into an explicit dict
def exec_dict():
    ns = {}
    exec('newvar = 5', globals(), ns)
    return ns
print(exec_dict())

# except-clause variable is deleted at the end of the handler
def except_name():
    e = 'before'
    try:
        1 / 0
    except ZeroDivisionError as e:
        pass
    return 'e' in locals()
print(except_name())

# the loop variable of a for remains bound after the loop
def loop_var():
    for k in range(3):
        pass
    return sorted(locals().items())
print(loop_var())
