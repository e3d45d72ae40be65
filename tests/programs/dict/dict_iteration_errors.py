"""dict iteration semantics and errors: changing size, changing keys during iteration, KeyError repr, nested dicts."""

d = {i: i * i for i in range(5)}
for k in d:
    d[k] = -d[k]           # changing values is fine
print(d)

for attempt in ['add', 'delete', 'pop-add']:
    d = {1: 'a', 2: 'b', 3: 'c'}
    try:
        for k in d:
            if attempt == 'add':
                d[k + 10] = 'x'
            elif attempt == 'delete':
                del d[k]
            else:
                d.pop(k)
                d[k + 100] = 'y'
    except RuntimeError as e:
        print(attempt, '->', type(e).__name__, e)
    else:
        print(attempt, '-> no error', d)

# iterating over a copy of keys allows mutation
d = {1: 'a', 2: 'b', 3: 'c'}
for k in list(d):
    if k % 2:
        del d[k]
print(d)

# KeyError messages use repr of the key
for key in ['text', 1, (1, 2), None, 1.5, '', "it's", b'b']:
    try:
        {}[key]
    except KeyError as e:
        print(repr(str(e)), e.args)

# nested dictionaries
tree = {}
for path in ['a/b/c', 'a/b/d', 'a/e', 'f']:
    node = tree
    for part in path.split('/'):
        node = node.setdefault(part, {})
print(tree)
def depth(t):
    return 1 + max((depth(v) for v in t.values()), default=0)
print(depth(tree))

# dict equality with nested structures and different types
print({'a': [1, {'b': 2}]} == {'a': [1, {'b': 2}]}, {'a': 1} == {'a': 1.0}, {1: 'a'} == {True: 'a'}, {} == [])
try:
    {} < {}
except TypeError as e:
    print(type(e).__name__, e)
