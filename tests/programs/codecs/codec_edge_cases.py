"""Error positions and reasons of the C-implemented codecs, and surrogate handling."""
cases = [
    (b'\x80', 'utf-8'), (b'\xc2', 'utf-8'), (b'\xe2\x82', 'utf-8'), (b'\xe2\x28\xa1', 'utf-8'),
    (b'\xf0\x9f\x98', 'utf-8'), (b'\xf4\x90\x80\x80', 'utf-8'), (b'\xed\xa0\x80', 'utf-8'),
    (b'\xc0\xaf', 'utf-8'), (b'a\x00b', 'utf-16-le'), (b'\x00\xd8', 'utf-16-le'), (b'\x00\xdc\x00\x00', 'utf-16-le'),
    (b'\x00\xd8a\x00', 'utf-16-le'), (b'\x00\x00\x11\x00', 'utf-32-le'), (b'\x00\xd8\x00\x00', 'utf-32-le'),
    (b'ab', 'utf-32'), (b'\xff', 'ascii'), (b'+AGE', 'utf-7'), (b'+\xff', 'utf-7'), (b'\\x4', 'unicode_escape'),
    (b'\\N{NOPE}', 'unicode_escape'), (b'\\U00110000', 'unicode_escape'), (b'\\', 'unicode_escape'),
    (b'\\u12', 'raw_unicode_escape'), (b'\x81', 'cp1252'),
]
for data, enc in cases:
    for errors in ['strict', 'replace', 'ignore', 'backslashreplace', 'surrogateescape', 'surrogatepass']:
        try:
            r = ascii(data.decode(enc, errors))
        except UnicodeDecodeError as e:
            r = 'UnicodeDecodeError(%r, %r, %d, %d, %r) %s' % (e.encoding, e.object, e.start, e.end, e.reason, e)
        except Exception as e:
            r = '%s: %s' % (type(e).__name__, e)
        print(enc, data, errors, r)

for s in ['\udc80', 'a\udcff\udc00b', '\ud800', '€', '😀', 'é\udc80']:
    for enc in ['utf-8', 'utf-16', 'utf-32-le', 'latin-1', 'ascii', 'cp1252']:
        for errors in ['strict', 'surrogateescape', 'surrogatepass', 'namereplace', 'xmlcharrefreplace']:
            try:
                r = s.encode(enc, errors)
            except UnicodeEncodeError as e:
                r = 'UnicodeEncodeError(%r, %d, %d, %r) %s' % (e.encoding, e.start, e.end, e.reason, e)
            print(ascii(s), enc, errors, r)

# round trips through surrogateescape (os.fsencode style)
raw = bytes(range(256))
s = raw.decode('utf-8', 'surrogateescape')
print(len(s), s.encode('utf-8', 'surrogateescape') == raw, ascii(s[120:136]))
s = raw.decode('ascii', 'surrogateescape')
print(s.encode('ascii', 'surrogateescape') == raw)
