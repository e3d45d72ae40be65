"""Exceptions and context managers: __exit__ receiving exception details, replacing/suppressing, ExitStack unwinding with failures."""

import contextlib

class Recorder:
    def __init__(self, name, suppress=(), raise_in_exit=None):
        self.name, self.suppress, self.raise_in_exit = name, suppress, raise_in_exit
    def __enter__(self):
        print(f'enter {self.name}')
        return self
    def __exit__(self, et, ev, tb):
        print(f'exit {self.name}: {et.__name__ if et else None} {ev!r} tb={tb is not None}')
        if self.raise_in_exit:
            raise self.raise_in_exit
        return et is not None and issubclass(et, self.suppress)

with Recorder('outer', suppress=(KeyError,)):
    with Recorder('inner'):
        {}['missing']
print('after KeyError suppressed by outer')

try:
    with Recorder('a', raise_in_exit=RuntimeError('from exit')):
        raise ValueError('from body')
except RuntimeError as e:
    print('caught', repr(e), 'context', repr(e.__context__))

with contextlib.ExitStack() as stack:
    for name in ['one', 'two', 'three']:
        stack.enter_context(Recorder(name, suppress=(ZeroDivisionError,) if name == 'two' else ()))
    1 / 0
print('ZeroDivisionError suppressed inside the stack by two')

try:
    with contextlib.ExitStack() as stack:
        stack.enter_context(Recorder('first'))
        stack.enter_context(Recorder('second', raise_in_exit=TypeError('second exit fails')))
        stack.enter_context(Recorder('third'))
        raise ValueError('body fails')
except TypeError as e:
    print('final:', repr(e), '| context:', repr(e.__context__))

@contextlib.contextmanager
def transaction(log):
    log.append('begin')
    try:
        yield log
    except Exception as e:
        log.append(f'rollback ({e})')
        raise
    else:
        log.append('commit')
for fail in (False, True):
    log = []
    try:
        with transaction(log):
            if fail:
                raise LookupError('row missing')
    except LookupError:
        pass
    print(log)
