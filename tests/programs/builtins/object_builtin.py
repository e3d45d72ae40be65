"""object(): the root class — default methods (__eq__, __ne__, __hash__, __repr__ shape, __format__, __init_subclass__), and limits."""

o = object()
print(type(o).__name__, o == o, o != o, o == object(), o.__eq__(o), o.__eq__(1), o.__ne__(1), o.__lt__(o))
print(hash(o) == hash(o), type(hash(o)).__name__, repr(o).startswith('<object object at 0x'), str(o) == repr(o))
print(format(o, '') == str(o))
try:
    format(o, 'x')
except TypeError as e:
    print(type(e).__name__, e)
print(object.__bases__, object.__mro__, object.__base__, type(object.__dict__).__name__)
print(sorted(k for k in object.__dict__))
print(object.__init_subclass__() is None, object.__subclasshook__(int))

class Plain:
    pass
p = Plain()
print(p.__class__ is Plain, p.__module__, p.__dict__, p.__doc__, Plain.__doc__, p.__reduce_ex__(2)[0].__name__)
print(object.__getattribute__(p, '__class__') is Plain, object.__dir__(p) == dir(p) or sorted(object.__dir__(p)) == dir(p))
object.__setattr__(p, 'x', 1)
print(p.x, object.__getattribute__(p, 'x'))
object.__delattr__(p, 'x')
print(hasattr(p, 'x'))

for src in ["object(1)", "object(x=1)", "o.x = 1", "object.__new__(1)", "object.__setattr__(1, 'a', 1)", "object.__init__(o, 1)"]:
    try:
        exec(src)
    except (TypeError, AttributeError) as e:
        print(src, '->', type(e).__name__, e)
