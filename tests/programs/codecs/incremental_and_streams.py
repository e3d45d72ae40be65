"""Incremental decoders and encoders (byte at a time), the UTF-16/32 BOM state machines,
StreamReader/StreamWriter and codecs.open-style round trips."""
import codecs
import io

text = 'a\u00e9\u20ac\U0001f600z\n' * 3
for enc in ['utf-8', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-be', 'utf-7', 'utf-8-sig',
            'latin-1', 'cp1252', 'unicode_escape', 'raw_unicode_escape']:
    try:
        data = text.encode(enc)
    except UnicodeEncodeError as e:
        print(enc, 'cannot encode:', e)
        data = text.encode(enc, 'replace')
    dec = codecs.getincrementaldecoder(enc)()
    out = ''.join(dec.decode(data[i:i + 1]) for i in range(len(data))) + dec.decode(b'', final=True)
    enc_inc = codecs.getincrementalencoder(enc)()
    again = b''.join(enc_inc.encode(c) for c in out) + enc_inc.encode('', final=True)
    print(enc, len(data), ascii(out[:8]), out == text or out == data.decode(enc), again == data)

dec = codecs.getincrementaldecoder('utf-8')()
print(ascii(dec.decode(b'\xe2\x82')), dec.getstate(), ascii(dec.decode(b'\xac')))
try:
    dec.decode(b'\xe2', final=True)
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
dec = codecs.getincrementaldecoder('utf-16')()
print(ascii(dec.decode(b'\xff')), ascii(dec.decode(b'\xfea')), ascii(dec.decode(b'\x00')))

stream = io.BytesIO()
writer = codecs.getwriter('utf-16-le')(stream)
writer.write('héllo ')
writer.writelines(['wörld', '!'])
print(stream.getvalue())
reader = codecs.getreader('utf-16-le')(io.BytesIO(stream.getvalue()))
print(reader.read(3), reader.read())
r = codecs.getreader('utf-8')(io.BytesIO('line1\nlíne2\r\nline3'.encode()))
print(r.readlines())
print(codecs.iterdecode([b'\xc3', b'\xa9', b'x'], 'utf-8').__next__(), list(codecs.iterencode(['a', 'é'], 'utf-8')))
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF32_BE)
