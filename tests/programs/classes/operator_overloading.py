"""Binary operator overloading: forward, reflected, in-place, NotImplemented, subclass priority."""

class Vec:
    def __init__(self, *c): self.c = tuple(c)
    def __repr__(self): return f'Vec{self.c}'
    def _coerce(self, other):
        if isinstance(other, Vec):
            return other.c
        if isinstance(other, (int, float)):
            return (other,) * len(self.c)
        return None
    def __add__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        return Vec(*(a + b for a, b in zip(self.c, o)))
    __radd__ = __add__
    def __sub__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        return Vec(*(a - b for a, b in zip(self.c, o)))
    def __rsub__(self, other):
        o = self._coerce(other)
        return Vec(*(b - a for a, b in zip(self.c, o)))
    def __mul__(self, k):
        if not isinstance(k, (int, float)):
            return NotImplemented
        return Vec(*(a * k for a in self.c))
    def __rmul__(self, k):
        return self * k
    def __matmul__(self, other):
        return sum(a * b for a, b in zip(self.c, other.c))
    def __truediv__(self, k): return Vec(*(a / k for a in self.c))
    def __floordiv__(self, k): return Vec(*(a // k for a in self.c))
    def __mod__(self, k): return Vec(*(a % k for a in self.c))
    def __divmod__(self, k): return (self // k, self % k)
    def __rdivmod__(self, k): return ('rdivmod', k)
    def __pow__(self, k, mod=None):
        return Vec(*(pow(a, k, mod) for a in self.c))
    def __rpow__(self, base): return ('rpow', base)
    def __neg__(self): return Vec(*(-a for a in self.c))
    def __abs__(self): return sum(a * a for a in self.c) ** 0.5
    def __iadd__(self, other):
        self.c = (self + other).c
        return self

v = Vec(1, 2)
w = Vec(3, 4)
print(v + w, v + 1, 1 + v, v - w, 10 - v, v * 3, 3 * v, v @ w, v / 2, v // 2, v % 2)
print(divmod(v, 2), divmod(5, v), v ** 2, pow(v, 3, 5), 2 ** v, -v, abs(w))
original = v
v += w
print(v, v is original)
v -= 1                 # no __isub__: falls back to __sub__, new object
print(v, v is original)

for expr in ["v * v", "'a' + v", "v + 'a'", "v @ 1", "[] - v"]:
    try:
        print(expr, eval(expr))
    except (TypeError, AttributeError) as e:
        print(expr, '->', type(e).__name__, e)

# reflected method of a subclass is tried first
class Base:
    def __add__(self, other): return 'Base.__add__'
    def __radd__(self, other): return 'Base.__radd__'
class Sub(Base):
    def __add__(self, other): return 'Sub.__add__'
    def __radd__(self, other): return 'Sub.__radd__'
print(Base() + Sub(), Sub() + Base(), Base() + Base())

# subclass priority only if it overrides the reflected method
class SubNoOverride(Base): pass
print(Base() + SubNoOverride())

# both sides return NotImplemented
class Never:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return NotImplemented
try:
    Never() + Never()
except TypeError as e:
    print(type(e).__name__, e)

# reflected operand for builtin types with user class on the left
class Meters:
    def __init__(self, v): self.v = v
    def __rmul__(self, k): return Meters(self.v * k)
    def __repr__(self): return f'{self.v}m'
print(3 * Meters(2), [1] * 2, 2.5 * Meters(4))

# in-place operators: all of them
class Acc:
    def __init__(self): self.ops = []
for name in ['iadd', 'isub', 'imul', 'imatmul', 'itruediv', 'ifloordiv', 'imod', 'ipow',
             'ilshift', 'irshift', 'iand', 'ixor', 'ior']:
    def make(n):
        def m(self, other):
            self.ops.append(n)
            return self
        return m
    setattr(Acc, f'__{name}__', make(name))
a = Acc()
a += 1; a -= 1; a *= 1; a @= 1; a /= 1; a //= 1; a %= 1; a **= 1
a <<= 1; a >>= 1; a &= 1; a ^= 1; a |= 1
print(a.ops)

# NotImplemented in a boolean context is deprecated but truthy
import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    print(bool(NotImplemented), caught[0].category.__name__, caught[0].message)
