"""Text files: encodings, newline modes, readline/readlines/iteration, tell/seek cookies, truncate, append."""

import io
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    with open('t.txt', 'w', encoding='utf-8') as f:
        print(type(f).__name__, f.mode, f.encoding, f.errors, f.line_buffering, f.newlines)
        print(f.write('héllo\nwörld\r\nthree\rfour'), f.tell())
        f.writelines(['\nx', 'y\n'])
        print(f.closed, f.name, f.buffer.name, f.buffer.raw.mode, f.writable(), f.readable(), f.seekable())
    print(f.closed)
    with open('t.txt', 'rb') as f:
        print(f.read())
    with open('t.txt', encoding='utf-8') as f:
        print(f.readlines())
        print(f.newlines)
    with open('t.txt', encoding='utf-8', newline='') as f:
        print(list(f))
    with open('t.txt', encoding='utf-8', newline='\r') as f:
        print([f.readline() for _ in range(3)])
    with open('t.txt', encoding='utf-8', newline='\r\n') as f:
        print(f.readline(), end='|\n')
    with open('t.txt', encoding='utf-8') as f:
        print(repr(f.read(2)), repr(f.readline(3)), repr(f.readline()))
        pos = f.tell()
        rest = f.read()
        f.seek(pos)
        print(f.read() == rest, repr(rest))
        f.seek(0)
        print(repr(f.read(7)))
        p2 = f.tell()
        print(repr(f.read(3)))
        f.seek(p2)
        print(repr(f.read(3)))
        print(f.seek(0, 2) == os.path.getsize('t.txt'), repr(f.read()))
        for bad in [(1, 1), (1, 2), (-1, 0), (0, 7)]:
            try:
                f.seek(*bad)
            except (OSError, ValueError) as e:
                print(type(e).__name__, e)
    with open('t.txt', 'r+', encoding='utf-8') as f:
        f.seek(0, 2)
        f.write('end\n')
        f.seek(0)
        print(f.readline(), end='')
        print(f.truncate(3), f.tell())
    with open('t.txt', encoding='utf-8') as f:
        print(repr(f.read()))
    with open('t.txt', 'a', encoding='utf-8') as f:
        print(f.tell())
        f.write('-appended')
    with open('t.txt', encoding='utf-8') as f:
        print(repr(f.read()))
    with open('l1.txt', 'w', encoding='latin-1') as f:
        f.write('café\n')
    with open('l1.txt', 'rb') as f:
        print(f.read())
    with open('l1.txt', encoding='ascii', errors='replace') as f:
        print(repr(f.read()))
    with open('l1.txt', encoding='ascii', errors='surrogateescape') as f:
        s = f.read()
        print(ascii(s))
    with open('l1.txt', encoding='utf-8') as f:
        try:
            f.read()
        except UnicodeDecodeError as e:
            print('UnicodeDecodeError', e.reason, e.start, e.end)
    with open('a.txt', 'w', encoding='ascii', errors='backslashreplace') as f:
        f.write('naïve ☃\n')
    with open('a.txt', 'rb') as f:
        print(f.read())
    with open('a.txt', 'w', encoding='ascii') as f:
        try:
            f.write('ü')
        except UnicodeEncodeError as e:
            print('UnicodeEncodeError', e.reason, e.start, e.end)
    with open('u16.txt', 'w', encoding='utf-16') as f:
        f.write('ab\n')
        f.write('c')
    with open('u16.txt', 'rb') as f:
        print(f.read())
    with open('u16.txt', encoding='utf-16') as f:
        print(repr(f.read()))
    with open('crlf.txt', 'w', encoding='utf-8', newline='\r\n') as f:
        f.write('a\nb\n')
    with open('crlf.txt', 'rb') as f:
        print(f.read())
    with open('x.txt', 'x', encoding='utf-8') as f:
        f.write('new')
    try:
        open('x.txt', 'x')
    except FileExistsError as e:
        print('FileExistsError', e)
    t = open('t.txt', encoding='utf-8')
    t.reconfigure(newline='')
    t.close()
    t = open('t.txt', encoding='utf-8')
    t.read(1)
    try:
        t.reconfigure(encoding='latin-1')
    except io.UnsupportedOperation as e:
        print('UnsupportedOperation', e)
    t.reconfigure(line_buffering=True)
    print(t.line_buffering)
    t.close()
    os.chdir('/')
