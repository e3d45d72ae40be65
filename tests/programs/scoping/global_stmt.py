"""global declarations: reading, rebinding and creating module globals from functions and nested functions."""

counter = 0

def increment():
    global counter
    counter += 1
    return counter

print(increment(), increment(), counter)

def create_new_global():
    global brand_new
    brand_new = 'created inside function'
create_new_global()
print(brand_new)

def read_only():
    return counter * 10      # no declaration needed to read
print(read_only())

def shadow():
    counter = 'local'        # local shadows the global
    return counter
print(shadow(), counter)

def nested():
    def inner():
        global counter
        counter = 100
    inner()
    return counter
print(nested(), counter)

# global in a nested function skips enclosing function locals
x = 'global x'
def outer():
    x = 'outer x'
    def inner():
        global x
        return x
    return inner(), x
print(outer())

# global declared in a class body
class C:
    global from_class
    from_class = 'set in class body'
    attr = 'class attr'
print(from_class, hasattr(C, 'from_class'))

# global with for-loop target, import, def, class
def binds_everything():
    global loop_var, imported_mod, def_name, ClassName
    for loop_var in range(3):
        pass
    import math as imported_mod
    def def_name(): return 'def'
    class ClassName: pass
binds_everything()
print(loop_var, imported_mod.__name__, def_name(), ClassName.__name__)

# globals() dictionary reflects assignments
def via_globals():
    globals()['dynamic'] = 'via globals()'
via_globals()
print(dynamic)

# reading a global that was deleted
def read_deleted():
    return gone
gone = 1
del gone
try:
    read_deleted()
except NameError as e:
    print(type(e).__name__, e)

# syntax errors around global
for src in ["def f(a):\n    global a", "def f():\n    x = 1\n    global x",
            "def f():\n    print(x)\n    global x", "global q\nq = 1"]:
    try:
        compile(src, '<src>', 'exec')
        print(repr(src), 'ok')
    except SyntaxError as e:
        print(repr(src), '->', e.msg, e.lineno)
