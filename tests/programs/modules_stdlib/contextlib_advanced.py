"""contextlib advanced: ExitStack pop_all and callbacks with arguments, contextmanager re-raising, AbstractContextManager, suppress with groups."""

import contextlib

class Resource:
    def __init__(self, name, log):
        self.name, self.log = name, log
    def __enter__(self):
        self.log.append(f'open {self.name}')
        return self
    def __exit__(self, *exc):
        self.log.append(f'close {self.name}')
        return False

log = []
def open_all(names):
    with contextlib.ExitStack() as stack:
        resources = [stack.enter_context(Resource(n, log)) for n in names]
        stack.callback(log.append, 'callback with args')
        moved = stack.pop_all()
    log.append('after with: nothing closed yet')
    return resources, moved
resources, closer = open_all(['a', 'b'])
closer.close()
print(log)

@contextlib.contextmanager
def converting():
    try:
        yield
    except KeyError as e:
        raise LookupError(f'converted {e}') from e
try:
    with converting():
        {}['x']
except LookupError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

class Managed(contextlib.AbstractContextManager):
    def __exit__(self, *exc):
        print('Managed.__exit__', exc[0].__name__ if exc[0] else None)
with Managed() as m:
    print('entered returns self:', type(m).__name__)
print(issubclass(Resource, contextlib.AbstractContextManager))

for exc in [ValueError('plain'), ExceptionGroup('eg', [ValueError('v1'), ValueError('v2')])]:
    try:
        with contextlib.suppress(ValueError):
            raise exc
        print('suppressed', repr(exc))
    except ExceptionGroup as e:
        print('3.11 suppress() does not look inside groups:', repr(e))

@contextlib.contextmanager
def reusable_cm():
    yield 'value'
cm = reusable_cm()
with cm as v:
    print(v)
try:
    cm.__enter__()          # a @contextmanager object is single-use
except (RuntimeError, AttributeError, TypeError) as e:
    print(type(e).__name__, e)
