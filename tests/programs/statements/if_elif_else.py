"""if / elif / else with truthiness of many kinds of values and short-circuit conditions."""

def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    elif n < 100:
        return 'medium'
    else:
        return 'large'

for n in [-5, 0, 3, 42, 1000]:
    print(n, classify(n))

values = [0, 1, -1, 0.0, 0.1, 0j, 1j, '', 'a', b'', b'\x00', [], [0], (), ((),),
          {}, {0: 0}, set(), {0}, frozenset(), range(0), range(1), None, Ellipsis]
for v in values:
    if v:
        result = 'truthy'
    else:
        result = 'falsy'
    print(repr(v), result)

class Truthy:
    def __init__(self, b): self.b = b
    def __bool__(self):
        print('  __bool__ called')
        return self.b

class Sized:
    def __init__(self, n): self.n = n
    def __len__(self):
        print('  __len__ called')
        return self.n

for obj in [Truthy(True), Truthy(False), Sized(0), Sized(3)]:
    if obj:
        print(type(obj).__name__, 'yes')
    else:
        print(type(obj).__name__, 'no')

# nested if and one-line suites
x = 7
if x > 5: print('x > 5'); print('same line')
if x % 2:
    if x % 3:
        print('odd, not multiple of 3')
    else:
        print('odd multiple of 3')

# empty branches via pass / Ellipsis
if x:
    pass
else:
    ...
print('after pass')

# conditions with side effects and short-circuit
calls = []
def f(v):
    calls.append(v)
    return v
if f(0) and f(1):
    print('unexpected')
elif f(2) or f(3):
    print('elif taken', calls)

# errors in conditions
class BadBool:
    def __bool__(self): return 'yes'
class BadLen:
    def __len__(self): return -1
class HugeLen:
    def __len__(self): return 2**100
for bad in [BadBool(), BadLen(), HugeLen()]:
    try:
        if bad:
            pass
    except Exception as e:
        print(type(bad).__name__, type(e).__name__, e)
