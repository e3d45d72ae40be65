"""int() parsing from strings in every base, with underscores, whitespace, signs, prefixes and Unicode digits."""

cases = [('42', 10), ('  -42  ', 10), ('+7', 10), ('1_000_000', 10), ('0', 10), ('00', 10), ('-0', 10),
         ('ff', 16), ('FF', 16), ('0xff', 16), ('0XFF', 0), ('0o17', 0), ('0b1011', 0), ('0b_1011', 0), ('0x_f_f', 0), ('17', 8),
         ('z', 36), ('Zz', 36), ('101', 2), ('-101', 2), ('0', 0), ('10', 0), ('1_0', 0), ('٣٤', 10), ('１２', 10), ('𝟗', 10),
         ('\t\n 12 \x0c', 10), ('\u3000 5', 10), ('123456789012345678901234567890', 10), ('-zzzzzzzzzzzzzzzz', 36)]
for s, base in cases:
    print(repr(s), base, int(s, base))

bad = [('', 10), ('0x', 16), ('08', 0), ('1__0', 10), ('_1', 10), ('1_', 10), ('1 0', 10), ('0b2', 0), ('g', 16), ('1.5', 10),
       ('+-1', 10), ('--1', 10), ('0o8', 0), ('12', 2), ('0x10', 10), ('٣x', 10), ('1e3', 10), ('  ', 10)]
for s, base in bad:
    try:
        int(s, base)
    except ValueError as e:
        print(repr(s), base, '->', e)

# bytes and bytearray are accepted, as are str subclasses
print(int(b'  12 '), int(bytearray(b'ff'), 16), int(b'0b11', 0))
class S(str): pass
print(int(S('99')))

# base must be an int in range, and only for strings
for args in [('10', 1), ('10', 37), ('10', -1), (10, 10), (1.5, 10), ('10', 2.0)]:
    try:
        print(args, int(*args))
    except (ValueError, TypeError) as e:
        print(args, '->', type(e).__name__, e)

# int() of other types
print(int(), int(3.99), int(-3.99), int(True), int(1e20), int('  7\n'), int(2 ** 70), int(-0.0))

# round trip through repr for big numbers
big = 7 ** 500
print(int(str(big)) == big, int(hex(big), 16) == big, int(oct(-big), 0) == -big, int(bin(big), 0) == big)
