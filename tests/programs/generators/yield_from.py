"""yield from: delegation, return values, send/throw/close forwarding, iterables, nested delegation."""

def inner():
    received = yield 'inner 1'
    print('  inner got', received)
    received = yield 'inner 2'
    print('  inner got', received)
    return 'inner result'

def outer():
    result = yield from inner()
    print('  outer got result:', result)
    yield 'outer done'

g = outer()
print(next(g))
print(g.send('A'))
print(g.send('B'))
try:
    next(g)
except StopIteration:
    print('exhausted')

# yield from any iterable
def flatten(items):
    for item in items:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, (4, 5)], 6], [[[7]]]])))
def chain(*its):
    for it in its:
        yield from it
print(list(chain('ab', range(2), {'k': 1}, b'\x01')))

# throw is forwarded to the inner generator
def inner_catch():
    try:
        yield 1
    except ValueError as e:
        yield f'inner handled {e}'
    yield 'inner continues'
def outer2():
    yield from inner_catch()
    yield 'outer after'
g = outer2()
print(next(g), g.throw(ValueError('x')), next(g), next(g))

# close is forwarded
def inner_close():
    try:
        yield 1
    finally:
        print('  inner finally')
def outer_close():
    try:
        yield from inner_close()
    finally:
        print('  outer finally')
g = outer_close()
next(g)
g.close()

# gi_yieldfrom shows the delegate
g = outer()
next(g)
print(type(g.gi_yieldfrom).__name__, g.gi_yieldfrom.gi_code.co_name)

# the value of yield from an iterator without return is None
def gets_none():
    r = yield from [1, 2]
    yield r
print(list(gets_none()))

# StopIteration value propagation through several levels
def level3():
    yield 'l3'
    return 3
def level2():
    r = yield from level3()
    return r * 10
def level1():
    r = yield from level2()
    yield f'final {r}'
print(list(level1()))

# yield from a non-iterable
def bad():
    yield from 5
try:
    list(bad())
except TypeError as e:
    print(type(e).__name__, e)

# send to a delegated plain iterator fails with AttributeError
def deleg():
    yield from iter([1, 2])
d = deleg()
next(d)
try:
    d.send('x')
except AttributeError as e:
    print(type(e).__name__, e)

# recursive tree traversal with yield from
tree = (1, (2, (4, None, None), (5, None, None)), (3, None, (6, None, None)))
def inorder(node):
    if node:
        value, left, right = node
        yield from inorder(left)
        yield value
        yield from inorder(right)
print(list(inorder(tree)))
