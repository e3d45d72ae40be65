"""reversed(): sequences, __reversed__, __len__+__getitem__ fallback, dict and views, exhaustion, and errors."""

print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed((1, 2))), list(reversed(range(5))), list(reversed(range(0, 10, 3))))
print(list(reversed({'a': 1, 'b': 2})), list(reversed({'a': 1}.values())), list(reversed({'a': 1, 'b': 2}.items())), list(reversed(b'xyz')))
r = reversed([1, 2, 3])
print(type(r).__name__, next(r), list(r), list(r))
print(type(reversed(range(3))).__name__, type(reversed('ab')).__name__, type(reversed({})).__name__)

class Seq:
    def __len__(self): return 3
    def __getitem__(self, i): return 'abc'[i]
print(list(reversed(Seq())))
class Custom:
    def __reversed__(self): return iter(['custom'])
print(list(reversed(Custom())))
class NoneReversed:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i

for obj in [{1, 2}, iter([1]), 5, (x for x in []), NoneReversed(), frozenset()]:
    try:
        reversed(obj)
    except TypeError as e:
        print(type(obj).__name__, '->', type(e).__name__, e)
