"""open() argument validation, io.UnsupportedOperation, text_encoding, abstract base classes."""

import io
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    with open('f', 'w') as f:
        f.write('data\n')
    cases = [
        ('f', 'rw'), ('f', 'z'), ('f', 'rr'), ('f', 'rtb'), ('f', 'U'), ('f', ''),
        ('f', 'rb', -1, 'utf-8'), ('f', 'rb', -1, None, 'strict'), ('f', 'rb', -1, None, None, '\n'),
        ('f', 'r', 0), ('f', 'r', -1, 'nope'), ('f', 'r', -1, 'hex'), ('f', 'r', -1, None, None, 'x'),
        ('missing', 'r'), ('.', 'r'), (1.5, 'r'), ('f', 'r', -1, 5),
    ]
    for args in cases:
        try:
            with open(*args) as f:
                print('opened', args, type(f).__name__)
        except Exception as e:
            print(args[1:], type(e).__name__, e)
    with open('f') as f:
        for op in [lambda: f.write('x'), lambda: f.truncate(), lambda: f.fileno() >= 0]:
            try:
                print(op())
            except Exception as e:
                print(type(e).__name__, e)
    with open('f', 'w') as f:
        try:
            f.read()
        except io.UnsupportedOperation as e:
            print('UnsupportedOperation', e, isinstance(e, OSError), isinstance(e, ValueError))
        try:
            f.write(1)
        except TypeError as e:
            print('TypeError', e)
    os.chdir('/')

print(io.UnsupportedOperation.__mro__)
print(io.text_encoding(None), io.text_encoding('latin-1'))
print(io.DEFAULT_BUFFER_SIZE, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
print(issubclass(io.FileIO, io.RawIOBase), issubclass(io.BufferedReader, io.BufferedIOBase),
      issubclass(io.TextIOWrapper, io.TextIOBase), issubclass(io.StringIO, io.TextIOBase),
      issubclass(io.BytesIO, io.BufferedIOBase), isinstance(io.BytesIO(), io.IOBase))
for cls in [io.IOBase, io.RawIOBase, io.BufferedIOBase, io.TextIOBase]:
    obj = cls()
    for name in ['read', 'write', 'seek', 'fileno', 'truncate', 'detach', 'readline']:
        meth = getattr(obj, name, None)
        if meth is None:
            continue
        try:
            meth(0) if name not in ('fileno', 'detach', 'readline') else meth()
        except Exception as e:
            print(cls.__name__, name, type(e).__name__, e)
    print(cls.__name__, obj.readable(), obj.writable(), obj.seekable(), obj.closed)
    obj.close()
    print(obj.closed)
