"""Generator methods send(), throw() and close(): coroutine-style generators, GeneratorExit handling, errors."""

def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total

acc = accumulator()
print(next(acc), acc.send(10), acc.send(5), acc.send(-3))
try:
    acc.send(None)
except StopIteration as e:
    print('final', e.value)

# send to a just-started generator must be None
g = accumulator()
try:
    g.send(1)
except TypeError as e:
    print(type(e).__name__, e)
print(g.send(None))

# throw() raises inside the generator at the yield point
def catcher():
    while True:
        try:
            yield 'ready'
        except ValueError as e:
            print('  caught inside:', e)
            yield 'handled'
c = catcher()
print(next(c), c.throw(ValueError('bad value')), next(c))
try:
    c.throw(KeyError('unhandled'))
except KeyError as e:
    print('propagated', type(e).__name__, e)
try:
    next(c)
except StopIteration:
    print('generator is finished after an unhandled throw')

# throw with a type, and with a type plus value (deprecated signature still works)
def simple():
    yield 1
s = simple()
next(s)
try:
    s.throw(IndexError)
except IndexError as e:
    print('IndexError from type', repr(e))
import warnings
with warnings.catch_warnings():
    warnings.simplefilter('ignore', DeprecationWarning)
    s = simple()
    next(s)
    try:
        s.throw(IndexError, 'with value')
    except IndexError as e:
        print('IndexError from type+value', repr(e))

# throw into a not-started generator raises immediately
s = simple()
try:
    s.throw(RuntimeError('before start'))
except RuntimeError as e:
    print(type(e).__name__, e)
print(list(s))

# close()
def closable():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print('  GeneratorExit seen')
        raise
    finally:
        print('  finally on close')
cl = closable()
next(cl)
print(cl.close(), cl.close())
fresh = closable()
fresh.close()          # never started: no GeneratorExit, no finally
print('closed fresh')

# yielding in response to GeneratorExit is an error
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 'refuse'
st = stubborn()
next(st)
try:
    st.close()
except RuntimeError as e:
    print(type(e).__name__, e)

# returning a value from GeneratorExit handler is fine
def graceful():
    try:
        yield 1
    except GeneratorExit:
        return 'ignored'
gr = graceful()
next(gr)
print(gr.close())

# throw() a non-exception
try:
    simple().throw(5)
except TypeError as e:
    print(type(e).__name__, e)

# generator-based running average with send
def averager():
    total = count = 0
    avg = None
    while True:
        term = yield avg
        total += term
        count += 1
        avg = total / count
av = averager()
next(av)
print([av.send(x) for x in [10, 20, 30, 40]])
