"""Annotated assignment statements and __annotations__ in modules, classes and functions."""

x: int = 5
y: 'list[str]'
z: dict[str, int] = {}
print(x, z)
print('y' in globals())
print(__annotations__)

class Point:
    x: int
    y: int = 0
    label: str = 'origin'
    def method(self) -> None: pass

print(Point.__annotations__)
print(hasattr(Point, 'x'), Point.y, Point.label)

def f(a: int, b: 'str' = 'x', *args: float, c: bool = True, **kw: object) -> tuple:
    local_var: int = 1
    return a, b
print(f.__annotations__)

def g(): pass
print(g.__annotations__)

# annotation expressions are evaluated at definition time
calls = []
def ann(v):
    calls.append(v)
    return v
value: ann('module level') = 10
class C:
    attr: ann('class level')
def h(p: ann('param')) -> ann('return'):
    inner: ann('never evaluated') = 1
print(calls)

# annotated targets can be attributes and subscripts (not recorded)
class NS: pass
ns = NS()
ns.attr: int = 3
d = {}
d['k']: str = 'v'
(paren): int = 7
print(ns.attr, d, paren)
print(sorted(__annotations__))

# annotations on lambdas are not allowed, but __annotations__ may be assigned
g.__annotations__ = {'return': int}
print(g.__annotations__)
try:
    g.__annotations__ = 5
except TypeError as e:
    print(type(e).__name__, e)
