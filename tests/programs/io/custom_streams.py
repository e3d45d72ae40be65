"""Python subclasses of the io classes, wrapped in buffered and text layers."""

import io


class Source(io.RawIOBase):
    def __init__(self, data, chunk):
        self.data = data
        self.pos = 0
        self.chunk = chunk
        self.calls = 0

    def readable(self):
        return True

    def readinto(self, b):
        self.calls += 1
        n = min(len(b), self.chunk, len(self.data) - self.pos)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n


src = Source('first line\nsecond line\nthird – ünïcode\n'.encode('utf-8'), 5)
text = io.TextIOWrapper(io.BufferedReader(src, 8), encoding='utf-8')
print(text.readline(), end='')
print(list(text))
print(src.calls > 3)
print(Source(b'abcdef', 4).read(), Source(b'abcdef', 4).readall(), Source(b'', 4).read(3))


class Sink(io.RawIOBase):
    def __init__(self):
        self.chunks = []

    def writable(self):
        return True

    def write(self, b):
        self.chunks.append(bytes(b))
        return len(b)


sink = Sink()
w = io.BufferedWriter(sink, 4)
w.write(b'ab')
print(sink.chunks)
w.write(b'cdefgh')
w.flush()
print(sink.chunks)
tw = io.TextIOWrapper(io.BufferedWriter(Sink()), encoding='ascii', newline='\r\n', line_buffering=True)
tw.write('line\n')
print(tw.buffer.raw.chunks)
tw.write('no newline')
print(tw.buffer.raw.chunks)


class Upper(io.TextIOWrapper):
    def write(self, s):
        return super().write(s.upper())


u = Upper(io.BytesIO(), encoding='utf-8')
u.write('shout\n')
u.flush()
print(u.buffer.getvalue())


class Lines(io.StringIO):
    def readline(self, *args):
        return super().readline(*args).strip() + '!\n' if not self.tell() == len(self.getvalue()) else ''


print(list(Lines('a\nb\n')))
d = io.IncrementalNewlineDecoder(None, translate=True)
print(repr(d.decode('a\r')), repr(d.decode('\nb\r')), repr(d.decode('', final=True)), d.newlines)
print(d.getstate())
d.reset()
print(d.newlines)
import codecs
d2 = io.IncrementalNewlineDecoder(codecs.getincrementaldecoder('utf-8')(), translate=False)
print(repr(d2.decode(b'x\r\n\xc3')), repr(d2.decode(b'\xa9\r', final=True)), d2.newlines)
tb = io.TextIOWrapper(io.BytesIO('a€b\nc'.encode('utf-8')), encoding='utf-8')
print(repr(tb.read(2)), tb.tell(), repr(tb.read()))
tb.seek(0)
print(repr(tb.readline()), tb.tell())
