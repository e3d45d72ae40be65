"""Edge cases of match: subject evaluation, strings vs sequences, tuple subclasses, __match_args__ inheritance, guards with side effects."""

import collections

Point = collections.namedtuple('Point', 'x y')
def where(p):
    match p:
        case Point(x=0, y=0):
            return 'origin'
        case Point(0, y):
            return f'y-axis {y}'
        case (x, 0):
            return f'x-axis {x} (plain tuple pattern)'
        case _:
            return 'elsewhere'
print([where(p) for p in [Point(0, 0), Point(0, 5), Point(3, 0), (7, 0), [8, 0], Point(1, 1)]], Point.__match_args__)

class Base:
    __match_args__ = ('a',)
    def __init__(self, a, b=None): self.a, self.b = a, b
class Derived(Base):
    __match_args__ = ('a', 'b')
def check(obj):
    match obj:
        case Derived(1, 2):
            return 'Derived(1, 2)'
        case Base(1):
            return 'Base(1)'
        case Base():
            return 'some Base'
print(check(Derived(1, 2)), check(Derived(1, 3)), check(Base(1)), check(Base(2)))

for subject in ['ab', b'ab', bytearray(b'ab'), ['a', 'b'], ('a', 'b'), 'a']:
    match subject:
        case [x, y]:
            result = f'sequence of two: {x!r}, {y!r}'
        case str() | bytes() | bytearray():
            result = f'text-like {type(subject).__name__}'
        case _:
            result = 'other'
    print(repr(subject), '->', result)

calls = []
def guard(label, value):
    calls.append(label)
    return value
match [1, 2, 3]:
    case [1, *rest] if guard('first', False):
        pass
    case [a, b, c] if guard('second', a + b == c):
        print('matched second case with', a, b, c, 'guards evaluated:', calls)

match {'a': 1, 'b': 2}:
    case {'a': 1, **rest} if not rest:
        print('no extra keys')
    case {'a': 1, **rest}:
        print('extra keys', rest)

match 0.0:
    case 0:
        print('0.0 matches the literal 0 (equality)')
match -0.0:
    case 0.0:
        print('-0.0 matches 0.0')
match float('nan'):
    case x if x != x:
        print('nan matched by a guard')
