"""Decorators: stacking order, arguments, class decorators, decorators on methods, arbitrary expressions."""

import functools

log = []

def trace(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        log.append(f'call {fn.__name__}{args}')
        result = fn(*args, **kwargs)
        log.append(f'return {result!r}')
        return result
    return wrapper

@trace
def add(a, b):
    return a + b
print(add(2, 3), log)
log.clear()

def tag(name):
    def decorator(fn):
        log.append(f'decorating {fn.__name__} with {name}')
        @functools.wraps(fn)
        def wrapper(*a):
            return f'<{name}>{fn(*a)}</{name}>'
        return wrapper
    return decorator

@tag('b')
@tag('i')
def text(s):
    return s
print(log)
print(text('hi'))
log.clear()

# decorator applied bottom-up; expression evaluated top-down
def make(label):
    log.append(f'evaluate {label}')
    def d(fn):
        log.append(f'apply {label}')
        return fn
    return d
@make('top')
@make('bottom')
def fn(): pass
print(log)
log.clear()

# arbitrary expressions as decorators (PEP 614)
decorators = {'double': lambda f: lambda x: f(x) * 2}
@decorators['double']
def inc(x): return x + 1
@(lambda f: f)
def ident(): return 'ident'
print(inc(5), ident())

# class decorators
def register(cls):
    cls.registered = True
    return cls
@register
class Thing: pass
print(Thing.registered)

def singleton(cls):
    instances = {}
    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]
    return get
@singleton
class Config:
    def __init__(self, v): self.v = v
print(Config(1).v, Config(2).v, Config(3) is Config(4))

# decorator returning a non-callable
@lambda f: f.__name__.upper()
def shout(): pass
print(shout)

# a class as decorator
class CountCalls:
    def __init__(self, fn):
        functools.update_wrapper(self, fn)
        self.fn = fn
        self.count = 0
    def __call__(self, *a):
        self.count += 1
        return self.fn(*a)
@CountCalls
def square(x): return x * x
print(square(3), square(4), square.count, square.__name__)

# decorators on methods with classmethod/staticmethod/property stacking
class Account:
    def __init__(self): self._bal = 0
    def __repr__(self): return 'Account()'
    @property
    @trace
    def balance(self): return self._bal
    @classmethod
    @trace
    def create(cls): return cls()
    @staticmethod
    @trace
    def helper(x): return x + 1
a = Account.create()
print(a.balance, Account.helper(1), [l.split('(')[0] for l in log])
log.clear()

# functools.lru_cache and cache
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
