"""dict operators, copies of subclasses, views and their set operations, iteration errors, sizes."""


class D(dict):
    def __missing__(self, key):
        return 'missing-' + str(key)


d = D(a=1)
print(d['a'], d['zz'], d.get('zz'), 'zz' in d, type(d | {}), type({} | d), type(d.copy()))
e = {'x': 1, 'y': 2}
f = e | {'y': 3, 'z': 4}
e |= [('w', 0)]
print(f, e, {} | {}, dict.fromkeys('abc'), dict.fromkeys(range(3), 0), D.fromkeys([1]))
try:
    e | [1]
except TypeError as ex:
    print('TypeError', ex)
try:
    e |= 1
except TypeError as ex:
    print('TypeError', ex)

k = {'a': 1, 'b': 2, 'c': 3}.keys()
print(k & {'a', 'x'}, k | ['q'], k - {'b'}, k ^ {'c', 'd'}, {'a', 'x'} & k, ['q'] | k)
it = {'a': 1, 'b': 2}.items()
print(it & {('a', 1)}, it - {('a', 1)}, it ^ {('a', 1), ('z', 0)}, it | {('n', 1)})
print({1: 2, 3: 4}.items() ^ {1: 2, 5: 6}.items())
print(k == {'a', 'b', 'c'}, k < {'a', 'b', 'c', 'd'}, k >= {'a'}, k != set(), k.isdisjoint('xyz'), k.isdisjoint('a'))
print(len(k), 'a' in k, ('a', 1) in it, ('a', 2) in it, list(reversed(k)), list(reversed(it)),
      list(reversed({1: 'x', 2: 'y'}.values())))
print(repr(k), repr({}.values()), repr(it))
print(k.mapping, type(k.mapping).__name__)
dd = {1: 1}
try:
    for key in dd:
        dd[key + 1] = 1
except RuntimeError as ex:
    print('RuntimeError', ex)
dd = {1: 1, 2: 2}
try:
    for key in dd:
        del dd[key]
        dd[key + 10] = 3
except RuntimeError as ex:
    print('RuntimeError', ex)
dd = {1: 1}
it2 = iter(dd)
dd[5] = 5
for attempt in range(2):
    try:
        next(it2)
    except RuntimeError as ex:
        print('RuntimeError', attempt, ex)
p = {1: 'a', 2: 'b', 3: 'c'}
print(p.popitem(), p.pop(1), p.pop(9, 'dflt'), p.setdefault(7, 'x'), p, p.__sizeof__() > 0)
for expr in ['{}.popitem()', '{}.pop(1)', '{}.pop([])', '{1: 2}.pop([])', '{}[[]]', 'dict([1])', 'dict([[1, 2, 3]])',
             'dict(1)', 'dict([], [])', '{}.update([], [])', '{}.fromkeys()', 'dict.fromkeys(1)', '{}.get()',
             '{}.setdefault()', 'hash({})', '{} < {}', '{}.keys() < 1']:
    try:
        print(expr, '->', eval(expr))
    except Exception as ex:
        print(expr, '->', type(ex).__name__, ex)
print({1: 2} == {1: 2.0}, {1: 2} == {1: 3}, {1: [1]} == {1: [1]}, {} == dict(), {'a': 1} != {'b': 1})
print([{}.__sizeof__(), {1: 2}.__sizeof__(), dict(a=1).__sizeof__(), {str(i): i for i in range(20)}.__sizeof__()])
grow = {}
sizes = []
for i in range(25):
    grow[i] = i
    sizes.append(grow.__sizeof__())
print(sizes)
