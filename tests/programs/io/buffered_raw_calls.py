"""The buffered classes issue the same raw readinto/write/seek/tell calls as CPython, over a logging raw stream."""

import io
seed = 5
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n

class Raw(io.RawIOBase):
    def __init__(self, data):
        self.data = bytearray(data)
        self.pos = 0
        self.log = []
    def readable(self): return True
    def writable(self): return True
    def seekable(self): return True
    def readinto(self, b):
        n = min(len(b), len(self.data) - self.pos, 5)
        b[:n] = self.data[self.pos:self.pos + n]
        self.log.append(('r', len(b), n))
        self.pos += n
        return n
    def write(self, b):
        b = bytes(b)
        n = min(len(b), 6)
        end = self.pos + n
        if end > len(self.data):
            self.data.extend(b'\0' * (end - len(self.data)))
        self.data[self.pos:end] = b[:n]
        self.pos = end
        self.log.append(('w', len(b), n))
        return n
    def seek(self, pos, whence=0):
        if whence == 0: self.pos = pos
        elif whence == 1: self.pos += pos
        else: self.pos = len(self.data) + pos
        self.log.append(('s', pos, whence))
        return self.pos
    def tell(self):
        self.log.append(('t',))
        return self.pos

for cls in [io.BufferedReader, io.BufferedWriter, io.BufferedRandom] * 3:
    raw = Raw(bytes(range(65, 65 + 50)))
    f = cls(raw, 8)
    out = []
    for i in range(40):
        k = rnd(9)
        try:
            if k == 0: out.append(f.read(rnd(12)))
            elif k == 1: out.append(f.read1(rnd(12)))
            elif k == 2: out.append(f.peek(rnd(3))[:2])
            elif k == 3: out.append(f.write(bytes([97 + rnd(26)]) * rnd(11)))
            elif k == 4: out.append(f.seek(rnd(40), 0))
            elif k == 5: out.append(f.tell())
            elif k == 6: out.append(f.readline(rnd(10)))
            elif k == 7: out.append(f.flush())
            else:
                b = bytearray(rnd(10)); out.append((f.readinto(b), bytes(b)))
        except Exception as e:
            out.append(type(e).__name__)
    print(cls.__name__, out)
    print(raw.log)
    f.flush() if cls is not io.BufferedReader else None
    print(bytes(raw.data))
