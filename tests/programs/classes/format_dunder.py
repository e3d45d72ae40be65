"""__format__, __str__, __repr__ interplay with format(), str(), repr(), f-strings and %-formatting."""

class Temp:
    def __init__(self, c): self.c = c
    def __format__(self, spec):
        if spec.endswith('F'):
            return format(self.c * 9 / 5 + 32, spec[:-1] + 'f') + '°F'
        if spec.endswith('C'):
            return format(self.c, spec[:-1] + 'f') + '°C'
        return format(self.c, spec)
    def __str__(self): return f'{self.c} degrees'
    def __repr__(self): return f'Temp({self.c!r})'

t = Temp(21.5)
print(format(t, '.1F'), format(t, '.0C'), format(t, ''), format(t, '>8'))
print(f'{t:.2F} | {t!s} | {t!r} | {t} | {t:6.1C}')
print('{0:.1F} {0!r} {0!s}'.format(t))
print('%s %r' % (t, t), str(t), repr(t))

# default __format__ delegates to str() only for empty spec
class Plain:
    def __str__(self): return 'plain-str'
    def __repr__(self): return 'plain-repr'
print(format(Plain()), f'{Plain()}', f'{Plain()!r}')
try:
    format(Plain(), '>10')
except TypeError as e:
    print(type(e).__name__, e)

# str falls back to repr
class OnlyRepr:
    def __repr__(self): return 'OnlyRepr()'
print(str(OnlyRepr()), f'{OnlyRepr()}', [OnlyRepr()], (OnlyRepr(),))

# containers always use repr of elements
class Both:
    def __str__(self): return 'STR'
    def __repr__(self): return 'REPR'
print([Both()], {1: Both()}, str([Both()]), f'{[Both()]}')

# __format__, __str__, __repr__ must return str
class BadFormat:
    def __format__(self, spec): return 42
class BadStr:
    def __str__(self): return b'bytes'
class BadRepr:
    def __repr__(self): return None
for expr in ["format(BadFormat())", "str(BadStr())", "repr(BadRepr())", "f'{BadFormat()}'", "print(BadStr())"]:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, '->', type(e).__name__, e)

# subclasses of str returned from __str__
class MyStr(str): pass
class ReturnsMyStr:
    def __str__(self): return MyStr('subclass')
s = str(ReturnsMyStr())
print(s, type(s).__name__)

# format spec passed through nested fields
class Echo:
    def __format__(self, spec): return f'[{spec}]'
width = 7
print(f'{Echo():>{width}.{width - 4}}', '{:abc{}}'.format(Echo(), 'def'), format(Echo(), 'xyz'))

# __format__ on builtin subclasses
class Money(float):
    def __format__(self, spec):
        return '$' + super().__format__(spec or ',.2f')
print(f'{Money(1234567.891)}', f'{Money(3):08.3f}', format(Money(2.5)))

# ascii() and !a
class Uni:
    def __repr__(self): return 'Ünï €'
print(ascii(Uni()), f'{Uni()!a}')
