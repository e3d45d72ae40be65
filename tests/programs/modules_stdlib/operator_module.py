"""operator: function equivalents of operators, in-place variants, itemgetter/attrgetter/methodcaller, index, length_hint, truth."""

import operator as op

print(op.add(1, 2), op.sub(5, 3), op.mul('ab', 2), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 10), op.neg(5), op.pos(-5), op.abs(-3))
print(op.and_(6, 3), op.or_(6, 3), op.xor(6, 3), op.invert(5), op.inv(5), op.lshift(1, 4), op.rshift(32, 2), op.matmul.__name__, op.not_(0), op.truth([]))
print(op.eq(1, 1.0), op.ne(1, 2), op.lt(1, 2), op.le(2, 2), op.gt('b', 'a'), op.ge(1, 2), op.is_(None, None), op.is_not(1, None), op.contains([1, 2], 2), op.countOf([1, 1, 2], 1), op.indexOf('abc', 'c'))
lst = [1, 2, 3]
op.setitem(lst, 0, 'x')
op.delitem(lst, 1)
print(lst, op.getitem(lst, -1), op.getitem('abcdef', slice(1, 4)), op.concat([1], [2]), op.index(True), op.length_hint(iter(range(7))))
x = [1]
y = op.iadd(x, [2])
z = op.iadd((1,), (2,))
print(x, y is x, z, op.imul('ab', 3), op.ior({1}, {2}), op.isub(10, 3), op.ipow(2, 5), op.iconcat([0], [1]))

people = [{'name': 'ann', 'age': 30}, {'name': 'bob', 'age': 25}]
print(sorted(people, key=op.itemgetter('age')), op.itemgetter(0, 2)('abc'), op.itemgetter(slice(None, 2))([5, 6, 7]))
class P:
    def __init__(self, name, city): self.name, self.addr = name, type('A', (), {'city': city})()
    def greet(self, greeting, punct='!'): return f'{greeting} {self.name}{punct}'
ps = [P('zed', 'Oslo'), P('amy', 'Rome')]
print([p.name for p in sorted(ps, key=op.attrgetter('name'))], op.attrgetter('name', 'addr.city')(ps[0]), op.methodcaller('greet', 'hi', punct='?')(ps[1]))
print(op.methodcaller('split', ',')('a,b'), repr(op.itemgetter(1)), repr(op.attrgetter('a.b')), repr(op.methodcaller('m', 1, k=2)))
for src in ["op.add(1, 'a')", "op.index(1.5)", "op.itemgetter(5)([1])", "op.attrgetter('nope')(1)", "op.countOf([1], )", "op.indexOf([1], 2)"]:
    try:
        print(src, eval(src))
    except (TypeError, IndexError, AttributeError, ValueError) as e:
        print(src, '->', type(e).__name__, e)
print(op.call(len, 'abc') if hasattr(op, 'call') else 'operator.call is 3.11+: ' + str(hasattr(op, 'call')))
