"""Async generator lifecycle: aclose() running finally blocks, athrow() handling, ag_running/ag_frame, StopAsyncIteration, and errors."""

import inspect

class Tick:
    def __await__(self):
        yield 'tick'

def run(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as e:
            return e.value

async def resource():
    print('  open')
    try:
        for i in range(10):
            await Tick()
            yield i
    except GeneratorExit:
        print('  GeneratorExit received')
        raise
    finally:
        print('  close')

async def partial_consume():
    ag = resource()
    values = [await ag.__anext__(), await ag.__anext__()]
    print('  state before aclose:', ag.ag_frame is not None, ag.ag_running)
    await ag.aclose()
    print('  after aclose frame:', ag.ag_frame)
    try:
        await ag.__anext__()
    except StopAsyncIteration:
        values.append('StopAsyncIteration')
    return values
print(run(partial_consume()))

async def thrower():
    try:
        yield 1
    except ValueError as e:
        yield f'recovered from {e}'
    yield 'after'

async def drive_throw():
    ag = thrower()
    first = await ag.__anext__()
    second = await ag.athrow(ValueError('bad'))
    rest = [x async for x in ag]
    return first, second, rest
print(run(drive_throw()))

async def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 'not allowed'

async def bad_close():
    ag = ignores_exit()
    await ag.__anext__()
    try:
        await ag.aclose()
    except RuntimeError as e:
        return f'{type(e).__name__}: {e}'
print(run(bad_close()))

async def empty():
    return
    yield
async def consume_empty():
    return [x async for x in empty()]
print(run(consume_empty()), inspect.isasyncgenfunction(empty), inspect.isasyncgen(empty()))

async def double_anext():
    ag = resource()
    first = ag.__anext__()
    await first
    second = ag.__anext__()
    try:
        await ag.__anext__()
    except RuntimeError as e:
        msg = str(e)
    else:
        msg = 'no error'
    await second
    await ag.aclose()
    return msg
print(run(double_anext()))
