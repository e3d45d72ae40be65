"""int.to_bytes / int.from_bytes: byte orders, signedness, lengths, defaults (3.11), and overflow errors."""

for n in [0, 1, 255, 256, 65535, 2 ** 64 - 1, 2 ** 64, 123456789012345678901234567890]:
    length = max(1, (n.bit_length() + 7) // 8)
    big = n.to_bytes(length, 'big')
    little = n.to_bytes(length, 'little')
    print(n, length, big.hex(), little.hex(), int.from_bytes(big, 'big') == n, int.from_bytes(little, 'little') == n)

for n in [-1, -128, 127, -129, -32768, -(2 ** 63)]:
    for length in (1, 2, 8):
        try:
            b = n.to_bytes(length, 'big', signed=True)
            print(n, length, b.hex(), int.from_bytes(b, 'big', signed=True))
        except OverflowError as e:
            print(n, length, 'OverflowError', e)

print(int.from_bytes(b'\xff\xff', 'big'), int.from_bytes(b'\xff\xff', 'big', signed=True), int.from_bytes(b'\x00\x80', 'little', signed=True))
print(int.from_bytes(b'', 'big'), int.from_bytes([1, 2, 3], 'big'), int.from_bytes(bytearray(b'\x01\x00'), 'little'), int.from_bytes(memoryview(b'\x10'), 'big'))
print((24).to_bytes(), (5).to_bytes(3), int.from_bytes(b'\x01\x02'), (258).to_bytes(2, byteorder='little'))
print((-1).to_bytes(4, 'little', signed=True), (0).to_bytes(0, 'big'), int.from_bytes(b'\x00' * 20 + b'\x01', 'big'))

class MyInt(int): pass
r = MyInt.from_bytes(b'\x05', 'big')
print(r, type(r).__name__)

for call in ["(256).to_bytes(1, 'big')", "(-1).to_bytes(1, 'big')", "(128).to_bytes(1, 'big', signed=True)", "(1).to_bytes(-1, 'big')",
             "(1).to_bytes(1, 'middle')", "int.from_bytes('abc', 'big')", "int.from_bytes(b'a', 'other')", "(1).to_bytes(1, 'big', True)",
             "int.from_bytes([256], 'big')", "(0).to_bytes(0, 'big', signed=True)", "(1).to_bytes(0, 'big')"]:
    try:
        print(call, '->', eval(call))
    except (OverflowError, ValueError, TypeError) as e:
        print(call, '->', type(e).__name__, e)
