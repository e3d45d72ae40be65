"""struct: pack/unpack with byte orders, sizes and alignment, all common format codes, iter_unpack, Struct objects, errors."""

import struct

print(struct.pack('<I', 1), struct.pack('>I', 1), struct.pack('!H', 258), struct.pack('<q', -2), struct.pack('>d', 1.5), struct.pack('<f', 0.1))
print(struct.pack('<?bBhHiIlLqQ', True, -1, 255, -2, 65535, -3, 2 ** 32 - 1, -4, 5, -6, 2 ** 64 - 1))
print(struct.unpack('<?bBhHiIlLqQ', struct.pack('<?bBhHiIlLqQ', True, -1, 255, -2, 65535, -3, 2 ** 32 - 1, -4, 5, -6, 2 ** 64 - 1)))
print(struct.pack('<5s', b'ab'), struct.pack('<2s', b'abcdef'), struct.pack('<p', b'pascal'), struct.pack('3c', b'x', b'y', b'z'), struct.pack('<e', 1.5), struct.pack('x'))
print(struct.unpack('<d', struct.pack('<d', 0.1))[0], struct.unpack('<f', struct.pack('<f', 0.1))[0], struct.unpack('<e', b'\x00\x3c'))
for fmt in ['b', 'h', 'i', 'q', 'f', 'd', 'bi', '<bi', '=bi', 'ihb', 'ibh', '5s', '3i', '?', 'e', '@qb', '<qb']:
    print(fmt, struct.calcsize(fmt), end='; ')
print()
print(struct.pack('bi', 1, 2), struct.pack('<bi', 1, 2), struct.pack('@ib0q', 1, 2))
print(list(struct.iter_unpack('<HH', bytes(range(8)))), struct.unpack_from('<H', b'\x00\x01\x02\x03', 1))
buf = bytearray(8)
struct.pack_into('<HI', buf, 1, 0xABCD, 0x01020304)
print(buf)
s = struct.Struct('<3sxH')
print(s.size, s.format, s.pack(b'abc', 7), s.unpack(b'abc\x00\x07\x00'))
for call in [lambda: struct.pack('<b', 200), lambda: struct.pack('<B', -1), lambda: struct.pack('<i', 'x'), lambda: struct.pack('<ii', 1),
             lambda: struct.unpack('<i', b'\x00'), lambda: struct.pack('z', 1), lambda: struct.pack('<h', 2 ** 16), lambda: struct.pack('<Q', -1),
             lambda: struct.calcsize('3'), lambda: struct.pack('<f', 1e300)]:
    try:
        call()
    except (struct.error, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
