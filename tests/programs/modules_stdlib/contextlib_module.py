"""contextlib: contextmanager, suppress, closing, ExitStack, nullcontext, redirect_stdout/stderr, chdir (3.11), ContextDecorator."""

import contextlib
import io
import os
import sys
import tempfile

@contextlib.contextmanager
def tag(name):
    print(f'<{name}>')
    try:
        yield name.upper()
    except ValueError as e:
        print(f'  {name} handled {e}')
    finally:
        print(f'</{name}>')

with tag('a') as t:
    print('  inside', t)
with tag('b'):
    raise ValueError('oops')
try:
    with tag('c'):
        raise KeyError('not handled')
except KeyError as e:
    print('propagated', e)

with contextlib.suppress(FileNotFoundError, KeyError):
    {}['missing']
print('suppressed KeyError')

class Resource:
    def close(self): print('Resource.close called')
with contextlib.closing(Resource()):
    print('using resource')

with contextlib.ExitStack() as stack:
    names = [stack.enter_context(tag(n)) for n in ['x', 'y']]
    stack.callback(print, 'callback registered first, runs last')
    stack.push(lambda *exc: print('push exit callback, exc:', exc[0]))
    print('stack body', names)

with contextlib.nullcontext('value') as v:
    print('nullcontext gives', v)

buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print('captured line')
    help_text = 'x'
print('captured:', repr(buf.getvalue()))
err = io.StringIO()
with contextlib.redirect_stderr(err):
    print('to stderr', file=sys.stderr)
print('captured stderr:', repr(err.getvalue()))

class timed(contextlib.ContextDecorator):
    def __enter__(self):
        print('enter decorator')
        return self
    def __exit__(self, *exc):
        print('exit decorator')
        return False
@timed()
def work():
    print('working')
work()

before = os.getcwd()
with tempfile.TemporaryDirectory() as tmp:
    with contextlib.chdir(tmp):
        print(os.getcwd() == os.path.realpath(tmp))
    print(os.getcwd() == before)

@contextlib.contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)
@contextlib.contextmanager
def two_yields():
    yield 1
    yield 2
try:
    with two_yields():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)
