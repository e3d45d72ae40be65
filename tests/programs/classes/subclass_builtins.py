"""Subclassing builtin types: list, dict, str, int, float, tuple, set; which methods use overridden dunders."""

class LoudList(list):
    def __setitem__(self, i, v):
        print('  LoudList.__setitem__', i, v)
        super().__setitem__(i, v)
    def append(self, v):
        print('  LoudList.append', v)
        super().append(v)

ll = LoudList([1, 2])
ll[0] = 10
ll.append(3)
ll.extend([4])               # does not call append
ll += [5]                    # does not call append either
print(ll, type(ll).__name__, type(ll + [6]).__name__, type(ll[:1]).__name__, type(ll * 2).__name__)

class UpperDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.upper())
ud = UpperDict(a=1)          # constructor bypasses __setitem__
ud['b'] = 2
ud.update(c=3)               # update bypasses __setitem__
print(ud, ud['B'], ud.get('b'), 'B' in ud)

class Name(str):
    def greet(self): return 'Hello, ' + self
nm = Name('world')
print(nm.greet(), type(nm.upper()).__name__, type(nm + '!').__name__, type(nm[0]).__name__, isinstance(nm, str))
print(nm == 'world', hash(nm) == hash('world'), {'world': 1}[nm])

class Even(int):
    def __new__(cls, v):
        return super().__new__(cls, v - v % 2)
    def __repr__(self): return f'Even({int(self)})'
e = Even(7)
print(e, e + 1, type(e + 1).__name__, type(-e).__name__, e * 2, isinstance(e, int), str(e))

class MyFloat(float):
    def __str__(self): return f'~{float(self):.1f}'
mf = MyFloat(3.14159)
print(mf, repr(mf), mf * 2, type(mf * 2).__name__, f'{mf}', f'{mf:.3f}')

class Pair(tuple):
    def __new__(cls, a, b): return super().__new__(cls, (a, b))
    def swap(self): return Pair(self[1], self[0])
pr = Pair(1, 2)
print(pr, pr.swap(), type(pr.swap()).__name__, pr == (1, 2), len(pr), type(pr[:]).__name__)

class TagSet(set):
    def add(self, v):
        super().add(str(v).lower())
ts = TagSet(['A'])
ts.add('B')
print(sorted(ts), type(ts | {'c'}).__name__, type(ts.copy()).__name__)

# instance dicts on subclasses of builtins
ll.note = 'has a __dict__'
print(ll.note, vars(ll))

# bool cannot be subclassed
try:
    class MyBool(bool): pass
except TypeError as e:
    print(type(e).__name__, e)

# other final types
for base in [type(None), range, slice, memoryview, type(lambda: 0)]:
    try:
        type('X', (base,), {})
    except TypeError as e:
        print(base.__name__, '->', type(e).__name__, e)

# subclass of dict with __missing__ and keys view types
class Cfg(dict):
    def __missing__(self, k): return f'<{k}>'
c = Cfg(x=1)
print(c['x'], c['y'], c.get('y', 'get ignores __missing__'), type(c.keys()).__name__)

# subclass of list used with sorted/reversed returns plain lists
print(type(sorted(ll)).__name__, type(list(reversed(ll))).__name__, sorted(ll, reverse=True))

# a str subclass with __eq__ override keeps dict lookups consistent only if __hash__ kept
class CI(str):
    def __eq__(self, o): return self.lower() == str(o).lower()
    def __hash__(self): return hash(self.lower())
print(CI('ABC') == 'abc', {CI('Key'): 1}.get(CI('KEY')), CI('x') in ['X'])
