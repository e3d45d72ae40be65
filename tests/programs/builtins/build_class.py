"""__build_class__: what the class statement calls; driving it directly and replacing it in builtins."""

import builtins

# calling __build_class__ directly: a plain function's locals are fast locals,
# so they do not end up in the class namespace (a class body's code object differs)
def class_body():
    attr = 'set in body'
    def hello(self):
        return f'hello from {type(self).__name__}'
C = builtins.__build_class__(class_body, 'C')
print(C.__name__, C.__qualname__, C.__bases__, sorted(k for k in vars(C) if not k.startswith('__')))

# a function that stores into its namespace explicitly through a class statement body is the normal route
class Normal:
    attr = 'set in body'
print(Normal.attr)

class Base:
    pass
D = builtins.__build_class__(class_body, 'D', Base)
print(D.__bases__, isinstance(D(), Base))

class Meta(type):
    pass
E = builtins.__build_class__(class_body, 'E', metaclass=Meta)
print(type(E).__name__)

# intercepting class creation
original = builtins.__build_class__
created = []
def tracing_build_class(func, name, *bases, **kwargs):
    created.append(name)
    return original(func, name, *bases, **kwargs)
builtins.__build_class__ = tracing_build_class
try:
    class Traced:
        pass
    class AlsoTraced(Traced):
        pass
finally:
    builtins.__build_class__ = original
print(created, AlsoTraced.__mro__[1].__name__)

for args in [(), (class_body,), (1, 'X'), (class_body, 5)]:
    try:
        builtins.__build_class__(*args)
    except TypeError as e:
        print(len(args), 'args ->', type(e).__name__, e)

# without __build_class__ class statements fail
del builtins.__build_class__
try:
    class Fails:
        pass
except NameError as e:
    print(type(e).__name__, e)
finally:
    builtins.__build_class__ = original
class Works:
    pass
print(Works.__name__)
