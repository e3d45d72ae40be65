"""Value patterns (dotted names): enum members, module constants, class attributes; comparison by ==."""

import enum

class Color(enum.Enum):
    RED = 'r'
    GREEN = 'g'
    BLUE = 'b'

class Limits:
    LOW = 10
    HIGH = 100

def name_of(c):
    match c:
        case Color.RED:
            return 'red'
        case Color.GREEN | Color.BLUE:
            return 'green or blue'
        case Limits.LOW:
            return 'the low limit'
        case Limits.HIGH:
            return 'the high limit'
        case _:
            return 'unknown'

for v in [Color.RED, Color.GREEN, Color.BLUE, 10, 10.0, 100, 'r', 50]:
    print(repr(v), '->', name_of(v))

# a bare name is a capture, a dotted name is a value
RED = 'not used as a value'
match 'anything':
    case RED:
        print('a bare name captures:', RED)

# value patterns are looked up at match time
class Dynamic:
    TARGET = 1
def check(v):
    match v:
        case Dynamic.TARGET:
            return True
        case _:
            return False
print(check(1))
Dynamic.TARGET = 2
print(check(1), check(2))

# http status style matching with IntEnum
class Status(enum.IntEnum):
    OK = 200
    NOT_FOUND = 404
def http(code):
    match code:
        case Status.OK:
            return 'ok'
        case Status.NOT_FOUND:
            return 'not found'
        case int(c) if 500 <= c < 600:
            return 'server error'
        case _:
            return 'other'
print([http(c) for c in [200, 404, 503, 302, Status.OK]])
