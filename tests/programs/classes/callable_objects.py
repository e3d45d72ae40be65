"""__call__ on instances and classes, callable(), bound methods as callables, and method objects."""

class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *rest, scale=1):
        return (self.n + x + sum(rest)) * scale

add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), callable(add5), callable(Adder), callable(5))
print(list(map(add5, [1, 2, 3])), sorted([3, 1, 2], key=Adder(-10)))

class NotCallable: pass
try:
    NotCallable()()
except TypeError as e:
    print(type(e).__name__, e)

# __call__ looked up on the type
nc = NotCallable()
nc.__call__ = lambda: 'instance attribute'
print(callable(nc))
try:
    nc()
except TypeError as e:
    print(type(e).__name__, e)

# bound methods
class Greeter:
    greeting = 'hi'
    def greet(self, name): return f'{self.greeting} {name}'
g = Greeter()
m = g.greet
print(m('bob'), m.__self__ is g, m.__func__ is Greeter.greet, m.__name__, m.__qualname__)
print(type(m).__name__, callable(m), m == g.greet, m != Greeter().greet)
g.greeting = 'hello'
print(m('ann'))

# bound methods of builtins
bm = [3, 1].__len__
print(bm(), type(bm).__name__, bm.__self__, bm.__name__)
sm = 'abc'.upper
print(sm(), type(sm).__name__)

# creating bound methods manually
import types
bound = types.MethodType(lambda self, x: (type(self).__name__, x), g)
print(bound(1), type(bound).__name__)

# callable with __call__ defined in a metaclass
class Meta(type):
    def __call__(cls, *args):
        return f'Meta.__call__{args}'
class Weird(metaclass=Meta): pass
print(Weird(1, 2))

# callable chains
class Chain:
    def __init__(self, parts=()): self.parts = parts
    def __call__(self, part): return Chain(self.parts + (part,))
    def __repr__(self): return '/'.join(self.parts)
print(Chain()('usr')('local')('bin'))

# functions, lambdas, classes, builtins, methods are callable
print([callable(x) for x in [len, print, lambda: 0, Greeter, Greeter.greet, g.greet, str.upper, type, object(), 'str', None]])

# argument errors for __call__
try:
    add5()
except TypeError as e:
    print(type(e).__name__, e)
try:
    add5(1, bad=1)
except TypeError as e:
    print(type(e).__name__, e)
