"""Class patterns: positional via __match_args__, keyword attributes, builtin types matching self, errors."""

class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y

class Circle:
    __match_args__ = ('center', 'radius')
    def __init__(self, center, radius):
        self.center, self.radius = center, radius

def where(obj):
    match obj:
        case Point(0, 0):
            return 'origin'
        case Point(x, 0):
            return f'on x-axis at {x}'
        case Point(0, y=yy):
            return f'on y-axis at {yy}'
        case Circle(Point(x, y), radius=r) if r > 10:
            return f'big circle at ({x}, {y})'
        case Circle(center=Point(), radius=r):
            return f'circle r={r}'
        case Point():
            return 'some other point'
        case _:
            return 'unknown'

for o in [Point(0, 0), Point(3, 0), Point(0, 4), Point(1, 1), Circle(Point(1, 2), 20), Circle(Point(0, 0), 1), 'str']:
    print(where(o))

# builtin types match the subject itself with one positional pattern
def kind(v):
    match v:
        case bool(b):
            return f'bool {b}'
        case int(i):
            return f'int {i}'
        case float(f) | (complex() as f):
            return f'number {f}'
        case str() as s if not s:
            return 'empty string'
        case str(s):
            return f'str {s!r}'
        case list([x, *_]):
            return f'list starting {x}'
        case dict(d):
            return f'dict with {len(d)}'
        case tuple() | frozenset() | set():
            return f'collection {type(v).__name__}'
        case bytes(b) | bytearray(b):
            return f'binary {b!r}'
        case _:
            return 'other'
for v in [True, 7, 2.5, 1j, '', 'hi', [9, 8], {}, (), frozenset(), {1}, b'x', bytearray(b'y'), None, []]:
    print(repr(v), '->', kind(v))

# attribute lookups that fail just mean no match
class Empty: pass
match Empty():
    case Empty(missing=1):
        print('should not match')
    case Empty():
        print('matched Empty without attributes')

# errors
class NoMatchArgs:
    def __init__(self): self.a = 1
for src, obj in [("case NoMatchArgs(1)", NoMatchArgs()), ("case Point(1, 2, 3)", Point(1, 2)),
                 ("case Point(1, x=1)", Point(1, 2)), ("case int(1, 2)", 1), ("case bad_class()", 1)]:
    code = f"match obj:\n    {src}:\n        pass"
    try:
        exec(code, {'obj': obj, 'NoMatchArgs': NoMatchArgs, 'Point': Point, 'bad_class': 5})
        print(src, '-> no error')
    except TypeError as e:
        print(src, '->', type(e).__name__, e)

# __match_args__ must be a tuple
class BadArgs:
    __match_args__ = ['x']
    x = 1
try:
    match BadArgs():
        case BadArgs(1):
            pass
except TypeError as e:
    print(type(e).__name__, e)

# dataclasses generate __match_args__
import dataclasses
@dataclasses.dataclass
class Item:
    name: str
    qty: int = 0
print(Item.__match_args__)
match Item('apple', 3):
    case Item(name, qty=q) if q > 1:
        print(f'{q} x {name}')
