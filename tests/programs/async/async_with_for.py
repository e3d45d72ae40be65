"""async with and async for statements: __aenter__/__aexit__ ordering, exception suppression, errors."""

log = []

class Yield:
    def __init__(self, tag): self.tag = tag
    def __await__(self):
        log.append(f'suspend {self.tag}')
        yield self.tag

class AsyncCM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    async def __aenter__(self):
        await Yield(f'enter {self.name}')
        log.append(f'aenter {self.name}')
        return self.name.upper()
    async def __aexit__(self, et, ev, tb):
        await Yield(f'exit {self.name}')
        log.append(f'aexit {self.name} {et.__name__ if et else None}')
        return self.suppress

def run(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as e:
            return e.value

async def main():
    async with AsyncCM('a') as a, AsyncCM('b') as b:
        log.append(f'body {a} {b}')
    async with AsyncCM('s', suppress=True):
        raise ValueError('suppressed')
    try:
        async with AsyncCM('p'):
            raise KeyError('propagates')
    except KeyError as e:
        log.append(f'caught {e!r}')
    return 'main done'

print(run(main()))
for line in log:
    print(line)
log.clear()

# contextlib.asynccontextmanager
import contextlib
@contextlib.asynccontextmanager
async def managed(name):
    log.append(f'setup {name}')
    try:
        yield name * 2
    finally:
        log.append(f'teardown {name}')
async def use_managed():
    async with managed('x') as v:
        log.append(f'using {v}')
    try:
        async with managed('y'):
            raise RuntimeError('inside')
    except RuntimeError as e:
        log.append(f'caught {e}')
run(use_managed())
print(log)
log.clear()

# errors: using a sync context manager with async with and vice versa
class SyncCM:
    def __enter__(self): return self
    def __exit__(self, *a): pass
async def wrong_async_with():
    async with SyncCM():
        pass
try:
    run(wrong_async_with())
except TypeError as e:
    print(type(e).__name__, e)
def wrong_sync_with():
    with AsyncCM('z'):
        pass
try:
    wrong_sync_with()
except TypeError as e:
    print(type(e).__name__, e)

# __aenter__ returning a non-awaitable
class BadAenter:
    def __aenter__(self): return 5
    async def __aexit__(self, *a): pass
async def bad():
    async with BadAenter():
        pass
try:
    run(bad())
except TypeError as e:
    print(type(e).__name__, e)

# async syntax outside async functions
for src in ["def f():\n    await x", "def f():\n    async with x: pass", "def f():\n    async for i in x: pass", "await x",
            "def f():\n    return [i async for i in x]"]:
    try:
        compile(src, '<src>', 'exec')
        print(repr(src), 'compiled')
    except SyntaxError as e:
        print(repr(src), '->', e.msg)
