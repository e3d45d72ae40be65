"""Mapping patterns: key matching, **rest, extra keys allowed, nested mappings, get()-based lookup."""

def handle(event):
    match event:
        case {'type': 'click', 'pos': (x, y)}:
            return f'click at {x},{y}'
        case {'type': 'key', 'key': str(k), **rest} if rest:
            return f'key {k!r} with extras {rest}'
        case {'type': 'key', 'key': k}:
            return f'plain key {k!r}'
        case {'type': 'resize', 'size': {'w': w, 'h': h}}:
            return f'resize {w}x{h}'
        case {}:
            return f'some other mapping with {len(event)} keys'
        case _:
            return 'not a mapping'

events = [
    {'type': 'click', 'pos': (1, 2)},
    {'type': 'click', 'pos': (1, 2), 'button': 'left'},
    {'type': 'key', 'key': 'a', 'shift': True},
    {'type': 'key', 'key': 'b'},
    {'type': 'key', 'key': 5},
    {'type': 'resize', 'size': {'w': 80, 'h': 24, 'depth': 8}},
    {},
    {'unknown': 1},
    [('type', 'click')],
    'type',
]
for e in events:
    print(handle(e))

# non-string keys, literal and value-pattern keys
import enum
class Color(enum.Enum):
    RED = 1
match {1: 'one', None: 'none', Color.RED: 'red', 2.5: 'float'}:
    case {1: a, None: b, Color.RED: c}:
        print(a, b, c)

# defaultdict: missing keys are not created by matching
import collections
dd = collections.defaultdict(list, {'present': 1})
match dd:
    case {'absent': _}:
        print('matched absent?')
    case {'present': p}:
        print('present', p, sorted(dd))

# custom Mapping
class Config(collections.abc.Mapping):
    def __init__(self, **kw): self._d = kw
    def __getitem__(self, k): return self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
match Config(host='h', port=80):
    case {'host': h, **others}:
        print(h, others, type(others).__name__)

# duplicate keys are a syntax error
try:
    compile("match x:\n    case {'a': 1, 'a': 2}:\n        pass", '<src>', 'exec')
except SyntaxError as e:
    print('SyntaxError:', e.msg)
