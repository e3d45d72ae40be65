"""Rich comparisons: reflection rules, __ne__ default, NotImplemented, functools.total_ordering, sorting."""

import functools

log = []
class C:
    def __init__(self, v): self.v = v
    def __repr__(self): return f'C({self.v})'
    def __eq__(self, o):
        log.append(f'{self!r}.__eq__({o!r})')
        return self.v == o.v if isinstance(o, C) else NotImplemented
    def __lt__(self, o):
        log.append(f'{self!r}.__lt__({o!r})')
        return self.v < o.v if isinstance(o, C) else NotImplemented
    def __gt__(self, o):
        log.append(f'{self!r}.__gt__({o!r})')
        return self.v > o.v if isinstance(o, C) else NotImplemented

a, b = C(1), C(2)
print(a < b, a > b, a == C(1), a != C(1), log); log.clear()
print(a != b, log); log.clear()             # default __ne__ inverts __eq__
print(a == 1, log); log.clear()             # falls back to identity -> False
print(a != 'x', log); log.clear()
for expr in ['a <= b', 'a < 1', '1 > a']:
    try:
        print(expr, eval(expr))
    except TypeError as e:
        print(expr, '->', type(e).__name__, e)
    print('  ', log); log.clear()

# reflection: x < y tries y > x
print(b > a, log); log.clear()

# subclass reflected first
class D(C):
    def __lt__(self, o):
        log.append(f'D.__lt__({o!r})')
        return 'D says'
    def __gt__(self, o):
        log.append(f'D.__gt__({o!r})')
        return 'D gt says'
print(C(5) < D(6), log); log.clear()

# __eq__ returning non-bool values
class Weird:
    def __eq__(self, o): return 'maybe'
    def __ne__(self, o): return 0
print(Weird() == 1, Weird() != 1, [Weird()] == [Weird()], Weird() in [1])

# identity shortcut in containers
class NeverEqual:
    def __eq__(self, o): return False
n = NeverEqual()
print(n == n, [n] == [n], n in [n], [n].count(n), (n,) == (n,))

# total_ordering
@functools.total_ordering
class Version:
    def __init__(self, *parts): self.parts = parts
    def __eq__(self, o): return self.parts == o.parts
    def __lt__(self, o): return self.parts < o.parts
    def __repr__(self): return 'v' + '.'.join(map(str, self.parts))
vs = [Version(1, 10), Version(1, 2), Version(0, 9, 9), Version(1, 2, 0)]
print(sorted(vs), max(vs), Version(1, 2) <= Version(1, 2), Version(2) >= Version(1, 99), Version(1) > Version(1))
try:
    @functools.total_ordering
    class NoOrder:
        pass
except ValueError as e:
    print(type(e).__name__, e)

# sorting uses only __lt__
class OnlyLt:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        return self.v < o.v
print([x.v for x in sorted([OnlyLt(3), OnlyLt(1), OnlyLt(2)])], max([OnlyLt(3), OnlyLt(7)]).v)
class OnlyGt:
    def __init__(self, v): self.v = v
    def __gt__(self, o):
        return self.v > o.v
print([x.v for x in sorted([OnlyGt(3), OnlyGt(1), OnlyGt(2)])])   # reflected __gt__
class NoCompare: pass
try:
    sorted([NoCompare(), NoCompare()])
except TypeError as e:
    print(type(e).__name__, e)

# comparing different builtin types
for expr in ["[1] == (1,)", "{1: 2} == {1: 2.0}", "{1, 2} == frozenset({2, 1})", "'1' == 1", "b'a' == 'a'", "range(3) == range(0, 3)", "range(0) == range(5, 2)", "None == 0", "(1, 2) < (1, 2, 3)", "[[1]] < [[1, 0]]", "{1} < {1, 2}", "{1, 2} <= {1, 2}", "{3} > set()"]:
    print(expr, eval(expr))
