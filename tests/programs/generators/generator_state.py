"""Generator lifecycle states via inspect.getgeneratorstate and gi_* attributes, including re-entrancy and closing semantics."""

import inspect

def worker():
    state = yield 'started'
    while True:
        state = yield f'got {state}'

g = worker()
print(inspect.getgeneratorstate(g), g.gi_frame is not None, g.gi_running, g.gi_suspended)
print(next(g), inspect.getgeneratorstate(g), g.gi_suspended)
print(g.send('x'), g.send('y'))
def peek():
    yield inspect.getgeneratorstate(me)
me = peek()
print(next(me))
g.close()
print(inspect.getgeneratorstate(g), g.gi_frame, g.gi_suspended)
print(inspect.getgeneratorlocals(worker()) == {}, inspect.isgenerator(g), inspect.isgeneratorfunction(worker), inspect.isgeneratorfunction(peek))

def counter(n):
    i = 0
    while i < n:
        yield i
        i += 1
c = counter(3)
next(c)
print(inspect.getgeneratorlocals(c))
list(c)
print(inspect.getgeneratorstate(c), inspect.getgeneratorlocals(c))

# a generator function object is not a generator
print(inspect.isgenerator(counter), type(counter).__name__, counter.__code__.co_flags & inspect.CO_GENERATOR != 0)
# generator expressions have the same states
ge = (x for x in range(2))
print(inspect.getgeneratorstate(ge), next(ge), inspect.getgeneratorstate(ge), list(ge), inspect.getgeneratorstate(ge), ge.gi_code.co_name)
