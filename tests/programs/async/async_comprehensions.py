"""Async comprehensions and await inside comprehensions, async generator expressions, driven without asyncio."""

class Ready:
    def __init__(self, value): self.value = value
    def __await__(self):
        yield ('tick', self.value)
        return self.value * 10

async def numbers(n):
    for i in range(n):
        await Ready(i)
        yield i

def run(coro):
    ticks = 0
    while True:
        try:
            coro.send(None)
            ticks += 1
        except StopIteration as e:
            return e.value, ticks

async def main():
    squares = [i * i async for i in numbers(5)]
    evens = {i async for i in numbers(6) if i % 2 == 0}
    mapping = {i: str(i) async for i in numbers(3)}
    awaited = [await Ready(x) for x in range(3)]
    nested = [[j async for j in numbers(i)] async for i in numbers(3)]
    agen = (i + 100 async for i in numbers(2))
    from_agen = [v async for v in agen]
    mixed = [await Ready(i) async for i in numbers(2)]
    return squares, sorted(evens), mapping, awaited, nested, from_agen, mixed, type(agen).__name__
print(run(main()))

async def with_filter_and_break():
    out = []
    async for i in numbers(10):
        if i == 2:
            continue
        if i > 5:
            break
        out.append(i)
    else:
        out.append('no break')
    return out
print(run(with_filter_and_break()))
