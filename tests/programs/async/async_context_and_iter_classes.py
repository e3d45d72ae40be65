"""Class-based async context managers and async iterators composed together, with exceptions crossing await points inside them."""

class Pause:
    def __await__(self):
        yield 'pause'

def run(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as e:
            return e.value

class Connection:
    def __init__(self, log): self.log = log
    async def __aenter__(self):
        await Pause()
        self.log.append('connect')
        return self
    async def __aexit__(self, et, ev, tb):
        await Pause()
        self.log.append(f'disconnect ({et.__name__ if et else "clean"})')
        return et is KeyError
    def rows(self, n):
        return RowIterator(self.log, n)

class RowIterator:
    def __init__(self, log, n): self.log, self.i, self.n = log, 0, n
    def __aiter__(self): return self
    async def __anext__(self):
        await Pause()
        if self.i >= self.n:
            self.log.append('rows exhausted')
            raise StopAsyncIteration
        self.i += 1
        return {'id': self.i}

async def main():
    log = []
    async with Connection(log) as conn:
        ids = [row['id'] async for row in conn.rows(3)]
        log.append(f'ids {ids}')
    async with Connection(log) as conn:
        async for row in conn.rows(5):
            if row['id'] == 2:
                raise KeyError('stop at 2 (suppressed by __aexit__)')
    try:
        async with Connection(log):
            raise ValueError('propagates')
    except ValueError as e:
        log.append(f'caught {e}')
    return log
for line in run(main()):
    print(line)
