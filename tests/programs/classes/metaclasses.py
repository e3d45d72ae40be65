"""Metaclasses: __new__/__init__/__call__ on the metaclass, __prepare__, keyword arguments, conflicts."""

log = []

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        log.append(f'prepare {name} {sorted(kwargs)}')
        return {'injected': 'from prepare'}

    def __new__(mcls, name, bases, ns, **kwargs):
        log.append(f'new {name} keys={sorted(k for k in ns if not k.startswith("__"))}')
        cls = super().__new__(mcls, name, bases, ns)
        cls.options = kwargs
        return cls

    def __init__(cls, name, bases, ns, **kwargs):
        log.append(f'init {name}')
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kwargs):
        log.append(f'call {cls.__name__}{args}')
        return super().__call__(*args, **kwargs)

class Widget(metaclass=Meta, color='red', size=3):
    def __init__(self, x):
        self.x = x
print(log)
log.clear()
w = Widget(5)
print(log, w.x, Widget.options, Widget.injected, type(Widget).__name__)
log.clear()

# metaclass is inherited
class Sub(Widget):
    pass
print(log, type(Sub).__name__, Sub.options)
log.clear()

# ordered namespace recording via __prepare__
class Recording(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, k, v):
        if not k.startswith('__'):
            self.order.append(k)
        super().__setitem__(k, v)
class OrderMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Recording()
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.field_order = ns.order
        return cls
class Fields(metaclass=OrderMeta):
    zeta = 1
    alpha = 2
    def method(self): pass
    alpha = 3
print(Fields.field_order)

# type(name, bases, dict) creates classes dynamically
Dyn = type('Dyn', (Widget,), {'y': 2, 'double': lambda self: self.x * 2})
print(type(Dyn).__name__, Dyn(21).double(), Dyn.__name__, Dyn.y)

# a function as metaclass
def func_meta(name, bases, ns):
    ns['made_by'] = 'function'
    return type(name, bases, ns)
class ByFunc(metaclass=func_meta):
    pass
print(ByFunc.made_by, type(ByFunc).__name__)

# metaclass methods and attributes are visible on the class but not on instances
class M(type):
    def class_only(cls):
        return f'class_only on {cls.__name__}'
    meta_attr = 'meta'
class UsesM(metaclass=M): pass
print(UsesM.class_only(), UsesM.meta_attr, hasattr(UsesM(), 'class_only'))

# metaclass conflict
class MetaA(type): pass
class MetaB(type): pass
class A(metaclass=MetaA): pass
class B(metaclass=MetaB): pass
try:
    class C(A, B): pass
except TypeError as e:
    print(type(e).__name__, e)

# the most derived metaclass wins
class MetaSub(MetaA): pass
class D(metaclass=MetaSub): pass
class E(A, D): pass
print(type(E).__name__)

# __init_subclass__ kwargs vs metaclass kwargs
try:
    class Bad(unknown_kw=1): pass
except TypeError as e:
    print(type(e).__name__, e)

# type() argument errors
for args in [(), ('a', 'b'), ('N', (), {}, 1), (1, (), {}), ('N', 5, {}), ('N', (), [])]:
    try:
        type(*args)
    except TypeError as e:
        print(args, '->', type(e).__name__, e)

# __prepare__ must return a mapping
class BadPrepare(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 42
try:
    class Q(metaclass=BadPrepare): pass
except TypeError as e:
    print(type(e).__name__, e)

# __call__ override can bypass instance creation
class Factory(type):
    def __call__(cls, *args):
        return ('not an instance', cls.__name__, args)
class Product(metaclass=Factory): pass
print(Product(1, 2))
