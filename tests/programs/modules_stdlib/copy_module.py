"""copy: shallow vs deep copies, memo handling of shared/recursive structures, __copy__/__deepcopy__, immutables, errors."""

import copy

orig = {'list': [1, [2, 3]], 'tuple': (4, [5]), 'str': 'text'}
shallow = copy.copy(orig)
deep = copy.deepcopy(orig)
orig['list'][1].append('mutated')
orig['tuple'][1].append('mutated too')
print(shallow['list'], deep['list'], shallow['tuple'], deep['tuple'])
print(shallow['list'] is orig['list'], deep['list'] is orig['list'], deep['str'] is orig['str'])

# shared references are preserved by deepcopy
shared = [1]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)
rec = [1]
rec.append(rec)
rc = copy.deepcopy(rec)
print(rc[1] is rc, rc is not rec)

# immutables are returned as-is
for obj in [1, 'a', (1, 2), frozenset({1}), None, 3.5, b'x', range(3)]:
    print(type(obj).__name__, copy.copy(obj) is obj, copy.deepcopy(obj) is obj)
t = (1, [2])
print(copy.deepcopy(t) is t, copy.deepcopy(t) == t)

class Custom:
    def __init__(self, items): self.items = items
    def __copy__(self):
        print('  __copy__ called')
        return Custom(self.items)
    def __deepcopy__(self, memo):
        print('  __deepcopy__ called, memo has', len(memo) >= 0)
        return Custom(copy.deepcopy(self.items, memo))
c = Custom([1, 2])
c1 = copy.copy(c)
c2 = copy.deepcopy(c)
print(c1.items is c.items, c2.items is c.items, c2.items)

class Plain:
    def __init__(self):
        self.data = {'k': [1]}
p = Plain()
p2 = copy.deepcopy(p)
p2.data['k'].append(2)
print(p.data, p2.data, type(p2).__name__)

class WithSlots:
    __slots__ = ('a', 'b')
ws = WithSlots()
ws.a = [1]
ws2 = copy.copy(ws)
print(ws2.a is ws.a, hasattr(ws2, 'b'))

print(copy.copy([1, 2]) == [1, 2], copy.copy({1: 2}), copy.copy({1, 2}), copy.copy(bytearray(b'x')))
import types
try:
    copy.deepcopy(types.SimpleNamespace(gen=(x for x in [])))
except TypeError as e:
    print(type(e).__name__, e)
print(copy.copy(len) is len, copy.deepcopy(Plain) is Plain)
