"""try/except: handler selection by class and tuple, ordering, bare except, 'as' binding, nested try statements."""

def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return f'lookup error branch: {type(e).__name__}'
    except ArithmeticError as e:
        return f'arithmetic branch: {type(e).__name__}'
    except ValueError:
        return 'value branch'
    except Exception as e:
        return f'generic Exception branch: {type(e).__name__}'
    except:
        return 'bare except branch'

for exc in [KeyError('k'), IndexError, ZeroDivisionError(), OverflowError, FloatingPointError,
            ValueError('v'), UnicodeDecodeError('utf-8', b'', 0, 1, 'x'), TypeError(), KeyboardInterrupt(), SystemExit(3), GeneratorExit]:
    print(classify(exc))

# first matching handler wins, even if a later one is more specific
try:
    raise FileNotFoundError('missing')
except OSError:
    print('OSError handler (listed first)')
except FileNotFoundError:
    print('never reached')

# the handler's exception class can be computed at runtime
handlers = (TypeError, ValueError)
try:
    int('abc')
except handlers[1] as e:
    print('dynamic handler:', e)

# nested try: inner doesn't match, outer does
try:
    try:
        {}['missing']
    except IndexError:
        print('wrong')
    finally:
        print('inner finally')
except LookupError as e:
    print('outer caught', type(e).__name__, e)

# exception raised inside except is not caught by siblings
try:
    try:
        raise ValueError('first')
    except ValueError:
        raise TypeError('second')
    except TypeError:
        print('sibling handler does not catch it')
except TypeError as e:
    print('outer caught', e, '| context', repr(e.__context__))

# else runs only without exception
for value in ['10', 'x']:
    try:
        n = int(value)
    except ValueError:
        print(value, 'is not a number')
    else:
        print(value, 'parsed as', n)

# catching with a non-exception class
try:
    try:
        raise ValueError
    except 42:
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise ValueError
    except (ValueError, 'not a class'):
        print('tuple is checked left to right, ValueError matched first')
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise KeyError
    except ('str', KeyError):
        pass
except TypeError as e:
    print(type(e).__name__, e)

# an except clause with an expression that is evaluated only when needed
calls = []
def which():
    calls.append('evaluated')
    return KeyError
try:
    pass
except which():
    pass
try:
    raise KeyError
except which():
    pass
print(calls)

# bare except catches BaseException subclasses too
try:
    raise SystemExit(0)
except:
    print('bare except caught SystemExit')
