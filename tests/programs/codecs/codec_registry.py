"""codecs.lookup, registration of search functions, codec wrapping of errors, text and
non-text encodings, CodecInfo attributes."""
import codecs

info = codecs.lookup('UTF-8')
print(info.name, info.encode('é'), info.decode(b'\xc3\xa9'), isinstance(info, tuple), len(info))
for name in ['latin1', 'L1', 'utf8', 'U8', 'ascii', '646', 'cp1252', 'windows-1252', 'utf-16', 'UTF_16LE',
             'unicode-escape', 'raw_unicode_escape', 'utf_7', 'mac_roman', 'koi8_r', 'idna', 'rot13', 'hex', 'base64']:
    try:
        ci = codecs.lookup(name)
        print(name, ci.name, getattr(ci, '_is_text_encoding', True))
    except LookupError as e:
        print(name, 'LookupError', e)
for bad in ['nonexistent', 'utf-8\x00', '']:
    try:
        codecs.lookup(bad)
    except (LookupError, ValueError) as e:
        print(repr(bad), type(e).__name__, e)
try:
    codecs.lookup(1)
except TypeError as e:
    print('TypeError', e)

print(codecs.encode('abc', 'rot13'), codecs.decode('nop', 'rot_13'))
print(codecs.encode(b'abc', 'hex'), codecs.decode(b'616263', 'hex_codec'))
print(codecs.encode(b'abc', 'base64'), codecs.decode(b'YWJj\n', 'base64'))
print(codecs.encode(b'abc' * 10, 'zlib')[:2], codecs.decode(codecs.encode(b'xyz', 'zlib'), 'zlib'))
for call in [lambda: 'abc'.encode('rot13'), lambda: b'abc'.decode('hex'), lambda: codecs.encode('abc', 'base64'),
             lambda: codecs.decode('zz', 'hex')]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e, '| cause:', type(e.__cause__).__name__ if e.__cause__ else None)

calls = []
def search(name):
    calls.append(name)
    if name == 'my_codec':
        return codecs.CodecInfo(lambda s, errors='strict': (s.upper().encode(), len(s)),
                                lambda b, errors='strict': (bytes(b).decode().lower(), len(b)), name='my-codec')
    if name == 'bad_codec':
        return 42
    return None
codecs.register(search)
print('hi'.encode('my_codec'), b'HI'.decode('My-Codec'), calls)
try:
    'x'.encode('bad_codec')
except TypeError as e:
    print('TypeError', e)
print(codecs.lookup('my_codec') is codecs.lookup('MY CODEC'))
codecs.unregister(search)
try:
    codecs.lookup('other_codec')
except LookupError as e:
    print('LookupError', e)
try:
    codecs.register('not callable')
except TypeError as e:
    print('TypeError', e)

def returns_str(name):
    if name == 'weird':
        return codecs.CodecInfo(lambda s, errors='strict': (s, len(s)), lambda b, errors='strict': (b, len(b)), name='weird')
codecs.register(returns_str)
for call in [lambda: 'x'.encode('weird'), lambda: b'x'.decode('weird')]:
    try:
        call()
    except TypeError as e:
        print('TypeError', e)
print(codecs.encode('x', 'weird'), codecs.decode(b'x', 'weird'))
