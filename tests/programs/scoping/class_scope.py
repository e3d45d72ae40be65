"""Class bodies as scopes: name resolution, methods cannot see class names, comprehensions in class bodies."""

x = 'global x'

class A:
    x = 'class x'
    y = x + ' (read in body)'
    def method(self):
        return x                 # the global, not the class attribute
    def method2(self):
        return self.x
    z = [x for _ in range(1)]    # the comprehension does not see class x... except the first iterable
    w = [c for c in x]           # first iterable is evaluated in class scope

print(A.y, A().method(), A().method2(), A.z, ''.join(A.w))

def f():
    x = 'function x'
    class B:
        print('in body x =', x)  # closes over function x
        x = 'B x'
        print('after assignment x =', x)
        def m(self):
            return x             # the function's x, not B's
    return B
B = f()
print(B.x, B().m())

def g():
    v = 'enclosing'
    class C:
        v = 'class-level'
        def get(self):
            return v
        got_in_body = v
    return C().get(), C.got_in_body
print(g())

# class body reading a name that is also assigned later uses global then local
name = 'global name'
class D:
    first = name
    name = 'class name'
    second = name
print(D.first, D.second)

# locals() in a class body is the class namespace
class E:
    a = 1
    b = 2
    keys = sorted(k for k in locals() if not k.startswith('__'))
print(E.keys)

# __qualname__ and nested classes
class Outer:
    class Inner:
        class Deep:
            def meth(self): pass
print(Outer.Inner.__qualname__, Outer.Inner.Deep.__qualname__, Outer.Inner.Deep.meth.__qualname__)
def factory():
    class Local: pass
    return Local
print(factory().__qualname__)

# __class__ cell available in methods
class F:
    def which(self):
        return __class__.__name__
class G(F): pass
print(G().which())

# class namespace lookups are dynamic (a dict), function locals are not
class H:
    exec('dyn = 5')
print(H.dyn)

# name error in class body
try:
    class Bad:
        value = undefined_in_class
except NameError as e:
    print(type(e).__name__, e)
