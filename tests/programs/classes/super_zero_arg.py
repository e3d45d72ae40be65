"""super(): zero-argument and explicit forms, cooperative multiple inheritance, classmethods, and errors."""

class A:
    def greet(self):
        return ['A']
    @classmethod
    def create(cls):
        return f'A.create for {cls.__name__}'
    def __init__(self):
        self.trail = ['A']

class B(A):
    def greet(self):
        return ['B'] + super().greet()
    @classmethod
    def create(cls):
        return 'B -> ' + super().create()
    def __init__(self):
        super().__init__()
        self.trail.append('B')

class C(A):
    def greet(self):
        return ['C'] + super().greet()
    def __init__(self):
        super().__init__()
        self.trail.append('C')

class D(B, C):
    def greet(self):
        return ['D'] + super().greet()
    def __init__(self):
        super().__init__()
        self.trail.append('D')

print(D().greet(), D().trail, D.create())
print(super(B, D()).greet(), super(C, D()).greet())
print(super(D, D).create())

# super object attributes
s = super(B, D())
print(type(s).__name__, s.__thisclass__.__name__, type(s.__self__).__name__, s.__self_class__.__name__)

# super with staticmethods and properties
class P:
    @property
    def value(self): return 'P.value'
    @staticmethod
    def helper(): return 'P.helper'
class Q(P):
    @property
    def value(self): return 'Q+' + super().value
    @staticmethod
    def helper(): return 'Q.helper'
    def call_parent_helper(self):
        return super().helper()
q = Q()
print(q.value, q.call_parent_helper())

# super() in __init_subclass__ and __new__
class Base:
    def __new__(cls, *args):
        obj = super().__new__(cls)
        obj.args = args
        return obj
class Derived(Base):
    def __new__(cls, *args):
        return super().__new__(cls, *args, 'extra')
print(Derived(1, 2).args)

# setting attributes through super is not allowed
class S(A):
    def attempt(self):
        try:
            super().x = 1
        except AttributeError as e:
            return f'{type(e).__name__}: {e}'
print(S().attempt())

# super() without arguments outside a method
try:
    super()
except RuntimeError as e:
    print(type(e).__name__, e)

def not_a_method():
    return super()
try:
    not_a_method()
except RuntimeError as e:
    print(type(e).__name__, e)

# super() when the first argument is not an instance/subclass
try:
    super(B, A())
except TypeError as e:
    print(type(e).__name__, e)
try:
    super(1, A())
except TypeError as e:
    print(type(e).__name__, e)

# zero-arg super requires __class__ cell; using it in a nested function fails
class N(A):
    def method(self):
        def inner():
            return super().greet()
        try:
            return inner()
        except RuntimeError as e:
            return f'{type(e).__name__}: {e}'
print(N().method())

# super attribute lookup misses
class M(A):
    def missing(self):
        return super().does_not_exist
try:
    M().missing()
except AttributeError as e:
    print(type(e).__name__, e)

# method injected into a class after creation cannot use zero-arg super
def late_method(self):
    return super().greet()
B.late = late_method
try:
    B().late()
except RuntimeError as e:
    print(type(e).__name__, e)
