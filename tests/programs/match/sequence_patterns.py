"""Sequence patterns: fixed length, starred, nested, which types count as sequences (not str/bytes/dict)."""

def shape(x):
    match x:
        case []:
            return 'empty sequence'
        case [only]:
            return f'one element: {only!r}'
        case [a, b]:
            return f'pair: {a!r}, {b!r}'
        case [first, *middle, last] if len(middle) > 2:
            return f'long: first={first!r} middle={middle} last={last!r}'
        case (first, *rest):
            return f'starts with {first!r}, rest={rest}'
        case _:
            return f'not a sequence: {type(x).__name__}'

import collections
for v in [[], (), [1], (1,), [1, 2], (1, 2, 3), [1, 2, 3, 4, 5, 6], range(3), collections.deque([7, 8]),
          'ab', b'ab', bytearray(b'ab'), {'a': 1}, {1, 2}, iter([1, 2]), memoryview(b'xy'), 5]:
    print(repr(v) if not isinstance(v, (type(iter([])), memoryview)) else type(v).__name__, '->', shape(v))

# nested sequences
def nested(x):
    match x:
        case [(a, b), [c, [d]]]:
            return a + b + c + d
        case [[*inner]]:
            return f'inner {inner}'
        case _:
            return None
print(nested([(1, 2), [3, [4]]]), nested([[5, 6]]), nested([(1, 2), [3, 4]]))

# star capture binds a list, even for tuples
match (1, 2, 3):
    case (*init, tail):
        print(init, type(init).__name__, tail)

# star wildcard
match list(range(10)):
    case [0, *_, 9]:
        print('starts with 0 and ends with 9')

# tuple and list patterns are equivalent
match [1, 2]:
    case (1, 2):
        print('tuple pattern matches a list')

# custom Sequence subclass
class MySeq(collections.abc.Sequence):
    def __getitem__(self, i):
        return 'xyz'[i]
    def __len__(self):
        return 3
match MySeq():
    case [a, b, c]:
        print('custom sequence:', a, b, c)

# two starred names is a syntax error
try:
    compile("match x:\n    case [*a, *b]:\n        pass", '<src>', 'exec')
except SyntaxError as e:
    print('SyntaxError:', e.msg)
