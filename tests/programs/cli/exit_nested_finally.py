"""SystemExit raised deep in nested calls unwinds through finally blocks and context managers before exiting."""
import contextlib
import sys

@contextlib.contextmanager
def resource(name):
    print('acquire', name)
    try:
        yield
    finally:
        print('release', name)

def inner():
    with resource('inner'):
        sys.exit(7)

def outer():
    try:
        with resource('outer'):
            inner()
    except Exception:
        print('SystemExit is not an Exception, so this is not printed')
    finally:
        print('outer finally')

outer()
