"""The builtins module namespace: every public name, grouped by kind (types, exceptions, functions, constants)."""

import builtins

names = sorted(n for n in dir(builtins) if not n.startswith('_'))
print(len(names), 'public names')
kinds = {}
for n in names:
    obj = getattr(builtins, n)
    if isinstance(obj, type) and issubclass(obj, BaseException):
        kind = 'exception'
    elif isinstance(obj, type):
        kind = 'type'
    elif callable(obj):
        kind = type(obj).__name__
    else:
        kind = 'constant'
    kinds.setdefault(kind, []).append(n)
for kind in sorted(kinds):
    print(f'{kind} ({len(kinds[kind])}):')
    print('   ', ' '.join(kinds[kind]))
print(sorted(n for n in dir(builtins) if n.startswith('__')))
print(builtins.__name__, __builtins__ is builtins, type(__builtins__).__name__)
print(hasattr(builtins, 'True'), getattr(builtins, 'None', 'absent'))
print(builtins.Ellipsis is ..., builtins.NotImplemented is NotImplemented, builtins.__debug__)
