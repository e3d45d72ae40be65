"""sys.exc_info() and sys.exception(): what is visible inside handlers, finally, nested calls and after handling."""

import sys

def describe():
    t, v, tb = sys.exc_info()
    return (t.__name__ if t else None, repr(v), tb is not None, repr(sys.exception()))

print(describe())
try:
    raise ValueError('one')
except ValueError:
    print(describe())
    try:
        raise KeyError('two')
    except KeyError:
        print(describe())
    print('after inner handler:', describe())
print('after outer handler:', describe())

# visible in functions called from handlers
def called():
    return describe()
try:
    raise IndexError('from caller')
except IndexError:
    print(called())

# in finally while an exception propagates
try:
    try:
        raise TypeError('propagating')
    finally:
        print('finally sees:', describe())
except TypeError:
    pass

# in else and after a handled exception
try:
    pass
except Exception:
    pass
else:
    print('else sees:', describe())

# traceback objects
def fail():
    raise OSError('tb demo')
try:
    fail()
except OSError:
    tb = sys.exc_info()[2]
    frames = []
    while tb:
        frames.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print([name for name, _ in frames], frames[1][1] - frames[0][1] < 0)

# exc_info inside generator resumed in a handler
def gen():
    yield describe()
try:
    raise ZeroDivisionError('outer')
except ZeroDivisionError:
    g = gen()
    print('generator inside handler:', next(g))

# exception variable is cleared at the end of the handler
try:
    raise ValueError
except ValueError as err:
    pass
print('err' in dir())

# traceback module formatting of the current exception
import traceback
try:
    {}['missing']
except KeyError:
    print(traceback.format_exc().splitlines()[-1])
    print(traceback.format_exception_only(*sys.exc_info()[:2]))
print(repr(traceback.format_exc()))
