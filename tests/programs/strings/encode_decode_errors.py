"""str.encode / bytes.decode across codecs and every standard error handler."""

text = 'Grüße € 😀 \x00 ~'
for enc in ['utf-8', 'utf-16-le', 'utf-32-be', 'latin-1', 'ascii', 'cp1252', 'cp437', 'iso-8859-15', 'utf-7', 'mac-roman']:
    for errors in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace']:
        try:
            out = text.encode(enc, errors)
            print(enc, errors, out)
        except UnicodeEncodeError as e:
            print(enc, errors, 'UnicodeEncodeError:', e)

data = b'caf\xc3\xa9 \xff\xfe bad \xe2\x82 end'
for errors in ['strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape']:
    try:
        print(errors, ascii(data.decode('utf-8', errors)))
    except UnicodeDecodeError as e:
        print(errors, 'UnicodeDecodeError:', e)
for enc in ['latin-1', 'cp1252', 'ascii', 'utf-16', 'cp437']:
    try:
        print(enc, ascii(data.decode(enc)))
    except UnicodeDecodeError as e:
        print(enc, 'UnicodeDecodeError:', e)
try:
    data.decode('utf-8', 'xmlcharrefreplace')
except TypeError as e:
    print(type(e).__name__, e)

# BOM handling
print('x'.encode('utf-16')[:2] in (b'\xff\xfe', b'\xfe\xff'), 'x'.encode('utf-8-sig'), b'\xef\xbb\xbfx'.decode('utf-8-sig'), b'\xef\xbb\xbfx'.decode('utf-8'))
print(b'\xff\xfex\x00'.decode('utf-16'), b'\xfe\xff\x00x'.decode('utf-16'))

# codec name normalisation and aliases
for name in ['UTF8', 'utf_8', 'U8', 'latin1', 'L1', 'ISO-8859-1', 'us-ascii', '646', 'UTF-16LE', 'cp65001']:
    print(name, 'é'.encode(name, 'replace'))
try:
    'x'.encode('nonexistent-codec')
except LookupError as e:
    print(type(e).__name__, e)
try:
    'x'.encode('utf-8', 'nonexistent-handler')
except LookupError as e:
    print(type(e).__name__, e)
print('ascii only'.encode('ascii', 'nonexistent-handler'))   # handler not looked up when not needed

# default arguments and keywords
print('é'.encode(), b'\xc3\xa9'.decode(), 'é'.encode(encoding='latin-1'), b'\xe9'.decode(encoding='latin-1', errors='strict'))
print(str(b'\xc3\xa9', 'utf-8'), str(b'\xe9', encoding='utf-8', errors='replace'), str(b'abc'), str(bytearray(b'xy'), 'ascii'))
