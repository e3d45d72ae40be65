"""Generator functions: laziness, state, StopIteration, return values, gi_* attributes, reuse after exhaustion."""

def count_up(n):
    print('  started')
    i = 0
    while i < n:
        yield i
        i += 1
    print('  finished')
    return 'result'

g = count_up(3)
print(type(g).__name__, g.__name__, g.__qualname__)
print('created, nothing ran yet')
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print('StopIteration', repr(e.value))
try:
    next(g)
except StopIteration as e:
    print('again StopIteration', repr(e.value))
print(list(count_up(4)), sum(count_up(5)))

# gi_ attributes
def simple():
    yield 1
    yield 2
s = simple()
print(s.gi_running, s.gi_frame is not None, s.gi_code.co_name, s.gi_yieldfrom, s.gi_suspended if hasattr(s, 'gi_suspended') else 'n/a')
next(s)
print(s.gi_frame.f_lineno - simple.__code__.co_firstlineno)
list(s)
print(s.gi_frame)

# generators are iterators
print(iter(s) is s, hasattr(s, '__next__'), hasattr(s, 'send'))

# generator expressions
ge = (x * x for x in range(5) if x % 2)
print(type(ge).__name__, next(ge), list(ge), list(ge))

# infinite generators with islice
import itertools
def naturals():
    n = 1
    while True:
        yield n
        n += 1
print(list(itertools.islice(naturals(), 5)), list(itertools.takewhile(lambda x: x < 4, naturals())))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print([f for _, f in zip(range(15), fib())])

# generator running itself
def selfref():
    yield next(gen_ref)
gen_ref = selfref()
try:
    next(gen_ref)
except ValueError as e:
    print(type(e).__name__, e)

# StopIteration raised inside a generator becomes RuntimeError (PEP 479)
def leaks():
    yield 1
    raise StopIteration('oops')
try:
    list(leaks())
except RuntimeError as e:
    print(type(e).__name__, e, '| cause:', repr(e.__cause__))

# return with value inside generator expression context
def early_return(flag):
    yield 'a'
    if flag:
        return 'early'
    yield 'b'
print(list(early_return(True)), list(early_return(False)))

# generator with try/finally and exhaustion via for/break
def with_cleanup():
    try:
        yield 1
        yield 2
    finally:
        print('  cleanup')
wc = with_cleanup()
for v in wc:
    print('got', v)
    break
print('after break, before close')
wc.close()
print('after close')
