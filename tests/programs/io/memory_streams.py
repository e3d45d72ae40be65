"""BytesIO and StringIO: reads, writes past the end, seeks, truncate, newline modes, state, errors."""

import io
import pickle

b = io.BytesIO(b'abc\ndef\nghi')
print(b.read(2), b.readline(), b.tell(), b.readlines(), b.read())
b.seek(20)
b.write(b'Z')
print(b.getvalue())
b.seek(0)
print(b.read1(3), b.readable(), b.writable(), b.seekable(), b.isatty())
print(b.truncate(4), b.getvalue(), b.tell())
b.seek(0, 2)
print(b.tell())
for bad in [lambda: b.seek(-1), lambda: b.seek(0, 5), lambda: b.write('str'), lambda: b.fileno()]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
ba = bytearray(3)
b.seek(0)
print(b.readinto(ba), ba)
state = b.__getstate__()
print(state[0], state[1])
b2 = pickle.loads(pickle.dumps(b))
print(b2.getvalue(), b2.tell())
with io.BytesIO(b'x\ny') as bb:
    print(list(bb))
print(bb.closed)
try:
    bb.getvalue()
except ValueError as e:
    print('ValueError', e)

s = io.StringIO('héllo\nwörld')
print(repr(s.read(3)), s.tell(), repr(s.readline()), repr(s.read()))
s.seek(0)
print(s.readlines())
s.seek(30)
s.write('!')
print(len(s.getvalue()), repr(s.getvalue()[-3:]))
print(s.truncate(5), repr(s.getvalue()))
for bad in [lambda: s.seek(-1), lambda: s.seek(1, 1), lambda: s.seek(0, 3), lambda: s.write(b'x'),
            lambda: io.StringIO(b'x'), lambda: io.StringIO(newline='x'), lambda: s.fileno()]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
u = io.StringIO('a\r\nb\rc\n', newline=None)
print(repr(u.getvalue()), u.newlines)
e = io.StringIO('a\r\nb\rc', newline='')
print(list(e), e.newlines)
r = io.StringIO(newline='\r\n')
r.write('x\ny\n')
print(repr(r.getvalue()))
print(repr(io.StringIO('a\nb', newline='\r').getvalue()))
s2 = pickle.loads(pickle.dumps(io.StringIO('pickled', newline='')))
print(repr(s2.getvalue()), s2.tell())
s.close()
try:
    s.read()
except ValueError as e:
    print('ValueError', e)
print(s.closed)
