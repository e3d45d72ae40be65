"""dataclasses advanced: field metadata, InitVar, ClassVar, inheritance with defaults, eq=False, unsafe_hash, frozen with __post_init__, fields()."""

import dataclasses
from dataclasses import dataclass, field, InitVar
from typing import ClassVar

@dataclass
class Inventory:
    unit_price: float
    quantity: int = 0
    tags: list = field(default_factory=list, metadata={'doc': 'free-form labels'})
    discount: InitVar[float] = 0.0
    total: float = field(init=False, repr=True)
    instances: ClassVar[int] = 0
    def __post_init__(self, discount):
        self.total = self.unit_price * self.quantity * (1 - discount)
        Inventory.instances += 1

a = Inventory(2.0, 5, discount=0.1)
print(a, Inventory.instances, [f.name for f in dataclasses.fields(a)], dataclasses.fields(Inventory)[2].metadata['doc'])
print(dataclasses.asdict(a), 'discount' in dataclasses.asdict(a), Inventory.__init__.__code__.co_varnames[:5])

@dataclass(eq=False)
class Identity:
    value: int
print(Identity(1) == Identity(1), Identity(1).__eq__(Identity(1)), hash(Identity(1)) is not None)

@dataclass(unsafe_hash=True)
class Key:
    a: int
    b: str = field(compare=False)
print(hash(Key(1, 'x')) == hash(Key(1, 'y')), Key(1, 'x') == Key(1, 'y'), len({Key(1, 'x'), Key(1, 'y')}))

@dataclass(frozen=True)
class Normalized:
    name: str
    def __post_init__(self):
        object.__setattr__(self, 'name', self.name.strip().lower())
n = Normalized('  MiXeD  ')
print(n, hash(n) == hash(Normalized('mixed')))

@dataclass
class Animal:
    name: str
    sound: str = '...'
@dataclass
class Dog(Animal):
    sound: str = 'woof'
    tricks: tuple = ()
print(Dog('rex'), Dog('rex', tricks=('sit',)), [(f.name, 'MISSING' if f.default is dataclasses.MISSING else f.default) for f in dataclasses.fields(Dog)])

@dataclass(order=True)
class Task:
    priority: int
    name: str = field(compare=False)
print(sorted([Task(3, 'c'), Task(1, 'a'), Task(2, 'b')]), Task(1, 'x') == Task(1, 'y'), max(Task(1, 'a'), Task(5, 'e')).name)
print(dataclasses.astuple(Dog('a', tricks=(1, [2]))), dataclasses.replace(n, name='OTHER'))
try:
    dataclasses.replace(a, total=1)
except ValueError as e:
    print(type(e).__name__, e)
