"""bin(), oct(), hex(), chr(), ord(): round trips, negatives, __index__, Unicode ranges and errors."""

for n in [0, 1, 7, 8, 255, -1, -255, 2 ** 64, -(2 ** 100), True]:
    print(n, bin(n), oct(n), hex(n), int(bin(n), 0) == n, int(oct(n), 0) == n, int(hex(n), 0) == n)

class Seven:
    def __index__(self): return 7
print(bin(Seven()), oct(Seven()), hex(Seven()), chr(Seven().__index__() + 58))

for cp in [0, 9, 10, 32, 65, 127, 128, 255, 256, 0x3b1, 0x20ac, 0xd7ff, 0xd800, 0xdfff, 0xe000, 0xfffd, 0xffff, 0x10000, 0x1f600, 0x10ffff]:
    c = chr(cp)
    print(hex(cp), repr(c), ascii(c), ord(c) == cp, len(c))
print(ord('a'), ord('€'), ord('😀'), ord(b'a'), ord(bytearray(b'z')), ord('\x00'))

for src in ["bin(1.0)", "hex('a')", "oct(None)", "chr(-1)", "chr(0x110000)", "chr(1.5)", "chr('a')", "ord('')", "ord('ab')",
            "ord(65)", "ord(b'ab')", "chr(2 ** 64)"]:
    try:
        print(src, '->', eval(src))
    except Exception as e:
        print(src, '->', type(e).__name__, e)
