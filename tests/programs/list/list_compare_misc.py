"""List comparison, repr recursion, count/index with mutating __eq__, iterators and reversed."""


class Loud:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print('eq', self.v, getattr(other, 'v', other))
        return self.v == getattr(other, 'v', other)

    def __lt__(self, other):
        print('lt', self.v, other.v)
        return self.v < other.v

    def __repr__(self):
        return 'L%d' % self.v


a = [Loud(1), Loud(2), Loud(3)]
b = [Loud(1), Loud(5)]
print(a < b)
print(a == b)
print(a == [a[0], a[1], a[2]])
print([1, 2] < [1, 2, 3], [1, 3] > [1, 2, 9], [] == [], [1] != [1.0], [[1]] == [[1]])
print(a.count(Loud(2)), a.index(Loud(3)), Loud(9) in a)

r = [1, 2]
r.append(r)
print(r, repr([r, r]))
it = iter([1, 2, 3])
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__(), list(it))
lst = [1, 2, 3]
it = iter(lst)
next(it)
lst.append(4)
print(list(it))
rv = reversed(lst)
print(rv.__length_hint__(), next(rv), list(rv), rv.__length_hint__())
lst = [1, 2, 3]
rv = reversed(lst)
lst.pop()
print(list(rv))
print(type(iter([])).__name__, type(reversed([])).__name__, list.__hash__, list[int], list.__name__)


class MyList(list):
    def __iter__(self):
        return iter(['overridden'])


ml = MyList([1, 2])
print(list(ml), [0] + ml, ml + [0], sorted(ml), tuple(ml))
base = [0]
base.extend(ml)
base += ml
print(base, len(ml), ml)
s = [3, 1, 2]
s.sort(key=lambda v: -v)
print(s, sorted('bca', reverse=True), sorted([(1, 'b'), (1, 'a'), (0, 'z')]), sorted([3, 1, 2], key=None))
data = [(i % 3, i) for i in range(12)]
print(sorted(data, key=lambda p: p[0]), sorted(data, key=lambda p: p[0], reverse=True))
