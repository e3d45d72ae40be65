"""pprint: pformat/pprint of nested structures with width, indent, depth, compact, sort_dicts, and recursive objects."""

import pprint

data = {'name': 'pprint demo', 'numbers': list(range(25)), 'nested': {'level1': {'level2': {'level3': ['deep', 'list', 'of', 'strings']}}},
        'tuple': tuple('abcdef'), 'set': {3, 1, 2}, 'frozenset': frozenset({9}), 'long string': 'word ' * 20, 'empty': {}, 'bytes': b'x' * 40}
pprint.pprint(data)
print(pprint.pformat(data, width=120, compact=True))
print(pprint.pformat(data, depth=2, sort_dicts=False))
print(pprint.pformat(list(range(30)), width=30, compact=True))
print(pprint.pformat(list(range(8)), indent=4, width=20))
r = [1, 2]
r.append(r)
print(pprint.isrecursive(r), pprint.isreadable(r), pprint.isreadable([1, 'a']), pprint.saferepr([1, {'a': (2, 3)}]))
pprint.pp({'b': 1, 'a': [1, 2]})
import collections
print(pprint.pformat(collections.OrderedDict(z=1, a=2)), pprint.pformat(collections.Counter('aab')), pprint.pformat(collections.deque(range(3))))
print(pprint.pformat({'key' + str(i): [i] * i for i in range(6)}, width=40))
pp = pprint.PrettyPrinter(width=25, indent=2)
print(pp.pformat([{'a': 1, 'b': [1, 2, 3]}, ('x' * 10, 'y' * 10)]))
