"""_operator, _functools, _heapq and _bisect directly (the modules behind operator, functools, heapq, bisect)."""
import _operator as op
import _functools as ft
import _heapq as hq
import _bisect as bs

print(op.add(1, 2), op.sub(5, 3), op.mul('a', 3), op.truediv(1, 4), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 10),
      op.neg(3), op.pos(-3), op.abs(-3), op.inv(5), op.invert(5), op.lshift(1, 4), op.rshift(16, 2), op.and_(6, 3),
      op.or_(6, 3), op.xor(6, 3), op.not_(0), op.truth([]), op.is_(None, None), op.is_not(1, None))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne(1, 2), op.gt(1, 2), op.ge(3, 2), op.contains([1, 2], 2),
      op.countOf([1, 2, 1], 1), op.indexOf('abc', 'c'), op.getitem([1, 2], -1), op.concat([1], [2]), op.concat('a', 'b'),
      op.index(7), op.length_hint([1, 2]), op.length_hint(iter(range(4))), op.length_hint(5, 3), op.call(max, 1, 5))
x = [1]
print(op.iadd(x, [2]) is x, op.iconcat(x, [3]), x, op.imul([1], 2), op.isub(5, 2), op.ipow(2, 3), op.ior(1, 2))
y = [1, 2, 3]
op.setitem(y, 0, 'z')
op.delitem(y, 1)
print(y)
print(op.itemgetter(1)('abc'), op.itemgetter(0, 2)('abc'), op.itemgetter(slice(1, None))('abc'), op.itemgetter('k')({'k': 'v'}))
print(repr(op.itemgetter(1)), repr(op.itemgetter(1, 'a')), op.itemgetter(1).__reduce__(), op.itemgetter(1, 2).__reduce__())


class A:
    pass


obj = A()
obj.b = A()
obj.b.c = 'deep'
obj.name = 'n'
print(op.attrgetter('name')(obj), op.attrgetter('b.c')(obj), op.attrgetter('name', 'b.c')(obj))
print(repr(op.attrgetter('a.b')), repr(op.attrgetter('x', 'y.z')), op.attrgetter('x', 'y.z').__reduce__())
print(op.methodcaller('upper')('abc'), op.methodcaller('split', ',')('a,b'), op.methodcaller('split', maxsplit=1)('a b c'))
print(repr(op.methodcaller('f', 1, k=2)), op.methodcaller('g').__reduce__(), op.methodcaller('g', 1, 2).__reduce__())
print(op._compare_digest('abc', 'abc'), op._compare_digest(b'abc', b'abd'), op._compare_digest('a', 'ab'))
for expr in ['op.add(1)', 'op.itemgetter()', 'op.attrgetter()', 'op.attrgetter(1)', 'op.methodcaller()', 'op.methodcaller(1)',
             'op.itemgetter(1)()', 'op.itemgetter(x=1)', 'op.attrgetter("zz")(obj)', 'op.length_hint([], "a")',
             'op._compare_digest("a", b"a")', 'op._compare_digest("\xe9", "\xe9")', 'op._compare_digest(1, 2)', 'op.index(1.5)',
             'op.concat(1, 2)', 'op.iconcat(1, [2])', 'op.indexOf([1, 2], 3)', 'op.setitem([1], 5, 1)', 'op.call()',
             'op.methodcaller("x")(1, 2)', 'op.methodcaller("x")(k=1)']:
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)

p = ft.partial(pow, 2)
print(p(5), p.func is pow, p.args, p.keywords, repr(ft.partial(max, 1, key=abs)), ft.partial(max, 1, key=abs)(-5, 3))
p2 = ft.partial(ft.partial(max, 1), 2, key=None)
print(p2.args, p2.keywords, p2.func is max, p2(0), repr(p2))
p.attr = 'set'
p3 = ft.partial(p, 3)
print(p3.func is p, p3.args, p3(), p.__reduce__()[2][3])
q = ft.partial(len)
q.__setstate__((min, (1, 2), {'key': abs}, {'a': 1}))
print(repr(q), q.a, q())


class P(ft.partial):
    pass


print(repr(P(len, [1])), P(len, [1])(), type(P(len)).__name__)
print(ft.reduce(op.add, [1, 2, 3]), ft.reduce(op.add, [1, 2, 3], 10), ft.reduce(op.add, [], 'init'), ft.reduce(max, 'abc'))
k = ft.cmp_to_key(lambda a, b: (a > b) - (a < b))
print(sorted([3, 1, 2], key=k), k(1) < k(2), k(1) == k(1), k(2) >= k(3), k(5).obj, type(k(1)).__name__)
for expr in ['ft.partial()', 'ft.partial(1)', 'ft.reduce()', 'ft.reduce(len, [])', 'ft.reduce(len, 5)', 'ft.cmp_to_key()',
             'ft.cmp_to_key(1)(1) < ft.cmp_to_key(1)(2)', 'k(1) < 2', 'hash(k(1))', 'p.func = 1', 'q.__setstate__(1)']:
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)

heap = []
for v in [5, 3, 8, 1, 9, 2, 7, 3]:
    hq.heappush(heap, v)
print(heap, [hq.heappop(heap) for _ in range(3)], heap, hq.heappushpop(heap, 0), hq.heapreplace(heap, 10), heap)
data = [(i * 37) % 101 for i in range(60)]
hq.heapify(data)
print(data[:10], [hq.heappop(data) for _ in range(5)])
big = [(i * 7919) % 5003 for i in range(5000)]
hq.heapify(big)
print(big[:8], hq.heappop(big), len(big))
mx = [1, 5, 3, 9, 2]
hq._heapify_max(mx)
print(mx, hq._heappop_max(mx), hq._heapreplace_max(mx, 0), mx)
for expr in ['hq.heappush(1, 2)', 'hq.heappop([])', 'hq.heapify(())', 'hq.heapreplace([], 1)', 'hq.heappushpop([], 1)',
             'hq.heappush([])', 'hq.heappush([1], "a")']:
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)

s = [1, 2, 2, 2, 3, 5]
print(bs.bisect_left(s, 2), bs.bisect_right(s, 2), bs.bisect_left(s, 4), bs.bisect_right(s, 0), bs.bisect_left(s, 2, 2),
      bs.bisect_right(s, 2, 0, 2), bs.bisect_left(s, 2, hi=None), bs.bisect_right(s, 2, hi=-1),
      bs.bisect_left([(1, 'a'), (2, 'b')], 2, key=lambda p: p[0]))
bs.insort_left(s, 2)
bs.insort_right(s, 4)
bs.insort_right(s, 0, key=None)
print(s)


class Recorder(list):
    def insert(self, i, x):
        print('insert', i, x)
        super().insert(i, x)


rec = Recorder([1, 3])
bs.insort_left(rec, 2)
print(rec)
for expr in ['bs.bisect_left()', 'bs.bisect_left([1, 2], 1, -1)', 'bs.bisect_left([1, 2], 1, 0, "a")', 'bs.bisect_left(5, 1)',
             'bs.insort_left((1,), 1)', 'bs.bisect_right([1], 1, lo="a")']:
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
