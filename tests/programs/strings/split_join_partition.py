"""str split/rsplit/splitlines/join/partition/rpartition: separators, maxsplit, whitespace rules, line boundaries."""

text = '  alpha  beta\tgamma\n delta  '
print(text.split(), text.split(' '), text.split(None, 1), text.rsplit(None, 1), text.split(maxsplit=2))
print('a,b,,c,'.split(','), 'a,b,,c,'.split(',', 1), 'a,b,,c,'.rsplit(',', 2), 'a,b,,c,'.split(',', -1), 'a,b,,c,'.split(',', 0))
print(''.split(), ''.split(','), '   '.split(), '   '.split(' '), 'abc'.split('abc'), 'aXbXc'.split('X', maxsplit=1))
print('a--b--c'.split('--'), 'a--b--c'.rsplit('--', 1), '---'.split('--'), 'a b c'.rsplit(' ', 0))

# unicode whitespace counts for split() without arguments
ws = 'a\u00a0b\u2003c\u3000d\x1ce\x1df\x85g\u2028h'
print(ws.split(), len(ws.split()))
print('x\u200by'.split(), 'x\ufeffy'.split())    # zero-width space and BOM are not whitespace

# splitlines recognises many line boundaries
lines = 'one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\x1deight\x1enine\x85ten\u2028eleven\u2029twelve'
print(lines.splitlines())
print(lines.splitlines(keepends=True))
print('a\n\nb\n'.splitlines(), 'a\n\nb\n'.split('\n'), ''.splitlines(), '\n'.splitlines(), 'x\r\n'.splitlines(True))

# join
print(','.join(['a', 'b', 'c']), ''.join([]), '-'.join('abc'), ' '.join(str(i) for i in range(5)), '😀'.join('ab'))
print(', '.join({'k1': 1, 'k2': 2}), '|'.join(('solo',)))
for bad in [[1, 2], ['a', None], [b'x']]:
    try:
        ','.join(bad)
    except TypeError as e:
        print(type(e).__name__, e)

# partition / rpartition
for s in ['key=value=more', 'novalue', '=start', 'end=', '']:
    print(repr(s), s.partition('='), s.rpartition('='))
try:
    'abc'.partition('')
except ValueError as e:
    print(type(e).__name__, e)
try:
    'abc'.rsplit('')
except ValueError as e:
    print(type(e).__name__, e)
print('a b  c'.split(sep=None), 'a b  c'.split(sep=' '))
