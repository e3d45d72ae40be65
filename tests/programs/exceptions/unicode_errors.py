"""UnicodeEncodeError / UnicodeDecodeError / UnicodeTranslateError: attributes, str(), and real codec failures."""

e = UnicodeDecodeError('utf-8', b'ab\xffcd', 2, 3, 'invalid start byte')
print(e.encoding, e.object, e.start, e.end, e.reason)
print(str(e))
print(repr(e))
e2 = UnicodeDecodeError('ascii', b'\x80\x81\x82', 0, 3, 'ordinal not in range(128)')
print(str(e2))

e = UnicodeEncodeError('ascii', 'h\xe9llo\u20ac', 1, 2, 'ordinal not in range(128)')
print(e.encoding, repr(e.object), e.start, e.end, e.reason, str(e))
e = UnicodeEncodeError('latin-1', 'x\u20ac\u20acy', 1, 3, 'nope')
print(str(e))
e = UnicodeEncodeError('ascii', '\U0001F600', 0, 1, 'emoji')
print(str(e))

t = UnicodeTranslateError('abc\u1234', 3, 4, 'cannot map')
print(t.encoding, repr(t.object), t.start, t.end, str(t))

# real failures
for data, enc in [(b'\xc3\x28', 'utf-8'), (b'\xff\xfe\x00', 'utf-16'), (b'caf\xe9', 'ascii'), (b'\xe2\x82', 'utf-8'), (b'\xed\xa0\x80', 'utf-8')]:
    try:
        data.decode(enc)
    except UnicodeDecodeError as err:
        print(enc, '->', str(err), (err.start, err.end))
for text, enc in [('caf\xe9', 'ascii'), ('\u20ac', 'latin-1'), ('\ud800', 'utf-8'), ('a\U0001F600b', 'cp1252')]:
    try:
        text.encode(enc)
    except UnicodeEncodeError as err:
        print(enc, '->', str(err), (err.start, err.end))

# constructor argument checking
for args in [('utf-8', 'not bytes', 0, 1, 'r'), ('utf-8', b'x', 'a', 1, 'r'), (1, b'x', 0, 1, 'r')]:
    try:
        UnicodeDecodeError(*args)
    except TypeError as err:
        print(type(err).__name__, err)

# the exceptions are ValueErrors
print(issubclass(UnicodeDecodeError, ValueError), UnicodeError.__bases__)

# attributes are writable
e = UnicodeDecodeError('utf-8', b'xyz', 0, 1, 'r')
e.start, e.end, e.reason = 1, 2, 'changed'
print(str(e))
