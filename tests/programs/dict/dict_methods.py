"""Every dict method: get, setdefault, pop, popitem, update (all forms), keys/values/items, copy, clear, fromkeys, |, |=."""

d = {'a': 1, 'b': 2}
print(d.get('a'), d.get('z'), d.get('z', 0), d.setdefault('a', 100), d.setdefault('c', 3), d.setdefault('n'), d)
print(d.pop('n'), d.pop('zz', 'default'), d)
try:
    d.pop('zz')
except KeyError as e:
    print(type(e).__name__, e)
print(d.popitem(), d)          # LIFO
d.update({'x': 10}, y=20)
d.update([('z', 30), ['w', 40]])
d.update(k=1)
d.update()
print(d)
class KeysOnly:
    def keys(self): return ['p', 'q']
    def __getitem__(self, k): return k * 2
d.update(KeysOnly())
print(d)
c = d.copy()
c['a'] = 'changed'
print(d['a'], c['a'], c is not d)
c.clear()
print(c, len(d))
print(dict.fromkeys('abc'), dict.fromkeys(['x', 'y'], 0), dict.fromkeys([]), dict.fromkeys(range(3), []))
shared = dict.fromkeys('ab', [])
shared['a'].append(1)
print(shared)

# union operators (3.9+)
x = {'a': 1, 'b': 2}
y = {'b': 20, 'c': 30}
print(x | y, y | x, x)
x |= y
print(x)
x |= [('d', 4)]
print(x)
try:
    x | [('e', 5)]
except TypeError as e:
    print(type(e).__name__, e)

# dict() constructor forms
print(dict(), dict(a=1), dict([('a', 1), ('b', 2)]), dict({'a': 1}, b=2), dict(zip('abc', range(3))), dict([('a', 1)], a=2))
print(dict(((k, v) for k, v in [(1, 2)])), dict(dict(a=1).items()))

# errors
for src in ["{}['missing']", "dict([1, 2])", "dict([(1, 2, 3)])", "dict(1)", "{}.update(1)", "{}.update([1])", "{}.popitem()",
            "{}.get()", "{}.get(1, 2, 3)", "{[]: 1}", "{}.setdefault([], 1)", "dict.fromkeys(1)", "{}.pop()", "dict({}, 1)"]:
    try:
        print(src, '->', eval(src))
    except (KeyError, TypeError, ValueError) as e:
        print(src, '->', type(e).__name__, e)
