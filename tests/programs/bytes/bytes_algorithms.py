"""bytes/bytearray in practice: checksums, hex dumps, XOR ciphers, bit packing, and parsing binary records with memoryview slices."""

data = bytes(range(0, 256, 7))
print(len(data), sum(data) % 256, data[:8].hex(' '), data[-3:])

def hexdump(b, width=8):
    for off in range(0, len(b), width):
        chunk = b[off:off + width]
        hexpart = ' '.join(f'{x:02x}' for x in chunk).ljust(width * 3 - 1)
        text = ''.join(chr(x) if 32 <= x < 127 else '.' for x in chunk)
        print(f'{off:04x}  {hexpart}  |{text}|')
hexdump(b'Hello, binary world!\x00\x01\xff')

def xor(b, key):
    return bytes(x ^ key[i % len(key)] for i, x in enumerate(b))
secret = xor(b'attack at dawn', b'key')
print(secret, xor(secret, b'key'))

def adler32(b):
    a, s = 1, 0
    for x in b:
        a = (a + x) % 65521
        s = (s + a) % 65521
    return (s << 16) | a
import zlib
print(adler32(b'Wikipedia'), zlib.adler32(b'Wikipedia'), zlib.crc32(b'Wikipedia'))

buf = bytearray()
for value in [1, 300, 70000]:
    while True:
        byte = value & 0x7F
        value >>= 7
        buf.append(byte | (0x80 if value else 0))
        if not value:
            break
print(buf.hex(' '))
def read_varints(b):
    out, cur, shift = [], 0, 0
    for x in b:
        cur |= (x & 0x7F) << shift
        if x & 0x80:
            shift += 7
        else:
            out.append(cur)
            cur, shift = 0, 0
    return out
print(read_varints(buf))

record = memoryview(b'\x03abc\x05hello\x00\x02hi')
pos, fields = 0, []
while pos < len(record):
    n = record[pos]
    fields.append(bytes(record[pos + 1:pos + 1 + n]))
    pos += 1 + n
print(fields)
ba = bytearray(b'hello world')
ba[0:5] = ba[0:5].upper()
ba.reverse()
print(ba, ba.find(b'OL'), ba.count(b'l'), bytes(ba).decode()[::-1])
