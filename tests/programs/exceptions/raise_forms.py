"""The raise statement: classes, instances, bare re-raise, raise ... from, raise from None, invalid raises."""

def show(fn):
    try:
        fn()
    except BaseException as e:
        print(f'{type(e).__name__}: {e!s} | args={e.args!r} | cause={e.__cause__!r} | '
              f'context={e.__context__!r} | suppress={e.__suppress_context__}')

def raise_class():
    raise ValueError
def raise_instance():
    raise ValueError('with message', 2)
def reraise():
    try:
        raise KeyError('original')
    except KeyError:
        raise
def reraise_modified():
    try:
        raise KeyError('original')
    except KeyError as e:
        e.args = ('modified',)
        raise
def raise_from():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise RuntimeError('wrapped') from e
def raise_from_none():
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError('context hidden') from None
def raise_from_class():
    raise RuntimeError('cause is a class') from IndexError
def raise_from_unrelated():
    raise RuntimeError('explicit cause') from ValueError('unrelated')
def implicit_context():
    try:
        [][0]
    except IndexError:
        raise TypeError('during handling')
def reraise_caught_later():
    try:
        raise ValueError('saved')
    except ValueError as e:
        saved = e
    raise saved

for fn in [raise_class, raise_instance, reraise, reraise_modified, raise_from, raise_from_none,
           raise_from_class, raise_from_unrelated, implicit_context, reraise_caught_later]:
    print(fn.__name__, '->', end=' ')
    show(fn)

# invalid raises
def bare_raise_outside():
    raise
def raise_int():
    raise 42
def raise_non_exception_class():
    raise int
def raise_from_invalid():
    raise ValueError from 5
def class_returning_non_exception():
    class Weird(Exception):
        def __new__(cls, *a):
            return 'not an exception'
    raise Weird
for fn in [bare_raise_outside, raise_int, raise_non_exception_class, raise_from_invalid, class_returning_non_exception]:
    print(fn.__name__, '->', end=' ')
    show(fn)

# raise inside a nested function sees the outer handled exception for bare raise
def outer():
    try:
        raise OSError('outer exc')
    except OSError:
        def inner():
            raise
        inner()
print('nested bare raise ->', end=' ')
show(outer)

# __suppress_context__ can be set manually
try:
    try:
        raise ValueError('ctx')
    except ValueError:
        err = TypeError('manual')
        err.__suppress_context__ = True
        raise err
except TypeError as e:
    print(e.__suppress_context__, repr(e.__context__), e.__cause__)

# assigning a bad __cause__
e = ValueError()
try:
    e.__cause__ = 'nope'
except TypeError as err:
    print(type(err).__name__, err)
try:
    e.__context__ = 5
except TypeError as err:
    print(type(err).__name__, err)
e.__cause__ = None
print(e.__suppress_context__)
