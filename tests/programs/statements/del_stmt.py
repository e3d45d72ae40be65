"""del statement: names, attributes, items, slices, target lists, and the errors it raises."""

x = 1
del x
try:
    x
except NameError as e:
    print(type(e).__name__, e)

a, b, c = 1, 2, 3
del a, (b, c)
print([n in globals() for n in 'abc'])

lst = list(range(10))
del lst[0]
del lst[-1]
print(lst)
del lst[1:3]
print(lst)
del lst[::2]
print(lst)
del lst[:]
print(lst)

d = {'a': 1, 'b': 2, 'c': 3}
del d['b']
print(d)
try:
    del d['zzz']
except KeyError as e:
    print('KeyError', e)

class Obj:
    cls_attr = 'class'
o = Obj()
o.inst = 1
del o.inst
print(hasattr(o, 'inst'))
try:
    del o.inst
except AttributeError as e:
    print('AttributeError', e)
try:
    del o.cls_attr
except AttributeError as e:
    print('AttributeError', e)
del Obj.cls_attr
print(hasattr(Obj, 'cls_attr'))

# custom __delitem__ / __delattr__
class Recorder:
    def __delitem__(self, k):
        print('delitem', k)
    def __delattr__(self, name):
        print('delattr', name)
r = Recorder()
del r[1:2, 'x']
del r.anything
del r[0], r.foo

# local del makes the name unbound
def f():
    y = 5
    del y
    try:
        return y
    except UnboundLocalError as e:
        return f'{type(e).__name__}: {e}'
print(f())

def g():
    del undefined_local
    undefined_local = 1
try:
    g()
except UnboundLocalError as e:
    print(type(e).__name__, e)

def h():
    global gl
    gl = 10
    del gl
h()
print('gl' in globals())

# deleting a free variable from an inner function
def outer():
    v = 1
    def inner():
        nonlocal v
        del v
    inner()
    try:
        return v
    except NameError as e:
        return f'{type(e).__name__}: {e}'
print(outer())

# errors
for src in ["del (1)", "del [][0]", "del ()[0]", "t = (1, 2)\ndel t[0]", "s = 'abc'\ndel s[0]", "del undefined_global"]:
    try:
        exec(src, {})
    except Exception as e:
        print(repr(src), '->', type(e).__name__, e)
