"""weakref with live referents only (collection timing is implementation specific): ref, proxy, WeakValueDictionary, WeakKeyDictionary, WeakSet, WeakMethod, finalize."""

import weakref

class Node:
    def __init__(self, name): self.name = name
    def hello(self): return f'hello from {self.name}'
    def __repr__(self): return f'Node({self.name!r})'

a = Node('a')
r = weakref.ref(a)
print(r() is a, type(r).__name__, weakref.getweakrefcount(a), r == weakref.ref(a), hash(r) == hash(a), r.__callback__)
calls = []
r2 = weakref.ref(a, lambda ref: calls.append('callback'))
print(weakref.getweakrefcount(a), r2.__callback__ is not None, r2() is a, r2 != r, calls)

p = weakref.proxy(a)
print(p.name, p.hello(), type(p).__name__, isinstance(p, Node), weakref.getweakrefcount(a) >= 2)
p.extra = 'set through proxy'
print(a.extra)

nodes = [Node(n) for n in 'xyz']
wvd = weakref.WeakValueDictionary((n.name, n) for n in nodes)
print(sorted(wvd.keys()), wvd['y'], len(wvd), 'x' in wvd, wvd.get('missing'))
wkd = weakref.WeakKeyDictionary({nodes[0]: 1, nodes[1]: 2})
print(wkd[nodes[0]], len(wkd), nodes[2] in wkd)
ws = weakref.WeakSet(nodes)
print(len(ws), nodes[1] in ws, sorted(n.name for n in ws))
ws.discard(nodes[1])
print(len(ws))

wm = weakref.WeakMethod(a.hello)
print(wm()(), type(wm).__name__)

f = weakref.finalize(a, calls.append, 'finalized')
print(f.alive, f.atexit)
print(f(), f.alive, calls, f())

for obj in [1, 'str', (1,), [1], {}, None]:
    try:
        weakref.ref(obj)
    except TypeError as e:
        print(type(e).__name__, e)
class ListSub(list):
    pass
keep = ListSub([1])
print(weakref.ref(keep)() is keep, weakref.ref(Node)() is Node, weakref.ref(len)() is len)
