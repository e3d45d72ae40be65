"""isinstance/issubclass: tuples, unions, __instancecheck__/__subclasscheck__ on metaclasses, __subclasshook__, errors."""

class A: pass
class B(A): pass
class C: pass

print(isinstance(B(), A), isinstance(A(), B), isinstance(B(), (C, A)), isinstance(1, (str, (float, (int,)))))
print(issubclass(B, A), issubclass(A, B), issubclass(B, B), issubclass(bool, int), issubclass(int, object))
print(isinstance(1, int | str), issubclass(bool, int | None), isinstance(None, type(None)))
print(isinstance(A, type), isinstance(type, type), isinstance(type, object), isinstance(object, type))

class Meta(type):
    def __instancecheck__(cls, obj):
        print('  __instancecheck__', type(obj).__name__)
        return hasattr(obj, 'quack')
    def __subclasscheck__(cls, sub):
        print('  __subclasscheck__', sub.__name__)
        return hasattr(sub, 'quack')
class Duck(metaclass=Meta): pass
class Mallard:
    def quack(self): pass
print(isinstance(Mallard(), Duck), isinstance(5, Duck), issubclass(Mallard, Duck), issubclass(int, Duck))
print(isinstance(Duck(), Duck))     # exact type match short-circuits without calling the hook

# __subclasshook__ with abc
import abc
class Sized(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if any('__len__' in K.__dict__ for K in C.__mro__):
            return True
        return NotImplemented
print(isinstance([], Sized), isinstance(5, Sized), issubclass(dict, Sized))

# register virtual subclasses
class Shape(abc.ABC): pass
class Square: pass
Shape.register(Square)
print(issubclass(Square, Shape), isinstance(Square(), Shape), Square.__mro__ == (Square, object))

# __class__ property fools isinstance
class Pretender:
    @property
    def __class__(self):
        return int
print(isinstance(Pretender(), int), type(Pretender()).__name__)

# errors
for expr in ["isinstance(1, 1)", "isinstance(1, (int, 'x'))", "issubclass(1, int)", "issubclass(int, 1)", "issubclass(int, (int, 2))", "isinstance(1, list[int])"]:
    try:
        print(expr, eval(expr))
    except TypeError as e:
        print(expr, '->', type(e).__name__, e)

# __bases__ on any object makes issubclass work on it
class FakeClass:
    __bases__ = ()
try:
    print(issubclass(FakeClass(), FakeClass()))
except TypeError as e:
    print(type(e).__name__, e)

# deep tuple nesting
nested = (str,)
for _ in range(50):
    nested = (nested, bytes)
print(isinstance('x', nested), isinstance(3, nested))
