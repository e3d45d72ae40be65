"""Nested exception groups with except*: leaf matching through several levels, raising new groups inside handlers, notes and tracebacks."""

def make():
    try:
        raise ValueError('deep value')
    except ValueError as v:
        deep = v
    return ExceptionGroup('top', [
        ExceptionGroup('io', [OSError('disk'), FileNotFoundError('missing.txt')]),
        ExceptionGroup('data', [deep, TypeError('wrong type'), ExceptionGroup('inner', [ValueError('inner value')])]),
        KeyError('k'),
    ])

try:
    try:
        raise make()
    except* OSError as eg:
        print('OSError part:', repr(eg))
        print('  leaves:', [type(e).__name__ for e in eg.exceptions[0].exceptions])
    except* ValueError as eg:
        print('ValueError part:', repr(eg))
except* KeyError as eg:
    print('outer caught KeyError part:', repr(eg))
except* TypeError as eg:
    print('outer caught TypeError part:', repr(eg))

def handler_raises():
    try:
        raise ExceptionGroup('g', [ValueError('a'), TypeError('b')])
    except* ValueError:
        raise RuntimeError('replacement')
    except* TypeError as eg:
        eg.exceptions[0].add_note('annotated in handler')
        raise
try:
    handler_raises()
except ExceptionGroup as e:
    print(repr(e))
    for sub in e.exceptions:
        print(' ', type(sub).__name__, getattr(sub, '__notes__', None), repr(sub.__context__) if sub.__context__ else None)

# subgroup on a derived group keeps tracebacks of leaves
g = make()
vs = g.subgroup(lambda e: isinstance(e, ValueError))
print(repr(vs), vs.exceptions[0].exceptions[0].__traceback__ is not None)
print(repr(g.split(lambda e: isinstance(e, ExceptionGroup) and e.message == 'inner')[0]))
