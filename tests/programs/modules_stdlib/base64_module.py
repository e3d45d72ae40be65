"""base64 and binascii: standard, URL-safe, base32, base16, base85/a85 encodings, padding rules and decoding errors."""

import base64
import binascii

data = b'Hello, \xffworld!\x00'
for name in ['b64encode', 'urlsafe_b64encode', 'standard_b64encode', 'b32encode', 'b32hexencode', 'b16encode', 'b85encode', 'a85encode']:
    enc = getattr(base64, name)(data)
    dec = getattr(base64, name.replace('encode', 'decode'))(enc)
    print(name, enc, dec == data)
for n in range(6):
    print(n, base64.b64encode(b'abcde'[:n]), base64.b32encode(b'abcde'[:n]))
print(base64.b64encode(b'\xfb\xff', altchars=b'-_'), base64.b64decode('+/8='), base64.urlsafe_b64decode('-_8='), base64.b64decode(b'aGk=\n'))
print(base64.b64decode('aGVsbG8='), base64.b16decode('68656C6C6F'), base64.b16decode('68656c6c6f', casefold=True))
print(base64.encodebytes(b'x' * 60), base64.decodebytes(b'eHh4\n'))
print(binascii.hexlify(b'\x01\xab'), binascii.unhexlify('01ab'), binascii.crc32(b'hello'), binascii.b2a_base64(b'hi'), binascii.a2b_base64('aGk='))
for bad in ['abc', 'a===', '!!!!']:
    try:
        print(repr(bad), base64.b64decode(bad, validate=True))
    except binascii.Error as e:
        print(repr(bad), '->', type(e).__name__, e)
try:
    base64.b16decode('6g')
except binascii.Error as e:
    print(type(e).__name__, e)
try:
    base64.b32decode('AB')
except binascii.Error as e:
    print(type(e).__name__, e)
try:
    base64.b64encode('str')
except TypeError as e:
    print(type(e).__name__, e)
