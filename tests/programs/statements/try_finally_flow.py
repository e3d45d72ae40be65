"""Control flow through try/except/else/finally: return, break and continue interacting with finally."""

def order(raise_it):
    log = []
    try:
        log.append('try')
        if raise_it:
            raise ValueError
    except ValueError:
        log.append('except')
    else:
        log.append('else')
    finally:
        log.append('finally')
    return log

print(order(False))
print(order(True))

def finally_overrides_return():
    try:
        return 'try'
    finally:
        return 'finally'
print(finally_overrides_return())

def finally_swallows_exception():
    try:
        raise KeyError('lost')
    finally:
        return 'swallowed'
print(finally_swallows_exception())

def return_value_computed_before_finally():
    x = 1
    try:
        return x
    finally:
        x = 2
print(return_value_computed_before_finally())

def mutable_return():
    x = [1]
    try:
        return x
    finally:
        x.append(2)
print(mutable_return())

def break_in_finally():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return i
print(break_in_finally())

def continue_in_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError
            out.append(i)
        finally:
            continue
    return out
print(continue_in_finally())

def nested_finally():
    log = []
    try:
        try:
            log.append('inner try')
            return log
        finally:
            log.append('inner finally')
    finally:
        log.append('outer finally')
print(nested_finally())

def except_else_return():
    try:
        pass
    except Exception:
        return 'except'
    else:
        return 'else'
    finally:
        print('  finally before else returns')
print(except_else_return())

def reraise_after_finally():
    try:
        try:
            1 / 0
        finally:
            print('  cleanup runs')
    except ZeroDivisionError as e:
        return f'outer caught {e}'
print(reraise_after_finally())

# exception raised in else is not caught by the same try's except
def else_raises():
    try:
        try:
            pass
        except ValueError:
            return 'wrong handler'
        else:
            raise ValueError('from else')
    except ValueError as e:
        return f'outer: {e}'
print(else_raises())

# exception in finally replaces the original
def finally_raises():
    try:
        raise ValueError('first')
    finally:
        raise TypeError('second')
try:
    finally_raises()
except TypeError as e:
    print(type(e).__name__, e, '| context', repr(e.__context__))

# generator closing runs finally
def gen():
    try:
        yield 1
        yield 2
    finally:
        print('  gen finally')
g = gen()
print(next(g))
g.close()
print('closed')

# loop with try/finally and while-else
i = 0
while i < 3:
    try:
        i += 1
        if i == 2:
            continue
    finally:
        print('  finally', i)
else:
    print('while else', i)
