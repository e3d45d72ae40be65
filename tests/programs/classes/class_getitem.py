"""__class_getitem__ and generic aliases: list[int], dict[str, int], user classes, and typing-style usage."""

print(list[int], dict[str, list[int]], tuple[int, ...], type[int])
alias = list[int]
print(type(alias).__name__, alias.__origin__, alias.__args__, alias() == [], alias is list)
print(isinstance([], list), list[int]('ab'))
try:
    isinstance([], list[int])
except TypeError as e:
    print(type(e).__name__, e)

class Box:
    def __class_getitem__(cls, item):
        return f'{cls.__name__}[{item!r}]'
print(Box[int], Box['x'], Box[1, 2])

# __class_getitem__ is implicitly a classmethod
print(type(Box.__dict__['__class_getitem__']).__name__)

# metaclass __getitem__ takes precedence
class Meta(type):
    def __getitem__(cls, item):
        return ('meta getitem', item)
class WithMeta(metaclass=Meta):
    def __class_getitem__(cls, item):
        return ('class getitem', item)
print(WithMeta[0])

# instances don't use __class_getitem__
try:
    Box()[0]
except TypeError as e:
    print(type(e).__name__, e)

# classes without it are not subscriptable
class Plain: pass
try:
    Plain[int]
except TypeError as e:
    print(type(e).__name__, e)

# builtin generic aliases compare and hash
print(list[int] == list[int], list[int] == list[str], hash(list[int]) == hash(list[int]))
print(dict[str, int].__args__, list[int].__parameters__)
print(repr(list[list[int]]), repr(dict[str, None]))

# union types with |
u = int | str
print(u, type(u).__name__, isinstance(3, u), isinstance('a', u), isinstance(1.0, u))
print(int | None, (int | str) == (str | int), u.__args__)
try:
    int | 3
except TypeError as e:
    print(type(e).__name__, e)

# user generics via typing.Generic
from typing import Generic, TypeVar
T = TypeVar('T')
class Stack(Generic[T]):
    def __init__(self): self.items = []
    def push(self, x: T): self.items.append(x)
s = Stack[int]()
s.push(1)
print(s.items, Stack[int], Stack[int].__origin__ is Stack, T)
