"""A catalogue of ValueError messages raised by builtins, with exact text."""

cases = [
    "int('12a')", "int('')", "int(' ')", "int('0x1f')", "int('1_')", "int('_1')", "int('1__0')", "int('9', 8)",
    "int('z', 36) and int('z', 35)", "int('1', 1)", "int('1', 37)", "int('١٢٣') and int('12', 0) and int('012', 0)",
    "float('abc')", "float('')", "float('1e')", "float('0x10')", "float('1_')", "complex('1+2')", "complex('j1')",
    "[1, 2].index(3)", "(1, 2).index(3)", "'abc'.index('z')", "'abc'.rindex('z')", "[].remove(1)", "b'abc'.index(b'z')",
    "range(1, 5, 0)", "slice(0, 5, 0).indices(5)", "[1, 2][::0]", "'abc'[::0]",
    "chr(-1)", "chr(0x110000)", "ord('ab')", "ord('')", "'abc'.split('')", "'x'.center(5, 'ab')", "'{:d}'.format('a')",
    "'{}'.format()", "'{0} {}'.format(1, 2)", "'{} {0}'.format(1, 2)", "'{:==10}'.format(1) and '{:+s}'.format('a')", "format(1, 'z')", "format('a', 'd')", "format(1.5, 'd')",
    "format(3, ',_')", "format(3, '_,')", "format('s', ',')", "format(1j, '=')", "format(1, '=s')",
    "bytes([256])", "bytes([-1])", "bytearray([300])", "bytes.fromhex('zz')", "bytes.fromhex('a')", "'x'.encode('no-such-codec')",
    "int.from_bytes(b'\\x00', 'middle')", "(256).to_bytes(1, 'big')", "(-1).to_bytes(1, 'big')",
    "pow(2, -1, 4)", "pow(3, -1, 6)", "pow(2, 2, 0)", "max([])", "min([])", "max(())",
    "dict([(1, 2, 3)])", "dict([1])", "a, b = [1, 2, 3]", "memoryview(b'ab').cast('i')", "list(zip([1], [1, 2], strict=True))",
    "math.sqrt(-1)", "math.log(0)", "math.log(-1)", "math.acos(2)", "math.factorial(-1)", "math.factorial(1.5)",
    "'a'.join([1])", "round(1, 2.5)", "int(float('nan'))", "int(float('inf'))",
    "[1, 2, 3].insert('a', 1)", "'abc'.count('')", "str(b'x', 'bogus')", "'abc'.expandtabs(-1)",
]
import math
for src in cases:
    try:
        if '=' in src and src.startswith('a, b'):
            exec(src)
            print(src, '-> no error')
        else:
            print(src, '->', repr(eval(src)))
    except Exception as e:
        print(src, '->', type(e).__name__, e)
