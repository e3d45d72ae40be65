"""with statement: __enter__/__exit__ protocol, multiple managers, suppression, exception arguments, ordering."""

log = []

class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        log.append(f'enter {self.name}')
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        log.append(f'exit {self.name} {et.__name__ if et else None} {ev!r} {tb is not None}')
        return self.suppress

with CM('a') as v:
    log.append(f'body {v}')
print(log); log.clear()

# multiple managers exit in reverse order
with CM('outer') as o, CM('inner') as i:
    log.append(f'body {o} {i}')
print(log); log.clear()

# parenthesized form (3.10+)
with (
    CM('p1') as x,
    CM('p2'),
):
    log.append(f'paren body {x}')
print(log); log.clear()

# an exception passes through __exit__
try:
    with CM('b'):
        raise ValueError('boom')
except ValueError as e:
    log.append(f'caught {e}')
print(log); log.clear()

# suppression when __exit__ returns true
with CM('s', suppress=True):
    raise KeyError('hidden')
log.append('continued')
print(log); log.clear()

# truthiness of __exit__ result decides suppression
class Suppress1:
    def __enter__(self): return self
    def __exit__(self, *a): return 1
with Suppress1():
    1 / 0
print('ZeroDivisionError suppressed by returning 1')

# inner suppresses, outer sees no exception
with CM('o2'), CM('i2', suppress=True):
    raise RuntimeError('x')
print(log); log.clear()

# return / break / continue inside with call __exit__
def f():
    with CM('ret'):
        return 'returned'
print(f(), log); log.clear()
for k in range(3):
    with CM(f'loop{k}'):
        if k == 0:
            continue
        if k == 1:
            break
print(log); log.clear()

# __enter__ raising means __exit__ is not called
class BadEnter:
    def __enter__(self): raise OSError('enter failed')
    def __exit__(self, *a):
        log.append('exit should not run'); return False
try:
    with CM('first'), BadEnter():
        log.append('body')
except OSError as e:
    log.append(f'caught {e}')
print(log); log.clear()

# exception in __exit__ replaces the original, with context
class BadExit:
    def __enter__(self): return self
    def __exit__(self, *a): raise TypeError('exit failed')
try:
    with BadExit():
        raise ValueError('original')
except TypeError as e:
    print(type(e).__name__, e, '| context:', type(e.__context__).__name__, e.__context__)

# target can be any assignment target
d = {}
with CM('t') as d['key']:
    pass
with CM('u') as (first, *rest):
    pass
print(d, first, rest)
log.clear()

# not a context manager
class NoEnter:
    def __exit__(self, *a): pass
class NoExit:
    def __enter__(self): return self
for obj in [42, NoEnter(), NoExit()]:
    try:
        with obj:
            pass
    except TypeError as e:
        print(type(e).__name__, e)

# special methods are looked up on the type, not the instance
class Plain: pass
p = Plain()
p.__enter__ = lambda: None
p.__exit__ = lambda *a: None
try:
    with p:
        pass
except TypeError as e:
    print(type(e).__name__, e)
