"""slice objects: indices() with large lengths, comparisons, readonly members, use on sequences."""

s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, s.indices(5), slice(None).indices(10 ** 30), slice(-5, None, -1).indices(3))
print(slice(10 ** 25, -10 ** 25, -3).indices(10 ** 30), slice(3).indices(0), slice(None, None, -1).indices(0))
print(slice(1) == slice(None, 1, None), slice(1, 2) < slice(1, 3), slice(1, 2) <= slice(1, 2), s == s, s != slice(1, 10))
print(slice(1, 2).__reduce__(), slice('a', 'b', 'c'), [0, 1, 2, 3, 4][slice(None, None, -2)], 'hello'[slice(1, 4)])
for expr in ['slice()', 'slice(1, 2, 3, 4)', 'slice(a=1)', 'hash(slice(1))', 'slice(1).indices(-1)', 'slice(1, 2, 0).indices(5)',
             'slice("a").indices(5)', 's.start = 4', 'del s.stop', '[1, 2][1:"x"]', '[1, 2][::0]', '(1, 2)["a":]',
             'slice(1) < 3', 'slice(1, 2, 3) == (1, 2, 3)']:
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


print([0, 1, 2, 3, 4, 5][Idx(1):Idx(5):Idx(2)], slice(Idx(1), Idx(4)).indices(10), (1, 2, 3)[Idx(-1)])
