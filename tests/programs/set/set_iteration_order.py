"""Iteration order of sets and frozensets of strings, bytes and ints under PYTHONHASHSEED=0 (must match CPython exactly)."""

words = ['apple', 'banana', 'cherry', 'date', 'elderberry', 'fig', 'grape', 'honeydew', 'kiwi', 'lemon', 'mango', 'nectarine']
print(list(set(words)))
print(list(frozenset(words)))
print(list({'a', 'b', 'c', 'd', 'e', 'f', 'g'}))
print(list(set('hello world')))
print(list({'', 'x', 'xy', 'xyz', 'é', '😀', '日本'}))
print(list({b'alpha', b'beta', b'gamma'}))
print(list({3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5}), list({100, 33, 2 ** 40, -1, -2, 17}))
print(list({1.5, 2.25, -0.5, 1e10}), list({(1, 2), (2, 1), ('a',), ()}))

# order changes as the set grows and shrinks
s = set()
for w in words[:6]:
    s.add(w)
    print(len(s), list(s))
for w in words[:3]:
    s.discard(w)
print(list(s))

# set operations produce deterministic orders too
a = set(words[:7])
b = set(words[4:])
print(list(a | b))
print(list(a & b))
print(list(a - b))
print(list(a ^ b))
print(repr({'one', 'two', 'three'}), str(frozenset({'x', 'y'})))
