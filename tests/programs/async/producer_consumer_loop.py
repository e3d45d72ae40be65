"""A hand-written event loop with an async queue: producers and consumers coordinating through awaitable get/put, run deterministically."""

import collections

class Loop:
    def __init__(self):
        self.ready = collections.deque()
        self.log = []
    def spawn(self, coro, name):
        self.ready.append((coro, None, name))
    def run(self):
        while self.ready:
            coro, value, name = self.ready.popleft()
            try:
                request = coro.send(value)
            except StopIteration as e:
                self.log.append(f'{name} finished -> {e.value!r}')
                continue
            request(self, coro, name)

class Queue:
    def __init__(self, maxsize):
        self.items = collections.deque()
        self.maxsize = maxsize
        self.getters = collections.deque()
        self.putters = collections.deque()
    def _wake(self, loop):
        while self.getters and self.items:
            coro, name = self.getters.popleft()
            loop.ready.append((coro, self.items.popleft(), name))
        while self.putters and len(self.items) < self.maxsize:
            coro, name, item = self.putters.popleft()
            self.items.append(item)
            loop.ready.append((coro, None, name))
        while self.getters and self.items:
            coro, name = self.getters.popleft()
            loop.ready.append((coro, self.items.popleft(), name))
    def get(self):
        queue = self
        class Get:
            def __await__(self):
                return (yield lambda loop, coro, name: (queue.getters.append((coro, name)), queue._wake(loop)))
        return Get()
    def put(self, item):
        queue = self
        class Put:
            def __await__(self):
                yield lambda loop, coro, name: (queue.putters.append((coro, name, item)), queue._wake(loop))
        return Put()

class Yield:
    def __await__(self):
        yield lambda loop, coro, name: loop.ready.append((coro, None, name))

async def producer(loop, q, name, items):
    for item in items:
        loop.log.append(f'{name} puts {item}')
        await q.put(item)
    await q.put(None)
    return f'{name} produced {len(items)}'

async def consumer(loop, q, name):
    got = []
    while True:
        item = await q.get()
        if item is None:
            break
        loop.log.append(f'{name} got {item}')
        got.append(item)
        await Yield()
    return got

loop = Loop()
q = Queue(maxsize=2)
loop.spawn(producer(loop, q, 'P1', ['a', 'b', 'c', 'd']), 'P1')
loop.spawn(consumer(loop, q, 'C1'), 'C1')
loop.run()
print('\n'.join(loop.log))
