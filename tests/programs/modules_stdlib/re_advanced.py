"""re advanced: greedy vs lazy, backreferences, conditionals, Unicode classes, bytes patterns, anchors, and scanner-style tokenizing."""

import re

html = '<b>bold</b> and <i>italic</i>'
print(re.findall(r'<.+>', html), re.findall(r'<.+?>', html), re.findall(r'<(\w+)>(.*?)</\1>', html))
print(re.findall(r'(\w)\1', 'aabbcdde'), re.sub(r'(\w+) \1', r'\1', 'the the cat sat sat'), re.match(r'(?P<q>[\'"]).*?(?P=q)', '"quoted" rest').group())
print(re.findall(r'^(<)?\w+(?(1)>)$', '<tag>') , re.match(r'^(<)?\w+(?(1)>|)$', 'plain').group(), re.match(r'^(<)?\w+(?(1)>|)$', '<bad'))
print(re.findall(r'\w+', 'naïve café 日本 über'), re.findall(r'\w+', 'naïve café', re.ASCII), re.findall(r'\d', '٣4५'), re.findall(r'[^\W\d_]+', 'ab12_cd'))
print(re.findall(r'\s', 'a\u3000b\u00a0c\td'), re.findall(r'(?i)straße', 'STRASSE Straße'), re.findall(r'(?i)[a-z]+', 'ÀBC abc'), re.match(r'.', '😀').group())
print(re.findall(rb'\d+', b'a12 b345'), re.sub(rb'(\w)', rb'[\1]', b'ab'), re.match(rb'\w+', b'caf\xe9').group())
try:
    re.search(r'\d', b'bytes')
except TypeError as e:
    print(type(e).__name__, e)
print(re.findall(r'\Aab', 'abab'), re.findall(r'ab\Z', 'abab'), re.findall(r'$', 'a\nb\n'), re.findall(r'(?m)$', 'a\nb'), re.search(r'x$', 'x\n') is not None, re.fullmatch(r'x', 'x\n'))
print(re.findall(r'a{2}', 'aaaaa'), re.findall(r'a{2,}?', 'aaaaa'), re.findall(r'a{,2}', 'aaa'), re.findall(r'[\d-]+', '12-34 5'), re.findall(r'[]a]', ']a['))

token_spec = [('NUMBER', r'\d+(?:\.\d*)?'), ('ASSIGN', r':='), ('ID', r'[A-Za-z_]\w*'), ('OP', r'[+\-*/()]'), ('SKIP', r'\s+'), ('MISMATCH', r'.')]
regex = '|'.join(f'(?P<{name}>{pat})' for name, pat in token_spec)
tokens = []
for mo in re.finditer(regex, 'total := price * (qty + 1.5) ? x'):
    kind = mo.lastgroup
    if kind != 'SKIP':
        tokens.append((kind, mo.group()))
print(tokens)

# catastrophic-looking but fine patterns and possessive-free alternatives
print(bool(re.match(r'(a+)+b', 'a' * 20 + 'b')), re.sub(r'\s+$', '', 'trailing   '), re.split(r'\b', 'hi there'))
print(re.compile(r'(?P<year>\d{4})-(?P<month>\d\d)').sub(r'\g<month>/\g<year>', 'on 2024-03 and 1999-12'))
m = re.match(r'(\d+)(?:\.(\d+))?', '42')
print(m.groups(), m.group(2), m.span(2), m.regs if hasattr(m, 'regs') else None)
print(re.findall(r'(?x) \d+  \# not a comment', '12# x'), re.findall(r'[\u00c0-\u00ff]+', 'façade naïve'), re.sub(r'(?s).', '.', 'a\nb'))
