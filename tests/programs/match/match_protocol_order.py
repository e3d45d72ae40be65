"""Match statements: the exact protocol calls each pattern makes (len, getitem, iter, get, getattr, ==), their order, and when names are bound."""
import collections.abc

log = []

class LoggingSeq(collections.abc.Sequence):
    def __init__(self, *items):
        self.items = items
    def __len__(self):
        log.append('len')
        return len(self.items)
    def __getitem__(self, i):
        log.append(f'getitem {i}')
        return self.items[i]
    def __iter__(self):
        log.append('iter')
        return iter(self.items)

class Eq:
    def __init__(self, name, result):
        self.name = name
        self.result = result
    def __eq__(self, other):
        log.append(f'eq {self.name} {other!r}')
        return self.result
    __hash__ = None

def show(label):
    print(label, log)
    log.clear()

s = LoggingSeq(1, 2, 3)
match s:
    case [a, b]:
        pass
    case [a, b, c]:
        print('abc', a, b, c)
show('fixed length')

match s:
    case [1, *_, 3]:
        print('star wildcard')
show('star wildcard uses subscripts')

match s:
    case [first, *rest]:
        print('first', first, 'rest', rest)
show('named star unpacks')

match s:
    case [*_]:
        print('any sequence')
show('only wildcards')

match s:
    case [_, _, _]:
        print('three wildcards')
show('three wildcards')

match s:
    case [_, x, *_]:
        print('second', x)
show('wildcards skipped')

class LoggingMap(collections.abc.Mapping):
    def __init__(self, **kw):
        self.d = kw
    def __getitem__(self, k):
        log.append(f'getitem {k}')
        return self.d[k]
    def __iter__(self):
        log.append('iter')
        return iter(self.d)
    def __len__(self):
        log.append('len')
        return len(self.d)
    def get(self, k, default=None):
        log.append(f'get {k}')
        return self.d.get(k, default)
    def keys(self):
        log.append('keys')
        return self.d.keys()

m = LoggingMap(a=1, b=2, c=3)
match m:
    case {'a': 1, 'z': _}:
        pass
    case {'b': 2, 'a': x, **rest}:
        print('x', x, 'rest', rest)
show('mapping')

match m:
    case {}:
        print('empty mapping pattern matches any mapping')
show('empty')

match m:
    case {**everything}:
        print(sorted(everything.items()))
show('only rest')

class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self._x, self._y = x, y
    @property
    def x(self):
        log.append('get x')
        return self._x
    @property
    def y(self):
        log.append('get y')
        return self._y

p = Point(Eq('px', False), 2)
match p:
    case Point(0, y=5):
        pass
    case Point(x, 2):
        print('x is Eq', type(x).__name__)
show('class')

# value patterns compare subject == value (subject's __eq__ first)
class Const:
    e1 = Eq('c1', False)
    e2 = Eq('c2', True)
match 7:
    case Const.e1:
        print('no')
    case Const.e2:
        print('reflected eq used')
show('value')

# names are bound only when the whole pattern matches
x = 'unchanged'
match [1, 2]:
    case [x, 3]:
        pass
print('x after failed match:', x)
match [1, 2]:
    case [x, 2] if False:
        pass
print('x after failed guard:', x)

# or-pattern alternatives tried left to right; bindings in first-alternative order
match (1, 2):
    case (a, 9) | (b, a) if True:
        pass
    case (q, r) | (r, q):
        print('q r', q, r)
match {'k': [5, 6]}:
    case {'k': [n, 6] | [6, n]} as whole:
        print(n, whole)

# guard sees captured names; guard side effects
def g(v):
    log.append(f'guard {v}')
    return v > 1
for item in [1, 2]:
    match item:
        case n if g(n):
            print('big', n)
        case n:
            print('small', n)
show('guards')
