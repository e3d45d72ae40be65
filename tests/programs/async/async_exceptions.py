"""Exceptions across await boundaries: propagation, chaining, finally blocks, and StopIteration inside coroutines."""

class Pause:
    def __await__(self):
        yield 'pause'

def run(coro):
    steps = 0
    while True:
        try:
            coro.send(None)
            steps += 1
        except StopIteration as e:
            return ('returned', e.value, steps)
        except BaseException as e:
            return ('raised', type(e).__name__, str(e), steps)

async def deep(n):
    await Pause()
    if n == 0:
        raise ValueError('bottom reached')
    return await deep(n - 1)

async def catches():
    try:
        await deep(3)
    except ValueError as e:
        return f'caught: {e}'

print(run(deep(2)))
print(run(catches()))

async def chained():
    try:
        await deep(0)
    except ValueError as e:
        raise RuntimeError('wrapped') from e

async def inspect_chain():
    try:
        await chained()
    except RuntimeError as e:
        return f'{e} <- {e.__cause__!r}'
print(run(inspect_chain()))

# finally blocks run on exceptions and return
async def with_finally(fail):
    log = []
    try:
        await Pause()
        if fail:
            raise KeyError('fail')
        return log
    finally:
        log.append('finally')
        await Pause()
print(run(with_finally(False)), run(with_finally(True)))

# StopIteration raised inside a coroutine becomes RuntimeError
async def raises_stop():
    raise StopIteration('inside coro')
print(run(raises_stop()))

# exception groups across awaits with except*
async def group():
    await Pause()
    raise ExceptionGroup('many', [ValueError('v1'), TypeError('t1'), ValueError('v2')])
async def handle_group():
    caught = []
    try:
        await group()
    except* ValueError as eg:
        caught.append(('ValueError', [str(e) for e in eg.exceptions]))
    except* TypeError as eg:
        caught.append(('TypeError', [str(e) for e in eg.exceptions]))
    return caught
print(run(handle_group()))

# return value after handled exception
async def recovers():
    for attempt in range(3):
        try:
            await Pause()
            if attempt < 2:
                raise ConnectionError(f'attempt {attempt}')
            return f'succeeded on attempt {attempt}'
        except ConnectionError as e:
            last = e
print(run(recovers()))

# throw a BaseException subclass into a coroutine
async def waits():
    try:
        await Pause()
    except KeyboardInterrupt:
        return 'interrupted'
c = waits()
c.send(None)
try:
    c.throw(KeyboardInterrupt())
except StopIteration as e:
    print(e.value)
