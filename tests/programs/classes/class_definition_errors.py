"""Errors while defining and using classes: bad bases, duplicate bases, calling abstract-ish things, attribute errors."""

for bases in [(1,), ('str',), (len,), (None,)]:
    try:
        class X(*bases): pass
    except TypeError as e:
        print(bases, '->', type(e).__name__, e)

class A: pass
try:
    class Dup(A, A): pass
except TypeError as e:
    print(type(e).__name__, e)

# mro entries: __mro_entries__ lets non-classes act as bases
class Alias:
    def __mro_entries__(self, bases):
        return (A,)
class UsesAlias(Alias()): pass
print([c.__name__ for c in UsesAlias.__mro__], UsesAlias.__orig_bases__[0].__class__.__name__)

# exceptions in class bodies propagate, class is not created
try:
    class Broken:
        x = 1 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e, 'Broken' in globals())

# methods missing self
class NoSelf:
    def method():
        return 'no self'
try:
    NoSelf().method()
except TypeError as e:
    print(type(e).__name__, e)
print(NoSelf.method())

# calling instance method on the class without an instance
class Needs:
    def m(self, x): return x
try:
    Needs.m(5)
except TypeError as e:
    print(type(e).__name__, e)

# wrong number of args to __init__
class Init:
    def __init__(self, a, b): pass
for args in [(), (1,), (1, 2, 3)]:
    try:
        Init(*args)
    except TypeError as e:
        print(args, '->', type(e).__name__, e)

# attribute errors mention the class or the type object
class Attrs:
    cls_attr = 1
for expr in ["Attrs().nope", "Attrs.nope", "Attrs().cls_attr.nope", "type.nope"]:
    try:
        eval(expr)
    except AttributeError as e:
        print(expr, '->', type(e).__name__, e, '| name =', e.name, '| obj type =', type(e.obj).__name__)

# read-only attributes of builtins
for expr in ["setattr((1).real, 'x', 1)", "setattr([], 'x', 1)", "setattr('s', 'upper', 1)", "delattr([], 'append')", "setattr(len, '__name__', 'x')"]:
    try:
        eval(expr)
    except AttributeError as e:
        print(expr, '->', type(e).__name__, e)

# setattr/getattr with non-string names
for expr in ["getattr(A, 1)", "setattr(A(), 2, 3)", "hasattr(A, None)", "delattr(A, b'x')"]:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, '->', type(e).__name__, e)
