"""Calls with * and ** unpacking from many iterable and mapping types, and the errors for bad arguments."""

def f(*args, **kwargs):
    return args, dict(sorted(kwargs.items()))

print(f(*[1, 2], *(3,), *'ab', *range(2), *{9: 'x'}))
print(f(**{'a': 1}, **dict(b=2), c=3))

class Mapping:
    def keys(self):
        return ['x', 'y']
    def __getitem__(self, k):
        return k.upper()
print(f(**Mapping()))

import collections
od = collections.OrderedDict([('z', 1), ('y', 2)])
print(f(**od), f(*od))

def gen():
    yield 1
    yield 2
print(f(*gen(), *iter([3])))

def g(a, b, c):
    return a * 100 + b * 10 + c
print(g(*[1, 2, 3]), g(1, *[2, 3]), g(*[1], **{'c': 3, 'b': 2}), g(c=1, *[2, 3]))

for src in ["g(*[1, 2])", "g(*[1, 2, 3, 4])", "g(**{'a': 1, 'b': 2, 'd': 4, 'c': 3})",
            "g(1, **{'a': 1, 'b': 2, 'c': 3})", "f(*5)", "f(**[('a', 1)])", "f(**{1: 'a'})",
            "f(*None)", "g(*'abcd')", "f(**{'a': 1}, **{'a': 2})", "len(*[], **{})"]:
    try:
        print(src, '->', eval(src))
    except TypeError as e:
        print(src, '->', type(e).__name__, e)

# mapping keys() returning non-strings
class BadKeys:
    def keys(self): return [1]
    def __getitem__(self, k): return k
try:
    f(**BadKeys())
except TypeError as e:
    print(type(e).__name__, e)

# keyword argument names can be any string via **
print(f(**{'not an identifier': 1, 'class': 2}))

# kwargs dict is a fresh copy
d = {'k': 1}
def mutate(**kw):
    kw['k'] = 99
    return kw
print(mutate(**d), d)

# args tuple is always a tuple
def t(*a): return type(a).__name__, a
print(t(*[1, 2]), t())
