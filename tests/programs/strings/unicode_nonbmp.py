"""Unicode beyond the BMP and surrogates: len, ord/chr, case mapping, comparisons, encodings, surrogate handling."""

smile = '\U0001F600'
clef = '𝄞'
deseret = '𐐀𐐨'
print(len(smile), ord(smile), hex(ord(clef)), chr(0x1F600) == smile, chr(0x10FFFF) != '', len(chr(0x10FFFF)))
print(deseret.lower(), deseret.upper(), deseret.swapcase(), len(deseret.lower()))
print(sorted(['z', smile, 'a', clef, '\uffff', '\U00010000']) == ['a', 'z', '\uffff', '\U00010000', clef, smile])
print(smile > '\uffff', '\ud7ff' < '\ue000', max('a' + smile + 'b'), min('xyz' + clef))

# encodings of non-BMP characters
for enc in ['utf-8', 'utf-16-le', 'utf-16-be', 'utf-32-le', 'utf-16', 'utf-32']:
    b = (clef + 'A').encode(enc)
    print(enc, b.hex(' '), b.decode(enc) == clef + 'A')

# lone surrogates can exist in str but cannot be encoded strictly
lone = '\ud83d'
print(len(lone), hex(ord(lone)), repr(lone), ascii(lone), lone.isprintable())
print(repr('\ud83d\ude00'), len('\ud83d\ude00'), '\ud83d\ude00' == smile)
try:
    lone.encode('utf-8')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print(lone.encode('utf-8', 'surrogatepass'), lone.encode('utf-8', 'replace'), lone.encode('utf-8', 'ignore'), lone.encode('utf-8', 'backslashreplace'))
print(b'\xed\xa0\xbd'.decode('utf-8', 'surrogatepass') == lone)
pair = '\ud83d\ude00'.encode('utf-16', 'surrogatepass')
print(pair.decode('utf-16') == smile)

# surrogateescape round-trips undecodable bytes
raw = b'ok\xff\xfe!'
s = raw.decode('utf-8', 'surrogateescape')
print(ascii(s), len(s), s.encode('utf-8', 'surrogateescape') == raw)

# escapes in literals
print('\N{GRINNING FACE}' == smile, '\N{LATIN SMALL LETTER E WITH ACUTE}', '\u00e9' == 'é', '\x41\101\u0041\U00000041')

# iteration, reversal and joins keep code points intact
print([hex(ord(c)) for c in 'a' + smile + clef], ''.join(reversed('ab' + smile)) == smile + 'ba')
print(f'{smile:*^5}', smile.center(5, '.'), (smile * 3).count(smile), (smile + clef).find(clef))
