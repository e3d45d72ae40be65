"""Class and instance attributes, __dict__, method binding, attribute lookup order and shadowing."""

class Counter:
    """A simple counter."""
    instances = 0           # class attribute shared by all instances
    step = 1

    def __init__(self, start=0):
        self.value = start
        Counter.instances += 1

    def tick(self):
        self.value += self.step
        return self

    def __repr__(self):
        return f'Counter({self.value})'

a = Counter()
b = Counter(10)
a.tick().tick()
b.step = 5                 # instance attribute shadows the class attribute
b.tick()
print(a, b, Counter.instances, a.step, b.step, Counter.step)
print(sorted(vars(a)), sorted(vars(b)))
print('step' in Counter.__dict__, type(Counter.__dict__).__name__, Counter.__doc__)

Counter.step = 100         # changing the class attribute affects instances without their own
a.tick()
b.tick()
print(a, b)
del b.step
b.tick()
print(b)

# mutable class attribute shared between instances
class Shared:
    items = []
    def add(self, x):
        self.items.append(x)
s1, s2 = Shared(), Shared()
s1.add(1); s2.add(2)
print(Shared.items, s1.items is s2.items)

# methods are functions in the class dict; accessing through an instance binds them
f = Counter.__dict__['tick']
bound = a.tick
print(type(f).__name__, type(bound).__name__, bound.__self__ is a, bound.__func__ is f)
print(Counter.tick is f, bound == a.tick, bound is a.tick)

# calling an unbound method with an explicit instance
print(Counter.tick(Counter(7)))

# functions assigned to instances are not bound
a.extra = lambda: 'not bound'
print(a.extra())

# functions added to the class later are bound
def describe(self):
    return f'value is {self.value}'
Counter.describe = describe
print(a.describe())

# instance __dict__ can be replaced and updated
a.__dict__.update(value=42, other='x')
print(a, a.other)
a.__dict__ = {'value': -1}
print(a, hasattr(a, 'other'))
try:
    a.__dict__ = []
except TypeError as e:
    print(type(e).__name__, e)

# class attributes via getattr/setattr/delattr and dynamic names
setattr(Counter, 'dynamic attr', 1)
print(getattr(Counter, 'dynamic attr'), 'dynamic attr' in dir(Counter))

# special class attributes
print(Counter.__name__, Counter.__qualname__, Counter.__module__, Counter.__bases__, Counter.__base__)
print([c.__name__ for c in Counter.__mro__], type(Counter).__name__, type(a) is Counter, a.__class__ is Counter)

# assignment to __class__
class Other:
    def tick(self):
        return 'Other.tick'
a.__class__ = Other
print(type(a).__name__, a.tick())
try:
    a.__class__ = int
except TypeError as e:
    print(type(e).__name__, e)
