"""dict keys: hashable types, numeric key equivalence (1 == 1.0 == True), tuples/frozensets as keys, custom keys."""

d = {}
d[1] = 'int'
d[1.0] = 'float'
d[True] = 'bool'
d[1 + 0j] = 'complex'
print(d, type(list(d)[0]).__name__)
d2 = {0: 'zero', -0.0: 'negzero', False: 'false'}
print(d2)

keys = [None, 'text', b'bytes', (1, 2), frozenset({1, 2}), 3.5, -7, (), ('nested', (1,)), range(3), int, len]
table = {}
for key in keys:
    table[key] = repr(key)
print(len(table), table[frozenset({2, 1})], table[(1, 2)], table[range(0, 3)], table[int], table[len] == repr(len))

for bad in [[1], {'a': 1}, {1}, bytearray(b'x'), ([1],), slice(1, 2)]:
    try:
        {bad: 1}
    except TypeError as e:
        print(type(bad).__name__, '->', type(e).__name__, e)

# custom keys: __eq__ and __hash__ both used
class Key:
    def __init__(self, name): self.name = name
    def __hash__(self): return hash(self.name.lower())
    def __eq__(self, other): return isinstance(other, Key) and self.name.lower() == other.name.lower()
    def __repr__(self): return f'Key({self.name!r})'
ck = {Key('Alpha'): 1}
ck[Key('ALPHA')] = 2
ck[Key('beta')] = 3
print(ck, Key('alpha') in ck, ck.get(Key('BETA')))

# keys that compare equal but hash differently break lookups (by design)
class BadHash:
    def __init__(self, v): self.v = v
    def __eq__(self, other): return True
    def __hash__(self): return self.v
bh = {BadHash(1): 'one'}
print(BadHash(1) in bh, BadHash(2) in bh)

# an exception raised in __hash__ or __eq__ propagates
class Explodes:
    def __hash__(self): raise RuntimeError('hash exploded')
try:
    {Explodes(): 1}
except RuntimeError as e:
    print(type(e).__name__, e)
class EqExplodes:
    def __hash__(self): return 1
    def __eq__(self, o): raise ValueError('eq exploded')
e1 = EqExplodes()
m = {e1: 1}
print(m[e1])                       # identity check first, __eq__ not called
try:
    m[EqExplodes()]
except ValueError as e:
    print(type(e).__name__, e)

# string keys and their equality with str subclasses
class S(str): pass
sd = {'k': 1}
print(sd[S('k')], S('k') in sd, list({S('a'): 1, 'a': 2}.items()))
