"""Coroutines driven by hand with send()/throw()/close(): awaitables, __await__, cr_* attributes, StopIteration values."""

import types

class Suspend:
    """An awaitable that suspends once, yielding a request to the driver."""
    def __init__(self, request):
        self.request = request
    def __await__(self):
        reply = yield self.request
        return reply

async def child(x):
    r = await Suspend(('child asks', x))
    return r * 2

async def parent():
    a = await child(1)
    b = await child(2)
    return a + b

coro = parent()
print(type(coro).__name__, coro.__name__, coro.__qualname__, coro.cr_running, coro.cr_await)
print(coro.send(None))          # runs until the first suspension
print(type(coro.cr_await).__name__)
print(coro.send(10))            # reply to the first request
try:
    coro.send(20)
except StopIteration as e:
    print('result', e.value)

# throw into a suspended coroutine
async def guarded():
    try:
        await Suspend('waiting')
    except KeyError as e:
        return f'handled {e!r}'
g = guarded()
g.send(None)
try:
    g.throw(KeyError('k'))
except StopIteration as e:
    print(e.value)

# close a suspended coroutine
async def cleanup():
    try:
        await Suspend('x')
    finally:
        print('  coroutine finally')
c = cleanup()
c.send(None)
c.close()
print('closed')

# awaiting a coroutine twice
async def simple():
    return 'simple'
s = simple()
try:
    s.send(None)
except StopIteration as e:
    print(e.value)
try:
    s.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)

# coroutines are not iterators
s2 = simple()
try:
    iter(s2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    next(s2)
except TypeError as e:
    print(type(e).__name__, e)
s2.close()

# types.coroutine makes generator-based awaitables
@types.coroutine
def legacy_sleep(tag):
    got = yield ('sleep', tag)
    return got
async def uses_legacy():
    return await legacy_sleep('t1')
u = uses_legacy()
print(u.send(None))
try:
    u.send('woke')
except StopIteration as e:
    print(e.value)

# bad awaitables
class NotAwaitable: pass
class BadAwait:
    def __await__(self): return 5
async def await_it(obj):
    return await obj
for obj in [NotAwaitable(), BadAwait(), 42]:
    co = await_it(obj)
    try:
        co.send(None)
    except TypeError as e:
        print(type(e).__name__, e)

# __await__ returning an iterator that finishes immediately
class Immediate:
    def __await__(self):
        return iter([])
async def imm():
    return await Immediate()
try:
    imm().send(None)
except StopIteration as e:
    print('immediate', e.value)

# inspect coroutine state
import inspect
async def state_demo():
    await Suspend(1)
sd = state_demo()
print(inspect.getcoroutinestate(sd))
sd.send(None)
print(inspect.getcoroutinestate(sd))
sd.close()
print(inspect.getcoroutinestate(sd), inspect.iscoroutine(sd), inspect.iscoroutinefunction(state_demo))
