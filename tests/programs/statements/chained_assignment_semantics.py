"""Chained and multiple-target assignment semantics: single evaluation of the value, left-to-right target binding, aliasing."""

class Trace:
    def __init__(self): self.ops = []
    def __setitem__(self, k, v): self.ops.append(('set', k, v))
    def __setattr__(self, name, value):
        if name == 'ops':
            object.__setattr__(self, name, value)
        else:
            self.ops.append(('attr', name, value))

t = Trace()
def value():
    t.ops.append('value evaluated')
    return [1, 2]
t[0] = t.a = t[1] = value()
print(t.ops)

a = b = c = []
a.append('shared')
print(a, b, c, a is b is c)
x = y = 5
x += 1
print(x, y)

# targets may depend on earlier targets in the same statement
i = 0
lst = [0, 0, 0]
i = lst[i] = 2
print(i, lst)
lst2 = [10, 20, 30]
j, lst2[j] = 1, 'changed'
print(j, lst2)

# unpacking and chaining together
p = q = (1, 2)
(m, n) = r = [3, 4]
print(p, q, m, n, r)

# the same name twice in one target list: last wins
k, k = 1, 2
print(k)
d = {}
d['x'] = d['y'] = d.setdefault('z', 0) + 1
print(d)
