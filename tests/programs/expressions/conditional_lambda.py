"""Conditional expressions and lambda expressions: defaults, closures, nested lambdas, attributes."""

for n in range(-2, 3):
    print(n, 'pos' if n > 0 else 'zero' if n == 0 else 'neg')

# lazy evaluation of branches
def boom():
    raise RuntimeError('should not be evaluated')
print(1 if True else boom())
print(boom() if False else 2)

sq = lambda x: x * x
print(sq(7), sq.__name__, sq.__qualname__, sq.__code__.co_argcount)
add = lambda a, b=10, *args, c=5, **kw: (a, b, args, c, kw)
print(add(1), add(1, 2, 3, 4, c=6, d=7))
print((lambda: 'no args')())
print((lambda *a: a)(1, 2), (lambda **k: sorted(k))(b=1, a=2))
print((lambda x, /, y: x - y)(10, y=3))

# closures in lambdas capture variables, not values
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])

# nested lambdas / currying
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3))
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, sq)(12), compose(len, str)(12345))

# lambdas as keys and in data structures
words = ['banana', 'Apple', 'cherry', 'apple']
print(sorted(words, key=lambda w: (w.lower(), w)))
ops = {'+': lambda a, b: a + b, '-': lambda a, b: a - b, '*': lambda a, b: a * b}
print({k: f(6, 3) for k, f in ops.items()})

# lambda with a conditional expression and recursion via a name
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(20))

# lambda defaults are evaluated once
counter = []
make = lambda acc=counter: acc.append(1) or len(acc)
print(make(), make(), make([]))

# lambda body is an expression; yield inside makes it a generator
gen = lambda: (yield 5)
g = gen()
print(next(g), type(g).__name__)

class K:
    method = lambda self, x: (type(self).__name__, x)
print(K().method(3))

# errors
try:
    sq()
except TypeError as e:
    print(type(e).__name__, e)
try:
    add()
except TypeError as e:
    print(type(e).__name__, e)
try:
    (lambda x, /: x)(x=1)
except TypeError as e:
    print(type(e).__name__, e)
