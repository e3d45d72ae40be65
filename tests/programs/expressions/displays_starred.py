"""Container displays: list, tuple, set, dict displays with * and ** unpacking, trailing commas, nesting."""

a = [1, 2]
b = (3, 4)
print([*a, *b, 5], (*a, *b), {*a, *b, 1}, [*'hi', *range(3)])
print((*a,), [*{}, *set()], [*{'x': 1, 'y': 2}])
d1 = {'a': 1, 'b': 2}
d2 = {'b': 20, 'c': 30}
print({**d1, **d2}, {**d2, **d1}, {'a': 0, **d1, 'a': 100}, {**{}})
print({1: 'int', 1.0: 'float', True: 'bool'})
print({True, 1, 1.0}, {0, False, 0.0, -0.0})

# trailing commas and single-element tuples
print((1,), (1), [1,], {1,}, {'k': 1,}, ())
t = 1, 2,
print(t, type(t).__name__)

# nested displays
nested = [[1, [2, [3, [4]]]], {'k': {'k2': (5, {6})}}]
print(nested, nested[0][1][1][1][0], nested[1]['k']['k2'][1])

# empty displays and their types
print(type([]).__name__, type(()).__name__, type({}).__name__, type(set()).__name__)

# duplicate keys: last value wins, first key object kept
class Key:
    def __init__(self, name): self.name = name
    def __hash__(self): return 1
    def __eq__(self, o): return True
    def __repr__(self): return self.name
print({Key('first'): 1, Key('second'): 2})

# unpacking errors
for src in ['[*5]', '{**[1]}', '{**{1: 2}, **None}', '(*None,)', 'print(*1)', 'dict(**{1: 2})', '{*5}']:
    try:
        eval(src)
    except TypeError as e:
        print(src, '->', type(e).__name__, e)
try:
    eval('{[1]: 2}')
except TypeError as e:
    print(type(e).__name__, e)
try:
    eval('{[1], 2}')
except TypeError as e:
    print(type(e).__name__, e)

# generators and iterators in starred displays
def gen():
    yield from 'ab'
print([*gen(), *map(str.upper, 'cd'), *zip('xy', 'XY')])

# function calls with multiple unpackings
def f(*args, **kwargs):
    return args, kwargs
print(f(*a, 0, *b, x=1, **{'y': 2}, **{'z': 3}))
try:
    f(**{'x': 1}, **{'x': 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(x=1, **{'x': 2})
except TypeError as e:
    print(type(e).__name__, e)
