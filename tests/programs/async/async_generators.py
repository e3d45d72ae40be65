"""Async generators: async for, asend/athrow/aclose driven manually, async comprehensions, ag_* attributes."""

class Tick:
    def __await__(self):
        value = yield 'tick'
        return value

async def agen(n):
    for i in range(n):
        got = await Tick()
        yield (i, got)
    print('  agen finished')

def run(coro):
    """Drive a coroutine to completion, replying to each 'tick' with a counter."""
    counter = 0
    value = None
    while True:
        try:
            request = coro.send(value)
        except StopIteration as e:
            return e.value
        counter += 1
        value = f'reply{counter}'

async def consume():
    out = []
    async for item in agen(3):
        out.append(item)
    return out
print(run(consume()))

async def comprehension():
    return [x async for x in agen(2)], {x[0]: x[1] async for x in agen(2)}
print(run(comprehension()))

async def with_filter():
    return [i * 10 async for i, _ in agen(5) if i % 2 == 0]
print(run(with_filter()))

# manual protocol
ag = agen(2)
print(type(ag).__name__, ag.__name__, ag.ag_running, ag.ag_await)
ai = ag.__aiter__()
print(ai is ag)
step = ag.__anext__()
print(type(step).__name__)
print(step.send(None))
try:
    step.send('manual')
except StopIteration as e:
    print('first item', e.value)

# asend / athrow / aclose
async def echo():
    try:
        while True:
            received = yield 'ready'
            yield f'echo {received}'
    except ValueError as e:
        yield f'caught {e}'
    finally:
        print('  echo finally')

async def drive_echo():
    e = echo()
    log = [await e.__anext__(), await e.asend('hello'), await e.__anext__()]
    log.append(await e.athrow(ValueError('bad')))
    await e.aclose()
    try:
        await e.__anext__()
    except StopAsyncIteration:
        log.append('StopAsyncIteration after aclose')
    return log
print(run(drive_echo()))

# anext() and aiter() builtins
async def builtins_demo():
    g = agen(1)
    first = await anext(aiter(g))
    default = await anext(g, 'default value')
    return first, default
print(run(builtins_demo()))

# return with value in async generator is a syntax error
try:
    compile('async def f():\n    yield 1\n    return 2', '<src>', 'exec')
except SyntaxError as e:
    print(type(e).__name__, e.msg)

# async for over non-async iterable
async def bad_for():
    async for x in [1, 2]:
        pass
try:
    run(bad_for())
except TypeError as e:
    print(type(e).__name__, e)

# __aiter__ / __anext__ on a class
class Countdown:
    def __init__(self, n): self.n = n
    def __aiter__(self): return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        await Tick()
        self.n -= 1
        return self.n
async def use_class():
    return [v async for v in Countdown(4)]
print(run(use_class()))
