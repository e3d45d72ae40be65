"""getattr / setattr / delattr / hasattr: defaults, dynamic names, properties, errors, and non-AttributeError propagation."""

class Config:
    debug = False
    def __init__(self):
        self.name = 'app'
    @property
    def upper_name(self):
        return self.name.upper()
    @property
    def broken(self):
        raise ValueError('property failed')

c = Config()
print(getattr(c, 'name'), getattr(c, 'debug'), getattr(c, 'upper_name'), getattr(c, 'missing', 'default'), getattr(Config, 'debug'))
setattr(c, 'name', 'renamed')
setattr(c, 'dynamic attribute with spaces', 42)
print(c.name, getattr(c, 'dynamic attribute with spaces'), sorted(vars(c)))
delattr(c, 'name')
print(hasattr(c, 'name'), hasattr(c, 'debug'), hasattr(c, 'upper_name'), hasattr(Config, 'upper_name'))

# hasattr only swallows AttributeError
try:
    hasattr(c, 'broken')
except ValueError as e:
    print('hasattr propagated', type(e).__name__, e)
try:
    getattr(c, 'broken', 'default not used for ValueError')
except ValueError as e:
    print('getattr propagated', type(e).__name__, e)

# getattr with a default and __getattr__
class Dyn:
    def __getattr__(self, name):
        if name.startswith('x'):
            return name.upper()
        raise AttributeError(name)
d = Dyn()
print(getattr(d, 'xyz'), getattr(d, 'abc', 'fallback'), hasattr(d, 'xq'), hasattr(d, 'q'))

# builtins and modules
import math
print(getattr(math, 'pi'), getattr([], 'append').__name__, getattr(5, 'real'), hasattr('', 'upper'), getattr(int, '__name__'))
setattr(math, 'custom_constant', 1.5)
print(math.custom_constant)
delattr(math, 'custom_constant')
print(hasattr(math, 'custom_constant'))

for src in ["getattr(c, 'nope')", "delattr(c, 'nope')", "setattr(5, 'x', 1)", "setattr(c, 5, 1)", "getattr(c)",
            "delattr(Config, 'nope')", "setattr(object(), 'a', 1)", "delattr(c, 'upper_name')", "setattr(c, 'upper_name', 1)"]:
    try:
        print(src, '->', eval(src))
    except (AttributeError, TypeError) as e:
        print(src, '->', type(e).__name__, e)
