"""Awaiting chains of coroutines that return values, gather-like helpers written by hand, and exception aggregation into groups."""

class Step:
    def __init__(self, label): self.label = label
    def __await__(self):
        reply = yield self.label
        return reply

async def fetch(name, cost):
    total = 0
    for i in range(cost):
        total += await Step(f'{name}:{i}')
    if name.startswith('bad'):
        raise ValueError(f'{name} failed after {cost} steps')
    return f'{name}={total}'

def gather(*coros):
    """Round-robin drive coroutines; replies are the step count so far. Returns results or raises an ExceptionGroup."""
    pending = [[c, None] for c in coros]
    results, errors, trace, step = [None] * len(coros), [], [], 0
    while any(p[0] is not None for p in pending):
        for idx, slot in enumerate(pending):
            coro, value = slot
            if coro is None:
                continue
            try:
                label = coro.send(value)
                trace.append(label)
                step += 1
                slot[1] = step
            except StopIteration as e:
                results[idx] = e.value
                slot[0] = None
            except Exception as e:
                errors.append(e)
                slot[0] = None
    if errors:
        raise ExceptionGroup('gather failed', errors)
    return results, trace

print(gather(fetch('a', 2), fetch('b', 3), fetch('c', 1)))
try:
    gather(fetch('ok', 1), fetch('bad1', 2), fetch('bad2', 1))
except* ValueError as eg:
    print('errors:', [str(e) for e in eg.exceptions])

async def pipeline():
    first = await fetch('x', 2)
    second = await fetch(first[:1] + 'y', 1)
    return first, second
coro = pipeline()
labels = []
value = None
while True:
    try:
        labels.append(coro.send(value))
        value = len(labels)
    except StopIteration as e:
        print(labels, e.value)
        break
