"""repr() and ascii() of strings: quote selection, escapes for control characters, printable vs non-printable Unicode."""

samples = ['plain', "it's", 'say "hi"', 'both \' and "', '\\backslash', 'tab\there', 'new\nline', 'cr\r', '\x00\x01\x1f\x7f',
           '\x80\x9f\xa0\xad', 'é ñ ü', '日本', '\u200b\u200e\u2028\u2029', '\ufeff', '\U0001F600', '\U000E0001', '\ud800', '\x1b[0m',
           '\a\b\f\v', "'" , '"', '\'"\'']
for s in samples:
    print(repr(s), ascii(s), len(s))

# literal escape sequences
print('\x41\x42', '\101\102', '\u0041', '\U00000042', '\N{BULLET}', '\0' == '\x00', '\777' == 'ǿ', len('\
continued'))
print(r'\n raw', r'\\', len(r'\n'), R'\t', len(rb'\x00'), rb'\x00'[0])
print('implicit' ' concatenation' " of" ''' literals''')
print('''triple "quoted" 'text'
spanning lines''')

# invalid escapes are kept and warn at compile time
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    v = eval(r"'\d\q'")
    print(repr(v), [str(x.message) for x in w], [x.category.__name__ for x in w])

# errors in escapes are syntax errors
for src in [r"'\x4'", r"'\u12'", r"'\U0011FFFF'", r"'\N{NO SUCH NAME}'", r"'\N'", "'unterminated", '"""never closed']:
    try:
        compile(src, '<lit>', 'eval')
    except SyntaxError as e:
        print(repr(src), '->', e.msg)
