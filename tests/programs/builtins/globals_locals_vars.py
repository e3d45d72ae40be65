"""globals(), locals(), vars(): module namespace contents, function locals, vars() of objects/classes/modules."""

module_level = 'global value'
g = globals()
print(g['module_level'], g['__name__'], '__builtins__' in g, g is globals(), sorted(k for k in g if k.startswith('__')))
g['created_via_globals'] = 5
print(created_via_globals)

def func(a, b=2, *args, **kw):
    c = a + b
    return sorted(locals().items())
print(func(1), func(1, 3, 4, x=5))

class Point:
    dims = 2
    def __init__(self, x, y):
        self.x, self.y = x, y
p = Point(1, 2)
print(vars(p), vars(p) is p.__dict__, sorted(k for k in vars(Point) if not k.startswith('__')), type(vars(Point)).__name__)
vars(p)['z'] = 3
print(p.z)

import types
mod = types.ModuleType('made_up', 'doc string')
mod.value = 1
print(sorted(vars(mod).items()))

for obj in [5, 'str', [1], None]:
    try:
        vars(obj)
    except TypeError as e:
        print(type(obj).__name__, '->', type(e).__name__, e)

class Slotted:
    __slots__ = ('a',)
try:
    vars(Slotted())
except TypeError as e:
    print(type(e).__name__, e)

try:
    vars(p, p)
except TypeError as e:
    print(type(e).__name__, e)
print(vars() is locals(), sorted(k for k in vars() if k in ('p', 'g', 'func')))
