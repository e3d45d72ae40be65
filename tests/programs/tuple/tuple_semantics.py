"""tuple construction, comparison order, hashing, slicing identity, repetition, subclasses."""


class Loud:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print('eq', self.v, other.v)
        return self.v == other.v

    def __hash__(self):
        return hash(self.v)


print((Loud(1), Loud(2)) == (Loud(1),))
print((Loud(1), Loud(2)) == (Loud(1), Loud(3)))
t = (1, 2, 3)
print(t[:] is t, t[0:3] is t, t * 1 is t, t + () is t, () + t is t, (1,) * 0, () * 5, t[::-1], t[1:], t[-2::-1])
print(hash(()), hash((1,)), hash((1, 2)), hash((1, (2, 3))), hash(('a',)) == hash(('a',)), hash((-1,)), hash((2**65,)))
print((1, 2) < (1, 2, 0), (1, 3) > (1, 2, 5), (1, 'a') < (1, 'b'), () < (0,), (1,) == (1.0,))
for expr in ['(1, 2) + [3]', 'tuple(1)', 'tuple(1, 2)', 'tuple(a=1)', '(1,)[5]', '(1,)["x"]', '(1,).index(5)',
             '(1, 2).index(2, "a")', '(1,) < ("a",)', 'hash(([],))', '(1,) * 2**62', '(1,) * "a"']:
    try:
        print(expr, '->', eval(expr))
    except Exception as ex:
        print(expr, '->', type(ex).__name__, ex)
print((1, 2, 1, 1).count(1), (1, 2, 3, 2).index(2, 2), (1, 2).index(2, -1), t.__getnewargs__(), tuple(iter([1, 2])))
print(tuple(range(3)), tuple('ab'), tuple({1: 2}), tuple({5}), repr((1,)), repr(()), repr(((),)), t.__sizeof__())


class T(tuple):
    def __new__(cls, *args):
        return super().__new__(cls, args)


x = T(1, 2)
print(x, type(x).__name__, x[:] is x, type(x[:]).__name__, type(x + ()).__name__, x == (1, 2), hash(x) == hash((1, 2)))
it = iter((1, 2, 3))
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it), type(it).__name__)
nest = ([],)
nest[0].append(nest)
print(nest)
print(tuple.__doc__.splitlines()[0], tuple[int, ...])
