"""Builtin iterator objects: type names, __iter__ returning self, __length_hint__, exhaustion, and pickled state free checks."""

import operator

iters = {
    'list': iter([1, 2, 3]), 'tuple': iter((1, 2)), 'str': iter('ab'), 'unicode str': iter('é😀'), 'bytes': iter(b'ab'),
    'bytearray': iter(bytearray(b'ab')), 'dict': iter({'a': 1}), 'dict values': iter({'a': 1}.values()), 'dict items': iter({'a': 1}.items()),
    'set': iter({1, 2}), 'range': iter(range(3)), 'big range': iter(range(2 ** 64, 2 ** 64 + 2)), 'reversed list': reversed([1, 2]),
    'reversed range': reversed(range(3)), 'enumerate': enumerate('ab'), 'zip': zip('a', 'b'), 'map': map(str, [1]), 'filter': filter(None, [1]),
    'callable': iter(lambda: 1, 1), 'generator': (x for x in [1]), 'memoryview': iter(memoryview(b'ab')),
}
for name, it in iters.items():
    hint = operator.length_hint(it, -1)
    print(f'{name:15} {type(it).__name__:28} iter(it) is it: {iter(it) is it}  length_hint: {hint}')

# exhausted iterators stay exhausted
it = iter([1, 2])
print(list(it), list(it), next(it, 'exhausted'))
# length_hint decreases as items are consumed
it = iter(range(5))
hints = []
for _ in it:
    hints.append(operator.length_hint(it))
print(hints)

# iterators are single-pass
squares = map(lambda x: x * x, range(4))
print(sum(squares), sum(squares))

# an iterator class implementing the protocol
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
    def __length_hint__(self): return self.n
c = Countdown(3)
print(operator.length_hint(c), list(c), operator.length_hint(c))

# length_hint errors and defaults
class BadHint:
    def __length_hint__(self): return -1
class NotImplHint:
    def __length_hint__(self): return NotImplemented
try:
    operator.length_hint(BadHint())
except ValueError as e:
    print(type(e).__name__, e)
print(operator.length_hint(NotImplHint(), 7), operator.length_hint(object(), 3))
