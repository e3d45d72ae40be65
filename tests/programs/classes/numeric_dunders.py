"""Numeric conversion dunders: __int__, __float__, __complex__, __bool__, __round__, __trunc__, __floor__, __ceil__, __abs__."""

import math

class Num:
    def __init__(self, v): self.v = v
    def __int__(self): return int(self.v)
    def __float__(self): return float(self.v)
    def __complex__(self): return complex(self.v, 1)
    def __bool__(self): return self.v != 0
    def __round__(self, ndigits=None):
        return ('round', self.v, ndigits)
    def __trunc__(self): return ('trunc', self.v)
    def __floor__(self): return ('floor', self.v)
    def __ceil__(self): return ('ceil', self.v)
    def __abs__(self): return ('abs', self.v)
    def __neg__(self): return Num(-self.v)
    def __pos__(self): return ('pos', self.v)
    def __invert__(self): return ('invert', self.v)
    def __repr__(self): return f'Num({self.v})'

n = Num(3.7)
print(int(n), float(n), complex(n), bool(n), bool(Num(0)))
print(round(n), round(n, 2), math.trunc(n), math.floor(n), math.ceil(n), abs(n), -n, +n, ~n)

# float() falls back to __index__; int() falls back to __index__ then __trunc__
class OnlyIndex:
    def __index__(self): return 7
print(int(OnlyIndex()), float(OnlyIndex()), complex(OnlyIndex()))
class OnlyTrunc:
    def __trunc__(self): return 11
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(int(OnlyTrunc()), [x.category.__name__ for x in w])

# complex() falls back to __float__
class OnlyFloat:
    def __float__(self): return 2.5
print(complex(OnlyFloat()), float(OnlyFloat()))
try:
    int(OnlyFloat())
except TypeError as e:
    print(type(e).__name__, e)

# wrong return types
class BadInt:
    def __int__(self): return 'x'
class BadFloat:
    def __float__(self): return 1
class BadComplex:
    def __complex__(self): return 1.5
for expr in ["int(BadInt())", "float(BadFloat())", "complex(BadComplex())", "math.floor(object())", "round(object())", "abs('x')"]:
    try:
        print(expr, eval(expr))
    except TypeError as e:
        print(expr, '->', type(e).__name__, e)

# float subclass returned from __float__ is deprecated but accepted
class FloatSub(float): pass
class ReturnsFloatSub:
    def __float__(self): return FloatSub(1.5)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    r = float(ReturnsFloatSub())
    print(r, type(r).__name__, [x.category.__name__ for x in w])

# math functions use __float__ / __index__
class F:
    def __float__(self): return 16.0
print(math.sqrt(F()), math.log2(F()), math.factorial(OnlyIndex()), math.gcd(OnlyIndex(), 21))

# __round__ defaults
class R:
    def __round__(self, n=None): return f'ndigits={n}'
print(round(R()), round(R(), 3), round(R(), None))

# pow with three arguments dispatches only to __pow__
class P:
    def __pow__(self, e, m=None): return ('pow', e, m)
    def __rpow__(self, b, m=None): return ('rpow', b, m)
print(pow(P(), 2), pow(P(), 2, 5), P() ** 3, 2 ** P())
try:
    pow(2, P(), 5)
except TypeError as e:
    print(type(e).__name__, e)
