"""Error behaviour of generators: exceptions propagating out, generator is finished afterwards, running re-entry."""

def failing():
    yield 1
    raise ValueError('inside generator')
    yield 2

g = failing()
print(next(g))
try:
    next(g)
except ValueError as e:
    print(type(e).__name__, e)
print(next(g, 'exhausted default'))

# exception context inside generators
def ctx():
    try:
        raise KeyError('first')
    except KeyError:
        yield 'in handler'
        raise TypeError('second')
c = ctx()
print(next(c))
try:
    next(c)
except TypeError as e:
    print(type(e).__name__, e, '| context:', repr(e.__context__))

# exception state isolated between generator and caller
import sys
def peek_exc():
    yield sys.exc_info()[0]
    yield sys.exc_info()[0]
p = peek_exc()
try:
    raise IndexError
except IndexError:
    print('caller handling, generator sees:', next(p).__name__)
print('caller done, generator sees:', next(p))

# generator expression errors are raised lazily
ge = (1 / x for x in [1, 0, 2])
print(next(ge))
try:
    next(ge)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(list(ge))

# but the first iterable is evaluated eagerly
try:
    (x for x in 5)
except TypeError as e:
    print(type(e).__name__, e)

# next() on non-iterators
for obj in [[1, 2], 'abc', 5]:
    try:
        next(obj)
    except TypeError as e:
        print(type(e).__name__, e)

# calling send/throw/close after exhaustion
def one():
    yield 1
o = one()
list(o)
try:
    o.send(None)
except StopIteration:
    print('send after exhaustion -> StopIteration')
try:
    o.throw(ValueError('late'))
except ValueError as e:
    print('throw after exhaustion re-raises', e)
print(o.close())

# RuntimeError when StopIteration escapes through yield from
def raises_stop():
    raise StopIteration
    yield
def delegates():
    yield from raises_stop()
try:
    list(delegates())
except RuntimeError as e:
    print(type(e).__name__, e)
