"""open(): text and binary modes, encodings, newline translation, seek/tell, read variants, append/exclusive modes, errors."""

import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, 'data.txt')
    with open(path, 'w', encoding='utf-8') as f:
        print(type(f).__name__, f.mode, f.encoding, f.writable(), f.readable(), f.closed)
        n = f.write('line one\nline two\r\nliné three\n')
        f.writelines(['a\n', 'b\n'])
        print('wrote', n)
    print(f.closed)
    with open(path, 'rb') as f:
        raw = f.read()
    print(raw)
    with open(path, encoding='utf-8') as f:
        print(repr(f.readline()), repr(f.readline(4)), repr(f.readline()), f.readlines())
    with open(path, encoding='utf-8', newline='') as f:
        print([line for line in f])
    with open(path, encoding='utf-8') as f:
        print(repr(f.read(5)), f.tell(), repr(f.read()), repr(f.read()))
        f.seek(0)
        print(repr(f.read(4)))
    with open(path, 'rb') as f:
        f.seek(-4, os.SEEK_END)
        print(f.read(), f.tell())
        f.seek(2)
        print(f.read(3), f.seek(1, os.SEEK_CUR), f.read1(2) if hasattr(f, 'read1') else None)

    # append and read/write modes
    with open(path, 'a', encoding='utf-8') as f:
        f.write('appended\n')
    with open(path, 'r+', encoding='utf-8') as f:
        f.write('LINE')
        f.seek(0)
        print(repr(f.readline()))
    with open(path, encoding='utf-8') as f:
        print(f.read().splitlines()[-2:])

    # newline translation on write
    p2 = os.path.join(tmp, 'nl.txt')
    for nl in [None, '', '\n', '\r\n', '\r']:
        with open(p2, 'w', newline=nl) as f:
            f.write('a\nb\r\nc\rd')
        with open(p2, 'rb') as f:
            print(repr(nl), f.read())

    # encodings and errors
    p3 = os.path.join(tmp, 'enc.txt')
    with open(p3, 'w', encoding='latin-1') as f:
        f.write('café')
    with open(p3, 'rb') as f:
        print(f.read())
    with open(p3, encoding='utf-8', errors='replace') as f:
        print(repr(f.read()))
    try:
        with open(p3, encoding='utf-8') as f:
            f.read()
    except UnicodeDecodeError as e:
        print(type(e).__name__, e)
    with open(p3, 'w', encoding='ascii', errors='xmlcharrefreplace') as f:
        f.write('café €')
    with open(p3, 'rb') as f:
        print(f.read())

    # exclusive creation
    try:
        open(path, 'x')
    except FileExistsError as e:
        print(type(e).__name__, e.errno, e.strerror, os.path.basename(e.filename))
    with open(os.path.join(tmp, 'new.bin'), 'xb') as f:
        f.write(bytes(range(5)))
    with open(os.path.join(tmp, 'new.bin'), 'rb', buffering=0) as f:
        print(type(f).__name__, f.read(), f.readable())
    print(sorted(os.listdir(tmp)))

    # operations on closed files
    f = open(path, encoding='utf-8')
    f.close()
    try:
        f.read()
    except ValueError as e:
        print(type(e).__name__, e)
    # reading a write-only file
    with open(path, 'a', encoding='utf-8') as f:
        try:
            f.read()
        except OSError as e:
            print(type(e).__name__, e)

# invalid modes and arguments
for args, kwargs in [(('x.txt', 'rw'), {}), (('x.txt', 'z'), {}), (('x.txt', 'rb'), {'encoding': 'utf-8'}), (('x.txt', 'wb'), {'newline': ''}),
                     (('x.txt',), {'newline': 'x'}), (('missing_dir/x.txt',), {}), ((3.5,), {}), (('x.txt', 'r'), {'buffering': 0})]:
    try:
        open(*args, **kwargs)
    except (ValueError, TypeError, OSError) as e:
        print(args, kwargs, '->', type(e).__name__, e)
