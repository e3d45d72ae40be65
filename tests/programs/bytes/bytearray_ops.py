"""bytearray: mutation methods, slice assignment, in-place operators, and shared behaviour with bytes."""

ba = bytearray(b'hello')
ba[0] = ord('H')
ba.append(33)
ba.extend(b' wor')
ba.extend([108, 100])
ba += b'!!'
print(ba, len(ba), type(ba[0]).__name__, type(ba[:2]).__name__)
ba.insert(0, ord('>'))
ba.insert(-1, 63)
ba.insert(100, 60)
print(ba)
print(ba.pop(), ba.pop(0), ba)
ba.remove(ord('!'))
del ba[-1]
del ba[5:7]
print(ba)
ba.reverse()
print(ba)
ba.reverse()

# slice assignment can change size
ba = bytearray(b'0123456789')
ba[2:5] = b'AB'
print(ba)
ba[::3] = b'xxx'
print(ba)
ba[1:1] = [1, 2, 3]
print(ba)
ba[:] = b''
print(ba, len(ba))
ba = bytearray(b'abcdef')
try:
    ba[::2] = b'xy'
except ValueError as e:
    print(type(e).__name__, e)
del ba[::2]
print(ba)

# operators
ba = bytearray(b'ab')
alias = ba
ba *= 3
print(ba, alias is ba)
print(ba + b'c', type(ba + b'c').__name__, b'c' + ba, type(b'c' + ba).__name__, ba == b'ababab', ba * 0)

# copy / clear / methods returning new objects
c = ba.copy()
c[0] = 0
print(c, ba, ba.upper(), type(ba.upper()).__name__, ba.replace(b'a', b'A'), ba.split(b'b'))
ba.clear()
print(ba)

# construction
print(bytearray(), bytearray(3), bytearray([1, 2]), bytearray('é', 'utf-8'), bytearray(b'xy'), bytearray(range(3)), bytearray.fromhex('ff 00'))

# errors
ba = bytearray(b'abc')
for src in ["ba[0] = 256", "ba[0] = -1", "ba[0] = b'a'", "ba.append(300)", "ba.append('a')", "ba.remove(122)", "ba.pop(10)",
            "bytearray().pop()", "ba[10] = 1", "ba.extend(5)", "ba.extend(['a'])", "ba.insert('a', 1)", "hash(ba)",
            "ba[0:1] = 5", "ba[0:1] = 'x'"]:
    try:
        exec(src)
        print(src, '-> ok', ba)
    except Exception as e:
        print(src, '->', type(e).__name__, e)

# resizing while a memoryview is exported
ba = bytearray(b'xyz')
m = memoryview(ba)
try:
    ba.append(1)
except BufferError as e:
    print(type(e).__name__, e)
m.release()
ba.append(1)
print(ba)
