"""memoryview: slicing without copies, writes through to bytearray, formats/cast, tolist/tobytes/hex, release."""

data = bytearray(b'abcdefgh')
m = memoryview(data)
print(m.nbytes, m.itemsize, m.format, m.ndim, m.shape, m.strides, m.readonly, m.contiguous, m.c_contiguous)
print(m[0], m[-1], m[1:3].tobytes(), m[::2].tobytes(), bytes(m[:3]), m.tolist()[:3], m.hex(), m[2:4].hex(':'))
m[0] = ord('A')
m[1:3] = b'BC'
print(data)
sub = m[4:]
sub[0] = ord('E')
print(data, sub.obj is data, len(sub))

ro = memoryview(b'readonly')
print(ro.readonly)
try:
    ro[0] = 1
except TypeError as e:
    print(type(e).__name__, e)

# cast to other formats
buf = bytearray(range(16))
mv = memoryview(buf)
ints = mv.cast('I')
print(ints.format, ints.itemsize, len(ints), ints.nbytes, ints.tolist() == [int.from_bytes(buf[i:i + 4], 'little') for i in range(0, 16, 4)])
shorts = mv.cast('H')
print(len(shorts), shorts[0] == int.from_bytes(buf[0:2], 'little'))
matrix = mv.cast('B', (4, 4))
print(matrix.shape, matrix.ndim, matrix.tolist()[1], matrix[1, 2])
signed = memoryview(bytes([255, 128, 1])).cast('b')
print(signed.tolist(), memoryview(bytes([1, 0, 0, 0, 0, 0, 240, 63])).cast('d').tolist())

# comparisons use the logical structure
print(memoryview(b'abc') == b'abc', memoryview(b'abc') == memoryview(bytearray(b'abc')), memoryview(b'ab') != b'abc')

# context manager and release
with memoryview(b'ctx') as cm:
    print(cm.tobytes())
try:
    cm.tobytes()
except ValueError as e:
    print(type(e).__name__, e)
print(repr(cm).startswith('<released memory'))

# errors
for src in ["m[100]", "m['a']", "m[0] = 256", "m[0:2] = b'xyz'", "memoryview('str')", "mv.cast('Z')", "memoryview(b'abc').cast('I')",
            "hash(memoryview(bytearray(b'x')))", "m.cast('B', (3, 3))"]:
    try:
        exec(src)
        print(src, '-> ok')
    except Exception as e:
        print(src, '->', type(e).__name__, e)
print(hash(memoryview(b'abc')) == hash(b'abc'))
