"""__hash__ and __eq__ interplay: implicit __hash__ = None, inheritance, unhashable types, dict/set semantics."""

class Plain: pass
class EqOnly:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, EqOnly) and self.v == o.v
class EqAndHash(EqOnly):
    def __hash__(self): return hash(self.v)
class HashOnly:
    def __hash__(self): return 42

print(Plain.__hash__ is object.__hash__, EqOnly.__hash__, '__hash__' in EqOnly.__dict__)
p = Plain()
print(hash(p) == hash(p), p == p, p != Plain())
try:
    hash(EqOnly(1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    {EqOnly(1)}
except TypeError as e:
    print(type(e).__name__, e)
print(hash(EqAndHash(5)), len({EqAndHash(1), EqAndHash(1), EqAndHash(2)}), hash(HashOnly()))

# a subclass that defines __eq__ becomes unhashable even if the parent was hashable
class Child(EqAndHash):
    def __eq__(self, o): return False
print(Child.__hash__)
class ChildKeepsHash(EqAndHash):
    def __eq__(self, o): return False
    __hash__ = EqAndHash.__hash__
print(hash(ChildKeepsHash(7)))

# explicitly unhashable
class NoHash:
    __hash__ = None
try:
    hash(NoHash())
except TypeError as e:
    print(type(e).__name__, e)
import collections.abc
print(isinstance(NoHash(), collections.abc.Hashable), isinstance(Plain(), collections.abc.Hashable))

# hash must return an int
class BadHash:
    def __hash__(self): return 'x'
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
class BigHash:
    def __hash__(self): return 2**100
print(hash(BigHash()) == hash(2**100), hash(BigHash()))
class BoolHash:
    def __hash__(self): return True
print(hash(BoolHash()))
class NegOne:
    def __hash__(self): return -1
print(hash(NegOne()))

# dict lookups call __hash__ then __eq__
log = []
class Key:
    def __init__(self, name, h): self.name, self.h = name, h
    def __hash__(self):
        log.append(f'hash {self.name}')
        return self.h
    def __eq__(self, o):
        log.append(f'eq {self.name}=={o.name}')
        return self.name == o.name
d = {}
d[Key('a', 1)] = 1
d[Key('b', 1)] = 2          # same hash, different key
d[Key('a', 1)] = 3          # replaces
print(len(d), list(d.values()), log)

# mutable keys whose hash changes get lost
class Mutable:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, o): return self.v == o.v
m = Mutable(1)
s = {m}
m.v = 2
print(m in s, Mutable(2) in s, Mutable(1) in s, len(s))

# builtin unhashables
for obj in [[], {}, set(), bytearray(), (1, []), slice(1, 2)]:
    try:
        hash(obj)
    except TypeError as e:
        print(type(e).__name__, e)
print(hash((1, 2)) == hash((1, 2)), hash(frozenset({1, 2})) == hash(frozenset({2, 1})), hash(1) == hash(1.0) == hash(True))
