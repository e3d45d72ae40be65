"""bool: a subclass of int with two instances; arithmetic, repr, bool() of many objects, and bitwise results."""

print(True, False, repr(True), str(False), type(True).__name__, bool.__mro__, isinstance(True, int))
print(True + True, True * 3, False - True, True / 2, -True, ~True, ~False, abs(-True), True ** 2, divmod(True, True))
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True | 0).__name__, type(~True).__name__)
print(True == 1, False == 0, True == 1.0, hash(True) == hash(1), {True: 'a', 1: 'b', 1.0: 'c'})
print(int(True), float(False), complex(True), str(True), f'{True}', f'{True:d}', format(False, '>6'), '%s %d' % (True, True))
print(bool(), bool(0), bool(1), bool(-1), bool(0.0), bool(-0.0), bool(float('nan')), bool(''), bool(' '), bool([]), bool([[]]))
print(bool({}), bool(set()), bool(range(0)), bool(None), bool(...), bool(object()), bool(0j), bool(b'\x00'), bool(bytearray()))
print(True.real, True.imag, True.numerator, True.denominator, True.bit_length(), True.as_integer_ratio(), (True).conjugate())
print(sum([True, True, False, True]), [1, 2, 3][True], 'ab'[False], max(True, 2), sorted([True, False, 0, 1]))
print(bool.__name__, bool(True) is True, bool(1) is True, (1 == 1) is True, (not 0) is True, (0 < 1) is True)
try:
    class B(bool): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    bool.__new__(bool, 1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    bool(x=1)
except TypeError as e:
    print(type(e).__name__, e)
