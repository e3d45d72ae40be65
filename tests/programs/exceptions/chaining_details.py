"""Exception chaining details: implicit context through nested handlers, cycles prevented, context of re-raises."""

def chain_of(e):
    out = []
    while e is not None:
        out.append(f'{type(e).__name__}({e})')
        e = e.__cause__ if e.__cause__ is not None else (None if e.__suppress_context__ else e.__context__)
    return ' <- '.join(out)

# three levels of implicit context
try:
    try:
        try:
            raise ValueError('level 1')
        except ValueError:
            raise TypeError('level 2')
    except TypeError:
        raise KeyError('level 3')
except KeyError as e:
    print(chain_of(e))

# explicit cause plus implicit context
try:
    try:
        raise ValueError('ctx')
    except ValueError:
        raise RuntimeError('top') from OSError('explicit')
except RuntimeError as e:
    print(chain_of(e), '| context still set:', repr(e.__context__))

# re-raising the same exception in its own handler does not create a self-cycle
try:
    try:
        raise ValueError('self')
    except ValueError as err:
        raise err
except ValueError as e:
    print(repr(e.__context__))

# context cycle is broken when raising an older exception during handling of a newer one
try:
    try:
        raise ValueError('A')
    except ValueError as a:
        try:
            raise TypeError('B')
        except TypeError:
            raise a
except ValueError as e:
    print(repr(e), '->', repr(e.__context__), '->', repr(e.__context__.__context__))

# exceptions raised in finally get the pending exception as context
try:
    try:
        raise IndexError('pending')
    finally:
        raise AttributeError('in finally')
except AttributeError as e:
    print(chain_of(e))

# context is set even if caught and raised in a called function
def helper():
    raise LookupError('from helper')
try:
    try:
        1 / 0
    except ZeroDivisionError:
        helper()
except LookupError as e:
    print(chain_of(e))

# context is not set when the handler has already finished
try:
    try:
        raise ValueError('done')
    except ValueError:
        pass
    raise TypeError('after handler')
except TypeError as e:
    print(repr(e.__context__))

# raise from None inside nested handler hides the whole chain
try:
    try:
        try:
            raise ValueError('deep')
        except ValueError:
            raise TypeError('middle')
    except TypeError:
        raise KeyError('top') from None
except KeyError as e:
    print(chain_of(e), '| context preserved:', repr(e.__context__), repr(e.__context__.__context__))

# generator.throw chaining
def gen():
    try:
        yield
    except ValueError:
        raise RuntimeError('from generator')
g = gen()
next(g)
try:
    g.throw(ValueError('thrown in'))
except RuntimeError as e:
    print(chain_of(e))
