"""enum: Enum, IntEnum, StrEnum (3.11), Flag/IntFlag, auto, unique, aliases, iteration, lookup by value/name, members, errors."""

import enum

class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1          # alias
print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, Color(2), Color['BLUE'], Color.CRIMSON is Color.RED)
print(list(Color), len(Color), list(Color.__members__), Color.RED in Color, isinstance(Color.GREEN, Color), type(Color.RED).__name__)
print(Color.RED == 1, Color.RED == Color.RED, hash(Color.RED) == hash(Color.CRIMSON))
for bad in [lambda: Color(9), lambda: Color['PURPLE'], lambda: setattr(Color, 'RED', 5), lambda: Color.RED < Color.GREEN]:
    try:
        bad()
    except (ValueError, KeyError, AttributeError, TypeError) as e:
        print(type(e).__name__, e)

class Status(enum.IntEnum):
    OK = 200
    NOT_FOUND = 404
print(Status.OK == 200, Status.OK + 1, Status(404), sorted([Status.NOT_FOUND, Status.OK]), f'{Status.OK}', str(Status.OK), repr(Status.OK), int(Status.NOT_FOUND))

class Mode(enum.StrEnum):
    READ = enum.auto()
    WRITE = 'w'
print(Mode.READ, Mode.WRITE, Mode.READ == 'read', Mode('w'), f'{Mode.READ}', repr(Mode.WRITE), Mode.READ.upper())

class Perm(enum.Flag):
    R = enum.auto()
    W = enum.auto()
    X = enum.auto()
    RW = R | W
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, rw & Perm.R, ~Perm.R, Perm(0), list(Perm), Perm.RW is rw, [m.name for m in rw])
class Bits(enum.IntFlag):
    A = 1
    B = 2
    C = 4
print(Bits.A | Bits.C, Bits.A | 8, int(Bits.B | Bits.C), Bits(6), Bits.A + 1, repr(Bits(0)))

class Planet(enum.Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass, self.radius = mass, radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, round(Planet.EARTH.gravity, 2), Planet.MERCURY.mass)

class Ordinal(enum.Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() * 2
    FIRST = enum.auto()
    SECOND = enum.auto()
print([m.value for m in Ordinal])

try:
    @enum.unique
    class Dup(enum.Enum):
        A = 1
        B = 1
except ValueError as e:
    print(type(e).__name__, e)
Animal = enum.Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, enum.Enum('Pets', [('DOG', 'd'), ('EMU', 'e')]).EMU)
try:
    class Extended(Color):
        PINK = 4
except TypeError as e:
    print(type(e).__name__, e)
