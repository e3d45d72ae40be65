"""C3 method resolution order: diamonds, complex hierarchies, mro(), and inconsistent-hierarchy TypeErrors."""

def names(cls):
    return ' '.join(c.__name__ for c in cls.__mro__)

class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
print(names(Z))

# diamond
class Base:
    def who(self): return ['Base']
class Left(Base):
    def who(self): return ['Left'] + super().who()
class Right(Base):
    def who(self): return ['Right'] + super().who()
class Bottom(Left, Right):
    def who(self): return ['Bottom'] + super().who()
print(names(Bottom), Bottom().who())
print(Bottom.mro() == list(Bottom.__mro__), type(Bottom.mro()).__name__)

# order of bases matters
class BL(Right, Left): pass
print(names(BL))

# inconsistent hierarchies
def attempt(label, bases):
    try:
        cls = type(label, bases, {})
        print(label, 'ok:', names(cls))
    except TypeError as e:
        print(label, '->', type(e).__name__, e)

class X: pass
class Y: pass
class XY(X, Y): pass
class YX(Y, X): pass
attempt('P', (XY, YX))
attempt('Q', (X, XY))
attempt('R', (XY, X))
attempt('S', (A, A))
attempt('T', (object, X))
attempt('U', (Left, Base, Right))
attempt('V', (K1, K3))

# a metaclass can customise mro()
class ReverseMeta(type):
    def mro(cls):
        default = super().mro()
        return [default[0]] + list(reversed(default[1:-1])) + [object]
class P1:
    def f(self): return 'P1'
class P2:
    def f(self): return 'P2'
class Rev(P1, P2, metaclass=ReverseMeta): pass
print(names(Rev), Rev().f())

# attribute lookup follows the mro
class M1:
    attr = 'M1'
class M2(M1): pass
class M3(M1):
    attr = 'M3'
class M4(M2, M3): pass
print(M4.attr, names(M4))

# __bases__ can be reassigned when layouts are compatible
class NewBase:
    attr = 'new base'
M2.__bases__ = (NewBase,)
print(names(M2), M2.attr, names(M4))
try:
    M1.__bases__ = (M4,)
except TypeError as e:
    print(type(e).__name__, e)
