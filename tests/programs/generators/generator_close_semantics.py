"""Generator close/throw semantics in detail: finally with yield, close after exhaustion, throw after close, and return values on close (3.11)."""

def gen_with_finally(log):
    try:
        yield 1
        yield 2
    finally:
        log.append('finally ran')

log = []
g = gen_with_finally(log)
print(next(g), g.close(), log, g.gi_frame)
try:
    next(g)
except StopIteration:
    print('StopIteration after close')
try:
    g.throw(ValueError('after close'))
except ValueError as e:
    print('throw after close re-raises:', e)

def catches_and_returns():
    try:
        yield 'x'
    except GeneratorExit:
        return 'ignored return value in 3.11'
g = catches_and_returns()
next(g)
print(repr(g.close()))

def yields_in_finally():
    try:
        yield 1
    finally:
        yield 'from finally'
g = yields_in_finally()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(type(e).__name__, e)

def raises_other_in_close():
    try:
        yield 1
    except GeneratorExit:
        raise KeyError('different error during close')
g = raises_other_in_close()
next(g)
try:
    g.close()
except KeyError as e:
    print(type(e).__name__, e)

def nested():
    try:
        yield from gen_with_finally(log)
    finally:
        log.append('outer finally')
log.clear()
n = nested()
next(n)
n.close()
print(log)
def never_started(log):
    try:
        yield
    finally:
        log.append('never printed')
ns = never_started(log)
ns.close()
print(log[-1])
