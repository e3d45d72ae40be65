"""Methods as descriptors: __get__ on functions, method equality and identity, __func__/__self__, method caching."""

class K:
    def m(self, x=0): return ('m', type(self).__name__, x)

k1, k2 = K(), K()
print(K.m(k1, 1), k1.m(2), K.__dict__['m'].__get__(k2)(3))
print(k1.m == k1.m, k1.m is k1.m, k1.m == k2.m, hash(k1.m) == hash(k1.m))
print(k1.m.__func__ is K.m, k1.m.__self__ is k1, k1.m.__name__, k1.m.__doc__)

# bound method attribute access forwards to the function
K.m.tag = 'tagged'
print(k1.m.tag)
try:
    k1.m.tag = 'x'
except AttributeError as e:
    print(type(e).__name__, e)

# method objects keep their instance alive and can be stored
ms = [K().m for _ in range(3)]
print([m(i)[2] for i, m in enumerate(ms)])

# builtin methods
lst = [3, 1, 2]
sort = lst.sort
sort()
print(lst, sort.__self__ is lst, sort.__name__, type(list.sort).__name__, type(sort).__name__)
print(list.append.__get__(lst)(9), lst)
print(type(dict.__dict__['fromkeys']).__name__, type(dict.fromkeys).__name__)

# slot wrappers and method-wrappers
print(type(int.__add__).__name__, type((5).__add__).__name__, (5).__add__(3), int.__add__(5, 3))
print((5).__add__('x'), type(object.__init__).__name__)
print(type(object.__dict__['__class__']).__name__, type(list.__dict__['append']).__name__)

# unbound method type checks
try:
    list.append((1, 2), 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    str.upper(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int.__add__('a', 1)
except TypeError as e:
    print(type(e).__name__, e)

# __get__ on a function with instance None in 3.11 returns the function itself
def free(self): return self
print(free.__get__(None, K) is free, free.__get__(5)(), free.__get__(5, int)())

# method of a class with __eq__ compares __self__ by identity (3.8+)
class Eq:
    def __eq__(self, o): return True
    __hash__ = object.__hash__
    def m(self): pass
print(Eq().m == Eq().m)
