"""Unpacking with * and ** in calls, displays, returns and for-loops; PEP 448 generalisations."""

def f(*args, **kwargs):
    return args, kwargs

print(f(*[1, 2], *'ab', 3), f(**{'a': 1}, b=2, **{'c': 3}))
print([*range(3), *'xy'], (*[1], *[2, 3]), {*'ab', *'bc'} == {'a', 'b', 'c'}, {**{'a': 1}, 'b': 2, **{'a': 3}})

def g():
    rest = [3, 4]
    return 1, 2, *rest
print(g())
for a, *b in [(1, 2, 3), 'xyz']:
    print(a, b)

# starred expressions in subscripts (3.11)
class Show:
    def __getitem__(self, key):
        return key
s = Show()
idx = (1, 2)
print(s[*idx], s[0, *idx], s[*idx, 3])

# star in return/yield
def gen():
    yield 0, *'ab'
print(list(gen()))

# nested structure flattening with unpacking
nested = [[1, 2], [3], [], [4, 5, 6]]
print([*nested[0], *nested[1]], [x for sub in nested for x in sub], sum(nested, []))

# ** with non-string keys is only allowed in dict displays
print({**{1: 'a'}, **{(2,): 'b'}})
try:
    f(**{1: 'a'})
except TypeError as e:
    print(type(e).__name__, e)

for src in ["[*None]", "f(*None)", "f(**None)", "{**[]}", "print(*)", "x = *[1]", "*a, *b = [1]", "del *a"]:
    try:
        exec(src)
    except (TypeError, SyntaxError) as e:
        print(src, '->', type(e).__name__, e.msg if isinstance(e, SyntaxError) else e)
