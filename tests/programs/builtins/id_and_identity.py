"""id(): stable for an object's lifetime, distinct for live objects, consistent with 'is' (values never printed)."""

a = [1, 2]
b = a
c = [1, 2]
print(id(a) == id(b), id(a) == id(c), (id(a) == id(c)) == (a is c), type(id(a)).__name__, id(a) > 0)

objs = [object() for _ in range(100)]
print(len({id(o) for o in objs}) == 100)
print(id(objs[0]) == id(objs[0]), all(id(o) == id(o) for o in objs))

class K:
    pass
k = K()
before = id(k)
k.attr = 'mutating does not change identity'
k.__dict__.update(x=1)
print(id(k) == before)

lst = []
before = id(lst)
lst += [1, 2]
lst.append(3)
print(id(lst) == before)
t = (1,)
before_t = id(t)
t += (2,)
print(id(t) == before_t)

# id of singletons is constant
print(id(None) == id(None), id(True) == id(1 == 1), id(...) == id(Ellipsis), id(NotImplemented) == id(NotImplemented))

# builtin types and functions keep their identity
print(id(len) == id(len), id(int) == id(type(5)), id(str.upper) == id(str.__dict__['upper']))

try:
    id()
except TypeError as e:
    print(type(e).__name__, e)
