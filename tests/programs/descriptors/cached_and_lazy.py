"""functools.cached_property and hand-written lazy descriptors; interaction with __dict__ and __slots__."""

import functools

class Data:
    def __init__(self, values):
        self.values = values
        self.computations = 0
    @functools.cached_property
    def total(self):
        self.computations += 1
        return sum(self.values)

d = Data([1, 2, 3])
print(d.total, d.total, d.computations, 'total' in vars(d))
d.values.append(10)
print(d.total)                    # stale cached value
del d.total                       # clear the cache
print(d.total, d.computations)
d.total = 'overridden'
print(d.total)
print(type(Data.total).__name__, Data.total.attrname)

class Slotted:
    __slots__ = ('x',)
    @functools.cached_property
    def y(self): return 1
try:
    Slotted().y
except TypeError as e:
    print(type(e).__name__, e)

# a hand-written non-data descriptor that caches into the instance dict
class lazy:
    def __init__(self, fn):
        self.fn = fn
        self.name = fn.__name__
    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.name] = value     # next lookup finds the instance attribute first
        return value

log = []
class Config:
    @lazy
    def settings(self):
        log.append('loading')
        return {'debug': True}
cfg = Config()
print(cfg.settings, cfg.settings, log, type(Config.settings).__name__)

# same cached_property name reused in two classes
class A:
    @functools.cached_property
    def val(self): return 'A'
try:
    class B:
        v1 = A.__dict__['val']
        v2 = A.__dict__['val']
except Exception as e:
    print(type(e).__name__, e, '| cause:', type(e.__cause__).__name__, e.__cause__)
