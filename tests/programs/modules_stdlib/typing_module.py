"""typing: runtime behaviour of generics, TypeVar, Protocol (runtime_checkable), NamedTuple, TypedDict, Literal, Optional/Union reprs, get_type_hints, overload, cast."""

import typing
from typing import Any, Callable, Generic, Literal, NamedTuple, Optional, Protocol, TypedDict, TypeVar, Union

T = TypeVar('T')
N = TypeVar('N', int, float)
B = TypeVar('B', bound=str)
print(T, N.__constraints__, B.__bound__, T.__name__, repr(typing.AnyStr))
print(Optional[int], Union[int, str], Union[int, None] == Optional[int], Union[int, int], Union[str, Union[int, bytes]], typing.List[int], typing.Dict[str, list[int]])
print(Callable[[int, str], bool], Callable[..., None], Literal['a', 1], typing.Tuple[int, ...], typing.Type[int], typing.Set, typing.FrozenSet[int])
print(typing.get_origin(list[int]), typing.get_args(dict[str, int]), typing.get_origin(Union[int, str]), typing.get_args(Optional[int]), typing.get_origin(Literal['x']))

class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: list[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
s = Stack[int]()
s.push(1)
print(s.pop(), Stack[int], Stack.__parameters__, Stack[str].__args__, typing.get_origin(Stack[int]) is Stack)

class Point(NamedTuple):
    x: int
    y: int = 0
    def norm(self) -> int:
        return abs(self.x) + abs(self.y)
p = Point(3, -4)
print(p, p.norm(), Point._fields, Point.__annotations__, p._replace(y=1), isinstance(p, tuple))

class Movie(TypedDict, total=False):
    title: str
    year: int
m: Movie = {'title': 'Blade Runner'}
print(m, sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__), type(m).__name__)

@typing.runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class File:
    def close(self): pass
print(isinstance(File(), Closable), isinstance(1, Closable), issubclass(File, Closable))
class NotRuntime(Protocol):
    def run(self) -> None: ...
try:
    isinstance(File(), NotRuntime)
except TypeError as e:
    print(type(e).__name__, e)

def greet(name: str, times: 'int' = 1, *, loud: Optional[bool] = None) -> str:
    return name * times
print(typing.get_type_hints(greet), greet.__annotations__['times'])
print(typing.cast(int, 'not really an int'), typing.cast('list[int]', [1]), typing.TYPE_CHECKING, typing.NewType('UserId', int)(5), typing.NewType('UserId', int))

@typing.overload
def process(x: int) -> int: ...
@typing.overload
def process(x: str) -> str: ...
def process(x):
    return x * 2
print(process(2), process('ab'))
try:
    Generic[int]
except TypeError as e:
    print(type(e).__name__, e)
try:
    Union[()]
except TypeError as e:
    print(type(e).__name__, e)
print(typing.Final, typing.ClassVar[int], typing.Annotated[int, 'meta'], typing.Self, typing.Never, typing.LiteralString, typing.Required[int])
print(typing.reveal_type(42))
print(typing.assert_never.__name__, typing.dataclass_transform()(lambda: 'decorated')())
