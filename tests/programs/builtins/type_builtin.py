"""type() with one argument (the class of anything) and three arguments (dynamic class creation)."""

for obj in [1, True, 1.0, 1j, 'a', b'a', bytearray(), [], (), {}, set(), frozenset(), range(1), slice(1), None, ..., NotImplemented,
            len, print, [].append, (lambda: 0), type, object, object(), iter([]), (x for x in []), memoryview(b''), type(None), int.__add__, (1).__add__, property()]:
    print(type(obj).__name__, type(obj).__module__, type(type(obj)).__name__)

class Base:
    greeting = 'hi'
    def hello(self): return f'{self.greeting} from {type(self).__name__}'

Dyn = type('Dyn', (Base,), {'greeting': 'hey', 'extra': lambda self: 'extra', '__doc__': 'dynamic class'})
d = Dyn()
print(Dyn.__name__, Dyn.__qualname__, Dyn.__module__, Dyn.__bases__, Dyn.__doc__, d.hello(), d.extra(), isinstance(d, Base))
Empty = type('Empty', (), {})
print(Empty.__bases__, Empty.__mro__, type(Empty()).__name__)

# __qualname__ and __module__ can be set through the namespace
Named = type('Named', (), {'__qualname__': 'Outer.Named', '__module__': 'somewhere'})
print(Named.__qualname__, Named.__module__, repr(Named))

# type is its own type; classes are instances of their metaclass
print(type(type) is type, type(Base) is type, type(int) is type, isinstance(Base, type))

# errors
for args in [(), ('A',) * 2, ('A', (), {}, {}), ('A', (1,), {}), ('A', (), {'__qualname__': 5}), ('A', (), {'__slots__': 5}),
             ('A', (bool,), {}), ('A\x00', (), {})]:
    try:
        print(args, type(*args))
    except (TypeError, ValueError) as e:
        print(args, '->', type(e).__name__, e)
try:
    type('A', (), {}, extra=1)
except TypeError as e:
    print(type(e).__name__, e)
