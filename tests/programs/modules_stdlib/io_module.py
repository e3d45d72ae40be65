"""io: StringIO and BytesIO reading/writing/seeking, TextIOWrapper over BytesIO with encodings/newlines, and errors."""

import io

s = io.StringIO('line one\nline two\nline three')
print(s.readline(), end='')
print(s.read(4), s.tell(), s.readlines())
s.seek(0)
print([line.rstrip() for line in s], s.read() == '')
w = io.StringIO()
print(w.write('hello '), w.write('world'), w.getvalue(), w.tell())
w.seek(0)
w.write('J')
print(w.getvalue(), w.truncate(3), w.getvalue())
s2 = io.StringIO('a\r\nb\rc\n', newline=None)
print(repr(s2.read()))
s3 = io.StringIO('a\r\nb', newline='')
print(repr(s3.read()), s3.closed, s3.readable(), s3.writable(), s3.seekable())
s3.close()
try:
    s3.read()
except ValueError as e:
    print(type(e).__name__, e)

b = io.BytesIO(b'\x00\x01binary data')
print(b.read(2), b.read(), b.tell(), b.seek(-4, io.SEEK_END), b.read(), b.getvalue()[:6])
b.seek(0)
b.write(b'XY')
print(b.getvalue(), len(b.getbuffer()), bytes(b.getbuffer()[:3]))
bw = io.BytesIO()
bw.write(b'abc')
bw.seek(10)
bw.write(b'z')
print(bw.getvalue())

raw = io.BytesIO()
text = io.TextIOWrapper(raw, encoding='utf-16-le', newline='\r\n')
text.write('é\nz')
text.flush()
print(raw.getvalue(), text.encoding)
raw2 = io.BytesIO('naïve\nline2\n'.encode('utf-8'))
t2 = io.TextIOWrapper(raw2, encoding='utf-8')
print(t2.readline(), t2.readline(), repr(t2.readline()))
bad = io.TextIOWrapper(io.BytesIO(b'ok \xff bad'), encoding='utf-8', errors='replace')
print(bad.read())
print(io.DEFAULT_BUFFER_SIZE > 0, issubclass(io.StringIO, io.TextIOBase), issubclass(io.BytesIO, io.BufferedIOBase), isinstance(s, io.IOBase))
try:
    io.StringIO().write(b'bytes')
except TypeError as e:
    print(type(e).__name__, e)
try:
    io.BytesIO().write('str')
except TypeError as e:
    print(type(e).__name__, e)
try:
    io.StringIO('x').seek(-1)
except ValueError as e:
    print(type(e).__name__, e)
with io.StringIO('ctx') as f:
    print(f.read())
print(f.closed)
