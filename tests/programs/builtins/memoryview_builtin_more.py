"""memoryview over array-like objects: array module typecodes, multi-dimensional tolist, slicing steps, comparisons with different formats."""

import array

a = array.array('i', [1, -2, 3, 400000])
m = memoryview(a)
print(m.format, m.itemsize, m.nbytes, m.tolist(), m[1], m[::-1].tolist(), m[::2].tolist(), len(m))
m[0] = 99
print(a, a.tolist(), a.itemsize, a.typecode)
d = array.array('d', [0.5, 1.5])
md = memoryview(d)
print(md.format, md.tolist(), md.cast('B').tolist()[:8], bytes(md)[:4])
print(memoryview(array.array('b', [1, 2])) == memoryview(array.array('l', [1, 2])), memoryview(b'\x01\x02') == [1, 2], memoryview(b'ab') == memoryview(bytearray(b'ab')))
grid = memoryview(bytes(range(12))).cast('B', (3, 4))
print(grid.tolist(), grid.shape, grid.strides, grid[2, 3], grid.c_contiguous)
try:
    grid[0]
except NotImplementedError as e:
    print(type(e).__name__, e)
b = bytearray(b'abcdef')
mv = memoryview(b)[1:5]
mv[::2] = b'XY'
print(b, mv.tobytes(), mv.obj is b, mv.toreadonly().readonly, mv.hex('-'))
arr = array.array('H', [1, 2, 3])
arr.append(65535)
print(arr, arr.tobytes().hex(), array.array('u', 'hi').tounicode(), array.array('B', b'xyz').tolist())
try:
    array.array('b', [200])
except OverflowError as e:
    print(type(e).__name__, e)
