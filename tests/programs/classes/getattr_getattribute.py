"""__getattr__, __getattribute__, __setattr__, __delattr__ and __dir__ customisation, with recursion pitfalls."""

class Fallback:
    existing = 'real'
    def __getattr__(self, name):
        if name.startswith('dyn_'):
            return f'dynamic {name[4:]}'
        raise AttributeError(f'{type(self).__name__!r} has no {name!r}')

f = Fallback()
print(f.existing, f.dyn_x, getattr(f, 'dyn_y'), hasattr(f, 'nope'), getattr(f, 'nope', 'default'))
try:
    f.nope
except AttributeError as e:
    print(type(e).__name__, e)

log = []
class Logged:
    def __init__(self):
        self.a = 1
    def __getattribute__(self, name):
        log.append(name)
        return super().__getattribute__(name)
l = Logged()
l.a
try:
    l.missing
except AttributeError:
    pass
print(log)

# __getattribute__ raising AttributeError falls back to __getattr__
class Both:
    def __getattribute__(self, name):
        if name == 'hidden':
            raise AttributeError(name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return f'__getattr__({name})'
b = Both()
b.visible = 1
print(b.visible, b.hidden, b.other)

# __setattr__ / __delattr__ validation
class Strict:
    __fields = ('x', 'y')
    def __setattr__(self, name, value):
        if name not in self.__fields:
            raise AttributeError(f'cannot set {name}')
        if not isinstance(value, int):
            raise TypeError(f'{name} must be int')
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        raise AttributeError(f'cannot delete {name}')
s = Strict()
s.x = 5
for action in [lambda: setattr(s, 'z', 1), lambda: setattr(s, 'y', 'a'), lambda: delattr(s, 'x')]:
    try:
        action()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
print(s.x, vars(s))

# proxy object delegating everything
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, '_target', target)
    def __getattr__(self, name):
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        setattr(self._target, name, value)
lst = []
px = Proxy(lst)
px.append(1)
px.extend([2, 3])
print(lst, px.count(2), len(lst))
try:
    len(px)            # special methods bypass __getattr__
except TypeError as e:
    print(type(e).__name__, e)

# __dir__
class Dirs:
    def __dir__(self):
        return ['zeta', 'alpha', 'alpha']
print(dir(Dirs()))

# implicit special method lookup skips the instance and __getattribute__
class Special:
    def __getattribute__(self, name):
        log.append(('getattribute', name))
        return object.__getattribute__(self, name)
    def __len__(self):
        return 7
log.clear()
sp = Special()
print(len(sp), log)

# __getattr__ on a module-level class attribute access via type
class Meta(type):
    def __getattr__(cls, name):
        return f'class-level {name}'
class WithMeta(metaclass=Meta):
    pass
print(WithMeta.anything)
try:
    WithMeta().anything
except AttributeError as e:
    print(type(e).__name__, e)

# AttributeError raised inside a property is routed to __getattr__
class PropFallback:
    @property
    def broken(self):
        raise AttributeError('inner problem')
    def __getattr__(self, name):
        return f'fallback for {name}'
print(PropFallback().broken)
