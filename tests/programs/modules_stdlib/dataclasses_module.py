"""dataclasses: generated __init__/__repr__/__eq__, defaults and default_factory, frozen, order, field options, post_init, slots, kw_only, asdict/astuple/replace."""

import dataclasses
from dataclasses import dataclass, field

@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)
    secret: str = field(default='hidden', repr=False, compare=False)
    count: int = field(default=1, kw_only=True)

a = Item('pen', 1.5)
b = Item('pen', 1.5, secret='different')
print(a, a == b, a.tags is not Item('x').tags, Item('x', count=3))
print(dataclasses.asdict(a), dataclasses.astuple(a), dataclasses.replace(a, price=2.0))
print([f.name for f in dataclasses.fields(Item)], dataclasses.is_dataclass(a), dataclasses.is_dataclass(Item), Item.__match_args__)

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
vs = [Version(1, 2), Version(0, 9, 9), Version(1, 2, 1), Version(1)]
print(sorted(vs), Version(1, 2) < Version(1, 10), hash(Version(1)) == hash(Version(1, 0, 0)))
try:
    vs[0].major = 5
except dataclasses.FrozenInstanceError as e:
    print(type(e).__name__, e)

@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False)
    def __post_init__(self):
        self.area = self.w * self.h
print(Rect(2, 3), Rect(2, 3) == Rect(2, 3))

@dataclass(slots=True)
class Slotted:
    x: int
    y: int = 2
s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, '__dict__'))

@dataclass
class Base:
    x: int
    y: int = 10
@dataclass
class Derived(Base):
    z: int = 20
    x: int = 5
print(Derived(), Derived(1, 2, 3), [f.name for f in dataclasses.fields(Derived)])

@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int
print(Options(level=3))
try:
    Options(3)
except TypeError as e:
    print(type(e).__name__, e)

# errors at class creation
for src in ["@dataclass\nclass Bad:\n    x: int = 0\n    y: int\n", "@dataclass\nclass Bad:\n    items: list = []\n",
            "@dataclass(frozen=True)\nclass F:\n    x: int\n@dataclass\nclass G(F):\n    y: int = 0\n"]:
    try:
        exec(src, {'dataclass': dataclass})
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

Point = dataclasses.make_dataclass('Point', [('x', int), ('y', int, field(default=0))], namespace={'norm': lambda self: abs(self.x) + abs(self.y)})
print(Point(3, -4), Point(3, -4).norm())
print(type(dataclasses.MISSING).__name__, Item.__dataclass_params__.frozen, Version.__dataclass_params__.order)
