"""Match statements inside generators and coroutines: yield in the subject, in guards and in case bodies."""

def gen(items):
    for it in items:
        match (yield f'subject {it}'):
            case 'skip':
                continue
            case int(n) if (yield f'guard {n}'):
                yield f'int {n} accepted'
            case int(n):
                yield f'int {n} rejected'
            case [a, *rest] if a == 'list':
                for r in rest:
                    yield f'item {r}'
            case str(s):
                x = yield f'str {s}'
                yield f'sent {x}'
            case _:
                return 'done'

g = gen(range(10))
print(next(g))
for v in ['skip', 5, True, 6, 0, ['list', 1, 2], None, None, 'hello', 'S', 99]:
    try:
        print(repr(v), '->', g.send(v))
    except StopIteration as e:
        print('stop', e.value)
        break

def subject_gen():
    match [(yield 1), (yield 2)]:
        case [a, b] if a == b:
            yield 'same'
        case [a, b]:
            yield ('diff', a, b)

for sends in [(3, 3), (1, 2)]:
    g = subject_gen()
    next(g)
    g.send(sends[0])
    print(g.send(sends[1]))

async def coro(v, awaitable):
    match v:
        case {'x': x} if await awaitable:
            return ('x', x)
        case _:
            return 'other'

class Aw:
    def __init__(self, r):
        self.r = r
    def __await__(self):
        got = yield 'suspended'
        return self.r and got

for r in [True, False]:
    c = coro({'x': 1}, Aw(r))
    print(c.send(None))
    try:
        c.send('resumed')
    except StopIteration as e:
        print('result', e.value)

# throw into a generator suspended in a guard
def guarded():
    try:
        match 5:
            case n if (yield 'in guard'):
                yield 'body'
    except ValueError as e:
        yield f'caught {e}'

g = guarded()
print(next(g))
print(g.throw(ValueError('boom')))
