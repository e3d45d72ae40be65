"""assert statement: passing, failing with and without messages, message evaluation laziness."""

assert True
assert 1, 'not shown'

def check(cond, *msg):
    try:
        if msg:
            assert cond, msg[0]
        else:
            assert cond
        return 'passed'
    except AssertionError as e:
        return f'AssertionError args={e.args!r} str={str(e)!r}'

print(check(1 == 1))
print(check(1 == 2))
print(check([], 'empty list'))
print(check(0, 42))
print(check(None, ('tuple', 'message')))
print(check('', None))

calls = []
def msg():
    calls.append('msg evaluated')
    return 'lazy'
assert True, msg()
print(calls)
try:
    assert False, msg()
except AssertionError as e:
    print(calls, e)

# assert on a tuple is always true (a common bug, but valid)
import warnings
with warnings.catch_warnings():
    warnings.simplefilter('ignore')
    exec("assert (False, 'x')")
print('tuple assert passed')

print('__debug__ =', __debug__)

# AssertionError is an Exception subclass with normal behaviour
e = AssertionError('a', 'b')
print(e.args, str(e), repr(e), isinstance(e, Exception))

# assert inside a function propagating
def validate(n):
    assert n >= 0, f'negative: {n}'
    return n ** 0.5
for n in [4, -1]:
    try:
        print(validate(n))
    except AssertionError as err:
        print('invalid:', err)
