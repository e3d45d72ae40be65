"""codecs.register_error with Python handlers: str and bytes replacements, resuming
positions (including negative and out of range ones), handlers that raise, and the
exception objects the codecs pass."""
import codecs

seen = []

def record(exc):
    seen.append((type(exc).__name__, exc.encoding, exc.start, exc.end, exc.reason))
    if isinstance(exc, UnicodeEncodeError):
        return ('<%s>' % exc.object[exc.start:exc.end].encode('unicode_escape').decode(), exc.end)
    return ('[%s]' % exc.object[exc.start:exc.end].hex(), exc.end)

codecs.register_error('test.record', record)
for enc in ['ascii', 'latin-1', 'utf-8', 'utf-16-le', 'utf-32-be', 'cp1252', 'utf-7']:
    try:
        print(enc, 'aé€\udc80😀z'.encode(enc, 'test.record'))
    except Exception as e:
        print(enc, type(e).__name__, e)
for enc, data in [('ascii', b'a\x80\xffz'), ('utf-8', b'a\xe2\x82z\xff'), ('utf-16-le', b'a\x00\x00\xdcz'),
                  ('utf-32-le', b'\x00\x00\x11\x00a\x00\x00\x00'), ('cp1252', b'a\x81z'), ('unicode_escape', b'\\x4z')]:
    print(enc, ascii(data.decode(enc, 'test.record')))
print(seen)

def bytes_rep(exc):
    return (b'\xff\xfe', exc.end)
codecs.register_error('test.bytes', bytes_rep)
print('a€b'.encode('latin-1', 'test.bytes'), 'a\ud800b'.encode('utf-8', 'test.bytes'))
try:
    'a\ud800b'.encode('utf-16-le', 'test.bytes')
    print('ok utf-16 even bytes')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError', e)

def back_to_start(exc):
    # resume at a negative position (relative to the end)
    return ('?', -1)
codecs.register_error('test.neg', back_to_start)
print('ab€€cd'.encode('ascii', 'test.neg'))

def out_of_range(exc):
    return ('?', 100)
codecs.register_error('test.oor', out_of_range)
for call in [lambda: 'a€'.encode('ascii', 'test.oor'), lambda: b'a\xff'.decode('ascii', 'test.oor')]:
    try:
        call()
    except IndexError as e:
        print('IndexError', e)

def bad_result(exc):
    return 'not a tuple'
codecs.register_error('test.bad', bad_result)
for call in [lambda: 'a€'.encode('ascii', 'test.bad'), lambda: b'a\xff'.decode('ascii', 'test.bad')]:
    try:
        call()
    except TypeError as e:
        print('TypeError', e)

def non_ascii(exc):
    return ('é', exc.end)
codecs.register_error('test.nonascii', non_ascii)
for enc in ['ascii', 'latin-1', 'utf-8']:
    try:
        print(enc, '€\ud800'.encode(enc, 'test.nonascii'))
    except UnicodeEncodeError as e:
        print(enc, 'UnicodeEncodeError', e)

def raises(exc):
    raise ValueError('handler refused ' + exc.reason)
codecs.register_error('test.raise', raises)
try:
    b'\xff'.decode('utf-8', 'test.raise')
except ValueError as e:
    print('ValueError', e)

print(codecs.lookup_error('test.record') is record)
try:
    codecs.lookup_error('test.nope')
except LookupError as e:
    print('LookupError', e)
try:
    codecs.register_error('x', 42)
except TypeError as e:
    print('TypeError', e)
for name in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace',
             'surrogateescape', 'surrogatepass']:
    h = codecs.lookup_error(name)
    try:
        print(name, h(UnicodeEncodeError('ascii', 'x\udcc3é', 1, 3, 'boom')))
    except Exception as e:
        print(name, type(e).__name__, e)
