"""Zero-copy views: memoryview over bytes and bytearray, exports blocking resizes, casts,
multi-dimensional views, comparisons and hashing."""
ba = bytearray(b'hello world')
m = memoryview(ba)
m[0] = ord('H')
print(ba, m.tobytes(), m.obj is ba, m.readonly, m.format, m.itemsize, m.nbytes, m.shape, m.strides)
for op in [lambda: ba.append(33), lambda: ba.extend(b'!'), lambda: ba.pop(), lambda: ba.clear(),
           lambda: ba.__iadd__(b'x'), lambda: ba.__imul__(2), lambda: ba.__delitem__(0),
           lambda: ba.__setitem__(slice(0, 1), b'xy'), lambda: ba.insert(0, 1), lambda: ba.remove(ord('o'))]:
    try:
        op()
        print('ok', ba)
    except BufferError as e:
        print('BufferError', e)
ba[0:5] = b'HELLO'
print(m.tobytes())
sub = m[6:]
m.release()
try:
    ba.append(1)
except BufferError as e:
    print('still exported:', e)
sub.release()
ba.append(33)
print(ba)
try:
    m[0]
except ValueError as e:
    print('ValueError', e)

with memoryview(bytearray(range(12))) as v:
    ints = v.cast('i')
    print(ints.tolist(), ints.format, ints.itemsize, len(ints))
    grid = v.cast('B', (3, 4))
    print(grid.tolist(), grid.shape, grid.strides, grid[2, 3], grid.tobytes('F'))
    grid[1, 1] = 99
    print(v.tolist())
    print(v[::3].tolist(), v[::-4].tobytes(), v[::2].c_contiguous, v[::2].contiguous)
    ints.release(); grid.release()
print(repr(v).startswith('<released memory'))

m = memoryview(b'abcdef')
print(m == b'abcdef', m == bytearray(b'abcdef'), m[::2] == b'ace', m.cast('c')[1], m.toreadonly().readonly,
      hash(m) == hash(b'abcdef'), hash(m[::2]) == hash(b'ace'))
floats = memoryview(bytearray(16)).cast('d')
floats[0] = 1.5
floats[1] = float('nan')
print(floats.tolist(), floats == floats, floats[0:1] == memoryview(bytearray(b'\x00\x00\x00\x00\x00\x00\xf8?')).cast('d'))
for bad in [lambda: memoryview(b'abc').cast('i'), lambda: m.cast('B', (2, 2)), lambda: memoryview(b'ab').__setitem__(0, 1),
            lambda: memoryview(bytearray(2)).__setitem__(0, 256), lambda: hash(memoryview(bytearray(1))),
            lambda: memoryview('str'), lambda: m[0:2, 0], lambda: m.cast('Z')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(bytes(memoryview(b'xyz')[::-1]), bytearray(memoryview(b'xyz')), b''.join([memoryview(b'a'), b'b']),
      b'%s' % memoryview(b'q'), int.from_bytes(memoryview(b'\x01\x00'), 'little'))
