"""Binary files: FileIO, BufferedReader/Writer/Random, peek/read1/readinto, seek/tell, truncate, detach, closed errors."""

import io
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    with open('b.bin', 'wb') as f:
        print(type(f).__name__, type(f.raw).__name__, f.mode, f.raw.mode, f.writable(), f.readable())
        print(f.write(b'0123456789'), f.tell())
        f.write(bytearray(b'ab'))
        f.write(memoryview(b'cd'))
    with open('b.bin', 'rb') as f:
        print(f.peek(1)[:1], f.read(3), f.read1(2), f.tell())
        buf = bytearray(4)
        print(f.readinto(buf), buf)
        print(f.readline(), f.read(), f.read())
        f.seek(-3, 2)
        print(f.read(), f.seek(2), f.read(2), f.seek(1, 1), f.read(1))
    with open('b.bin', 'r+b') as f:
        print(type(f).__name__, f.mode)
        print(f.read(2))
        f.write(b'XY')
        print(f.tell(), f.read(2))
        f.seek(0)
        print(f.read())
        print(f.truncate(5), f.tell())
        f.seek(0)
        print(f.read())
    with open('b.bin', 'rb', buffering=0) as f:
        print(type(f).__name__, f.closefd, f.mode, f.readable(), f.writable(), f.seekable(), f.isatty())
        print(f.read(2), f.readall(), f.read())
        b = bytearray(10)
        f.seek(0)
        print(f.readinto(b), bytes(b))
    with open('b.bin', 'ab') as f:
        print(f.tell())
        f.write(b'!')
    with open('b.bin', 'rb') as f:
        print(f.read(), list(f))
    with open('lines.bin', 'wb') as f:
        f.write(b'one\ntwo\nthree')
    with open('lines.bin', 'rb') as f:
        print(list(f))
    with open('lines.bin', 'rb') as f:
        print(f.readlines(5), f.readline(2))
    f = open('lines.bin', 'rb')
    raw = f.detach()
    print(type(raw).__name__, raw.read(3))
    for op in [lambda: f.read(), lambda: f.tell(), lambda: repr(f)]:
        try:
            print(op())
        except ValueError as e:
            print('ValueError', e)
    raw.close()
    f = open('lines.bin', 'rb')
    f.close()
    for name, op in [('read', lambda: f.read()), ('peek', lambda: f.peek()), ('seek', lambda: f.seek(0)),
                     ('readline', lambda: f.readline()), ('fileno', lambda: f.fileno()),
                     ('flush', lambda: f.flush()), ('iter', lambda: next(iter(f)))]:
        try:
            op()
        except ValueError as e:
            print(name, 'ValueError', e)
    w = open('w.bin', 'wb')
    w.close()
    for name, op in [('write', lambda: w.write(b'x')), ('flush', lambda: w.flush()), ('tell', lambda: w.tell())]:
        try:
            op()
        except ValueError as e:
            print(name, 'ValueError', e)
    r = open('lines.bin', 'rb')
    for name, op in [('write', lambda: r.write(b'x')), ('truncate', lambda: r.truncate())]:
        try:
            op()
        except io.UnsupportedOperation as e:
            print(name, 'UnsupportedOperation', e)
    r.close()
    raw = io.FileIO('lines.bin')
    try:
        raw.write(b'x')
    except io.UnsupportedOperation as e:
        print('UnsupportedOperation', e)
    raw.close()
    print(raw.closed, repr(raw))
    try:
        raw.read()
    except ValueError as e:
        print('ValueError', e)
    rfd, wfd = os.pipe()
    with open(wfd, 'wb') as w, open(rfd, 'rb') as r:
        print(r.seekable(), w.seekable())
        w.write(b'through a pipe\n')
        w.flush()
        print(r.readline())
        try:
            r.seek(0)
        except io.UnsupportedOperation as e:
            print('UnsupportedOperation', e)
        try:
            r.tell()
        except OSError as e:
            print(type(e).__name__, e.errno)
    os.chdir('/')
