"""The complete builtin exception hierarchy: every exception class in builtins with its base classes."""

import builtins

excs = sorted({obj for name, obj in vars(builtins).items()
               if isinstance(obj, type) and issubclass(obj, BaseException)},
              key=lambda c: c.__name__)
print(len(excs), 'builtin exception classes')
for cls in excs:
    bases = ', '.join(b.__name__ for b in cls.__bases__)
    print(f'{cls.__name__}({bases})')

# the tree, rendered from BaseException downwards using only builtin classes
names = {c.__name__ for c in excs}
def tree(cls, depth=0):
    print('  ' * depth + cls.__name__)
    subs = sorted((s for s in cls.__subclasses__() if s.__name__ in names and s.__module__ == 'builtins'),
                  key=lambda c: c.__name__)
    for s in subs:
        if s.__bases__[0] is cls:
            tree(s, depth + 1)
tree(BaseException)

# aliases
print(IOError is OSError, EnvironmentError is OSError, getattr(builtins, 'WindowsError', None))
print(ExceptionGroup.__mro__[1:3] == (BaseExceptionGroup, Exception))
