"""len() of every builtin container and user objects with __len__, plus its errors and size limits."""

import collections
objs = ['', 'abc', '😀x', b'ab', bytearray(3), memoryview(b'abcd'), [], [1, [2, 3]], (), (1,), {}, {'a': 1}, set(), {1, 2, 2},
        frozenset('aab'), range(10), range(0, 100, 7), range(10, 0), {}.keys(), {'a': 1}.items(), collections.deque([1, 2]),
        collections.OrderedDict(a=1), collections.Counter('aab'), collections.defaultdict(int)]
for o in objs:
    print(type(o).__name__, len(o))

class Box:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
print(len(Box(0)), len(Box(2 ** 62)), bool(Box(0)), bool(Box(1)))
class Truthy(int): pass
class LenReturnsSubclass:
    def __len__(self): return Truthy(5)
print(len(LenReturnsSubclass()), type(len(LenReturnsSubclass())).__name__)

for obj in [Box(-1), Box(2 ** 63), 5, None, iter([1]), (x for x in []), 1.5]:
    try:
        len(obj)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(obj).__name__, '->', type(e).__name__, e)
class LenStr:
    def __len__(self): return '3'
try:
    len(LenStr())
except TypeError as e:
    print(type(e).__name__, e)
print(len(range(-2 ** 61, 2 ** 61)))
try:
    len(range(2 ** 64))
except OverflowError as e:
    print(type(e).__name__, e)
