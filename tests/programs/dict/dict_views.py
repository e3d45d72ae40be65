"""dict views: keys/values/items behaviour, set operations on keys and items views, mapping attribute, reversed, errors."""

d = {'a': 1, 'b': 2, 'c': 3}
k, v, i = d.keys(), d.values(), d.items()
print(type(k).__name__, type(v).__name__, type(i).__name__, len(k), len(v), len(i))
print(k, v, i)
print('a' in k, 1 in v, ('a', 1) in i, ('a', 2) in i, 'z' in k, ('b', 2) in i)
d['d'] = 4
print(list(k), list(v), list(i))       # views are live

# set-like operations on keys and items (results are sets)
other = {'b': 0, 'c': 3, 'e': 5}
print(sorted(k & other.keys()), sorted(k | other.keys()), sorted(k - other.keys()), sorted(k ^ other.keys()))
print(sorted(i & other.items()), sorted(k & {'a', 'z'}), sorted({'a', 'q'} | k), k.isdisjoint({'x'}), k.isdisjoint('ab'))
print(k == {'a', 'b', 'c', 'd'}, k < {'a', 'b', 'c', 'd', 'e'}, k >= {'a'}, i == {('a', 1), ('b', 2), ('c', 3), ('d', 4)})
print(type(k & {'a'}).__name__, type(k | ['x']).__name__)

# values views are not set-like
try:
    v & {1}
except TypeError as e:
    print(type(e).__name__, e)
print(v == v, d.values() == d.values())

# mapping attribute (3.10+)
print(k.mapping, type(k.mapping).__name__, k.mapping['a'])

# reversed views
print(list(reversed(k)), list(reversed(v)), list(reversed(i)))

# iterating a view while mutating
try:
    for key in d.keys():
        d[key + '!'] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    for key in d:
        del d[key]
except RuntimeError as e:
    print(type(e).__name__, e)

# items with unhashable values still support containment
u = {'x': [1]}
print(('x', [1]) in u.items(), ('x', [2]) in u.items())
try:
    u.items() & {('x', 1)}
except TypeError as e:
    print(type(e).__name__, e)

# views of empty dicts, repr
print({}.keys(), {}.values(), {}.items(), list({}.items()), bool({}.keys()))
