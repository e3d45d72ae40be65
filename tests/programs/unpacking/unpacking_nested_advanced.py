"""Advanced unpacking: deep nesting, starred in nested targets, unpacking in with/for/comprehensions/lambda args, and dict items."""

data = [('ann', (31, 'nyc'), ['admin', 'dev', 'ops']), ('bob', (25, 'sf'), ['dev'])]
for name, (age, city), [first_role, *other_roles] in data:
    print(name, age, city, first_role, other_roles)
(a, (b, (c, (d, *e)))) = (1, (2, (3, (4, 5, 6))))
print(a, b, c, d, e)
[x, [y, *z], *w] = ['x', 'yz!', 'w1', 'w2']
print(x, y, z, w)
config = {'host': 'localhost', 'port': 8080}
for key, value in sorted(config.items()):
    print(f'{key}={value}')
print([f'{k}:{v}' for k, (v, *_) in {'a': [1, 2], 'b': [3]}.items()])
print(sorted(((k, v) for k, v in zip('cab', range(3))), key=lambda kv: kv[0]))
point = (3, 4)
print((lambda p: p[0] ** 2 + p[1] ** 2)(point), (lambda x, y: x * y)(*point), (lambda *args: len(args))(*'abcd'))
first, *_, last = range(100)
head, *tail = 'x'
print(first, last, head, tail)
import contextlib
@contextlib.contextmanager
def pair():
    yield 'left', 'right'
with pair() as (l, r):
    print(l, r)
swap = lambda t: t[::-1]
print(swap((1, 2, 3)), [(b, a) for a, b in [(1, 2), (3, 4)]], dict(reversed(kv) for kv in {'a': 1}.items()))
*beginning, (last_a, last_b) = [(1, 2), (3, 4), (5, 6)]
print(beginning, last_a, last_b)
try:
    (p, q), r = [(1, 2, 3), 4]
except ValueError as e:
    print(type(e).__name__, e)
