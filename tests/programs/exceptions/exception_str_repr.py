"""str() and repr() of builtin exceptions with zero, one and several arguments, and the args attribute."""

import builtins

classes = sorted({obj for obj in vars(builtins).values()
                  if isinstance(obj, type) and issubclass(obj, BaseException)
                  and obj not in (BaseExceptionGroup, ExceptionGroup)},
                 key=lambda c: c.__name__)
for cls in classes:
    row = []
    for args in [(), ('msg',), ('a', 2)]:
        try:
            e = cls(*args)
        except TypeError as err:
            row.append(f'TypeError: {err}')
            continue
        row.append(f'str={str(e)!r} repr={e!r}')
    print(cls.__name__.ljust(26), ' | '.join(row))

# KeyError quotes its single argument
print(str(KeyError('k')), str(KeyError(1)), str(KeyError()), str(KeyError('a', 'b')), repr(KeyError('k')))
# non-string arguments
print(str(ValueError(42)), str(ValueError(None)), str(ValueError([1, 2])), repr(ValueError(('t',))))
# args is always a tuple and can be replaced
e = Exception('x')
e.args = ['list', 'becomes', 'tuple']
print(e.args, str(e))
e.args = ()
print(repr(str(e)), repr(e))
try:
    e.args = 5
except TypeError as err:
    print(type(err).__name__, err)

# subclasses override __str__
class Custom(Exception):
    def __str__(self): return 'custom str'
print(str(Custom('ignored')), repr(Custom('a', 'b')))
class WithInit(Exception):
    def __init__(self, code):
        super().__init__(f'error code {code}')
        self.code = code
w = WithInit(7)
print(str(w), repr(w), w.args, w.code)
class NoSuperInit(Exception):
    def __init__(self, a, b):
        self.a, self.b = a, b
n = NoSuperInit(1, 2)
print(str(n), repr(n), n.args)

# StopIteration, SystemExit specials
print(StopIteration().value, StopIteration(1, 2).value, SystemExit().code, SystemExit(3).code, SystemExit(1, 2).code)
print(StopAsyncIteration('x').args, GeneratorExit().args)
