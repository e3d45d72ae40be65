"""__index__: use in slicing, sequence repetition, bin/oct/hex, range, operator.index, and errors."""

import operator

class Idx:
    def __init__(self, v): self.v = v
    def __index__(self):
        return self.v

seq = list(range(10))
i2, i5, in1 = Idx(2), Idx(5), Idx(-1)
print(seq[i2], seq[in1], seq[i2:i5], seq[::Idx(3)], 'abcdef'[i2], (1, 2, 3)[Idx(0)])
print('ab' * Idx(3), [0] * Idx(2), bin(Idx(10)), oct(Idx(8)), hex(Idx(255)), operator.index(i5))
print(list(range(Idx(3))), range(Idx(10))[Idx(4)], int.__index__(7), bytes(Idx(3)), chr(Idx(65)))
print(slice(i2, i5).indices(100), slice(0, Idx(3)).indices(10), slice(in1, None).indices(Idx(4)))
print(int(Idx(12)), complex(Idx(3)), float(Idx(12)))
print(round(2.675, Idx(2)), round(1234, Idx(-2)), 'abcabc'.index('c', Idx(3)), [1, 2, 3].pop(Idx(0)))

# __index__ must return an int
class Bad:
    def __index__(self): return 1.5
for expr in ["seq[Bad()]", "operator.index(Bad())", "bin(Bad())"]:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, '->', type(e).__name__, e)

# objects without __index__
for expr in ["seq[1.0]", "seq['a']", "operator.index(2.0)", "'x' * 2.0", "hex(1.5)", "range(1.5)", "seq[None:'a']"]:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, '->', type(e).__name__, e)

# bool is an int subclass with __index__
print(seq[True], operator.index(False), 'abc'[True:])

# index returning an int subclass
class MyInt(int): pass
class ReturnsSub:
    def __index__(self): return MyInt(3)
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    r = operator.index(ReturnsSub())
    print(r, type(r).__name__, [str(x.message) for x in w])

# __int__ vs __index__
class OnlyInt:
    def __int__(self): return 9
print(int(OnlyInt()))
try:
    seq[OnlyInt()]
except TypeError as e:
    print(type(e).__name__, e)

# large indexes
try:
    seq[Idx(2**70)]
except IndexError as e:
    print(type(e).__name__, e)
print(seq[Idx(-2**70):Idx(2**70)][:3])
