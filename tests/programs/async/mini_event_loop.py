"""A minimal round-robin event loop written in the program: tasks, sleep by ticks, gathering results, cancellation."""

import heapq

class Sleep:
    def __init__(self, ticks): self.ticks = ticks
    def __await__(self):
        yield ('sleep', self.ticks)

class Cancelled(Exception):
    pass

class Task:
    counter = 0
    def __init__(self, coro, name):
        self.coro, self.name = coro, name
        self.done = False
        self.result = None
        self.exception = None
        self.waiters = []

class Join:
    def __init__(self, task): self.task = task
    def __await__(self):
        if not self.task.done:
            yield ('join', self.task)
        if self.task.exception:
            raise self.task.exception
        return self.task.result

class Loop:
    def __init__(self):
        self.now = 0
        self.queue = []      # (wake_time, seq, task, value_to_send, exc_to_throw)
        self.seq = 0
        self.log = []
    def spawn(self, coro, name):
        t = Task(coro, name)
        self._schedule(t, 0)
        return t
    def _schedule(self, task, delay, value=None, exc=None):
        self.seq += 1
        heapq.heappush(self.queue, (self.now + delay, self.seq, task, value, exc))
    def cancel(self, task):
        self._schedule(task, 0, exc=Cancelled(task.name))
    def run(self):
        while self.queue:
            when, _, task, value, exc = heapq.heappop(self.queue)
            if task.done:
                continue
            self.now = when
            try:
                if exc is not None:
                    request = task.coro.throw(exc)
                else:
                    request = task.coro.send(value)
            except StopIteration as e:
                self._finish(task, result=e.value)
                continue
            except Exception as e:
                self._finish(task, exception=e)
                continue
            kind, arg = request
            if kind == 'sleep':
                self._schedule(task, arg)
            elif kind == 'join':
                arg.waiters.append(task)
    def _finish(self, task, result=None, exception=None):
        task.done, task.result, task.exception = True, result, exception
        self.log.append((self.now, task.name, 'error' if exception else 'done', result if not exception else repr(exception)))
        for w in task.waiters:
            self._schedule(w, 0)

loop = Loop()

async def worker(name, ticks, steps):
    for i in range(steps):
        loop.log.append((loop.now, name, f'step {i}'))
        await Sleep(ticks)
    return f'{name} finished'

async def failing():
    await Sleep(2)
    raise ValueError('worker failed')

async def forever():
    try:
        while True:
            await Sleep(1)
    except Cancelled as e:
        loop.log.append((loop.now, 'forever', f'cancelled {e}'))
        return 'was cancelled'

async def main():
    a = loop.spawn(worker('A', 2, 3), 'A')
    b = loop.spawn(worker('B', 3, 2), 'B')
    f = loop.spawn(failing(), 'F')
    inf = loop.spawn(forever(), 'INF')
    results = [await Join(a), await Join(b)]
    try:
        await Join(f)
    except ValueError as e:
        results.append(f'caught {e}')
    loop.cancel(inf)
    results.append(await Join(inf))
    return results

m = loop.spawn(main(), 'main')
loop.run()
for entry in loop.log:
    print(entry)
print('main result:', m.result, 'final time:', loop.now)
