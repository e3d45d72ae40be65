"""frozenset: immutability, hashing, use as dict keys and set elements, algebra returning frozensets."""

f = frozenset([3, 1, 2, 3])
print(sorted(f), len(f), 2 in f, hash(f) == hash(frozenset({1, 2, 3})), f == {1, 2, 3})
print(type(f | {4}).__name__, type(f & {1}).__name__, type(f - {1}).__name__, type(f ^ {9}).__name__, type(f.copy()).__name__)
print(sorted(f.union([7])), sorted(f.intersection('abc')), f.issubset(range(5)), f.isdisjoint([9]))
for name in ['add', 'remove', 'discard', 'pop', 'clear', 'update']:
    print(name, hasattr(f, name))
nested = {f: 'value', frozenset(): 'empty', frozenset([frozenset([1])]): 'nested'}
print(nested[frozenset([1, 2, 3])], nested[frozenset()], len(nested))
print(frozenset(), frozenset('aab') == frozenset('ab'), frozenset(range(0)) == frozenset())
s_of_fs = {frozenset('ab'), frozenset('ba'), frozenset('abc')}
print(len(s_of_fs))
class MyFS(frozenset): pass
mf = MyFS([1, 2])
print(type(mf).__name__, type(mf | {3}).__name__, type(mf.copy()).__name__, mf == frozenset([1, 2]))
try:
    f.add(1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    frozenset([[1]])
except TypeError as e:
    print(type(e).__name__, e)
