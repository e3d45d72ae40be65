"""Augmented assignment with every operator on ints, floats, lists, strings, sets and user objects."""

v = 17
for op in ['+=', '-=', '*=', '/=', '//=', '%=', '**=', '>>=', '<<=', '&=', '|=', '^=']:
    ns = {'v': 17}
    exec(f"v {op} 5", ns)
    print(f"17 {op} 5 ->", ns['v'])

ns = {'m': [[1, 2], [3, 4]]}
class Mat:
    def __init__(self, v): self.v = v
    def __matmul__(self, o): return Mat(self.v * o.v)
    def __imatmul__(self, o):
        self.v = self.v * o.v + 1000
        return self
m = Mat(3)
m2 = m
m @= Mat(4)
print(m.v, m is m2)

f = 2.5
f **= 2
f //= 2
print(f)

s = "ab"
s *= 3
s += "!"
print(s)

# list += mutates in place, list = list + ... does not
L = [1]
alias = L
L += [2]
print(alias, L is alias)
L = L + [3]
print(alias, L, L is alias)
L += "xy"          # extend with any iterable
print(L)
t = (1,)
talias = t
t += (2,)
print(talias, t, t is talias)

st = {1, 2, 3}
st |= {4}
st &= {2, 3, 4}
st -= {3}
st ^= {9, 2}
print(sorted(st))

# augmented assignment on subscripts and attributes evaluates the target once
calls = []
class Obj:
    def __init__(self): self._x = 1
    @property
    def x(self):
        calls.append('get')
        return self._x
    @x.setter
    def x(self, v):
        calls.append(('set', v))
        self._x = v
o = Obj()
o.x += 10
print(calls, o.x)

class Seq:
    def __init__(self): self.d = {}
    def __getitem__(self, k):
        calls.append(('getitem', k)); return self.d.get(k, 0)
    def __setitem__(self, k, v):
        calls.append(('setitem', k, v)); self.d[k] = v
calls.clear()
def key():
    calls.append('key()')
    return 'k'
sq = Seq()
sq[key()] += 5
print(calls)

# falling back from __iadd__ to __add__ and __radd__
class OnlyAdd:
    def __init__(self, v): self.v = v
    def __add__(self, o): return OnlyAdd(self.v + o)
class RAdd:
    def __radd__(self, o): return ('radd', o)
a = OnlyAdd(1)
before = a
a += 2
print(a.v, a is before)
n = 5
n += RAdd()
print(n)

# in-place op returning NotImplemented falls back
class NI:
    def __iadd__(self, o): return NotImplemented
    def __add__(self, o): return 'used __add__'
z = NI()
z += 1
print(z)

# errors
for src in ["q = 1\nq += 'a'", "q = 'a'\nq -= 'b'", "q = [1]\nq *= 1.5", "q = 1\nq /= 0", "undefined_name += 1", "q = (1,)\nq[0] += 1"]:
    try:
        exec(src, {})
    except Exception as e:
        print(repr(src), '->', type(e).__name__, e)
