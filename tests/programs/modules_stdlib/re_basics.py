"""re: match/search/fullmatch/findall/finditer/split/sub/subn, groups and named groups, flags, and match object API."""

import re

text = 'John: 555-1234, Jane: 555-9876; office 555-0000 ext. 12'
print(re.findall(r'\d{3}-\d{4}', text), re.findall(r'(\w+): (\d+)-(\d+)', text), re.findall(r'x', text))
m = re.search(r'(?P<name>\w+): (?P<area>\d{3})-(?P<num>\d{4})', text)
print(m.group(), m.group(1), m.group('num'), m.groups(), m.groupdict(), m.start(), m.end(), m.span('area'), m.lastindex, m.lastgroup, m.re.pattern)
print(m[0], m['name'], m.expand(r'\g<name> has \2'), m.string is text, m.pos, m.endpos)
print(re.match(r'\w+', text).group(), re.match(r'\d', text), re.fullmatch(r'\d+', '12345'), re.fullmatch(r'\d+', '123a'), bool(re.search('ext', text)))
print([(x.group(), x.start()) for x in re.finditer(r'\b\w{4}\b', text)])
print(re.split(r'[,;]\s*', text), re.split(r'(\d+)', 'a1b22c'), re.split(r'\s+', ' lead and trail ', maxsplit=2), re.split('x*', 'axbc'))
print(re.sub(r'(\d{3})-(\d{4})', r'\2-\1', text), re.sub(r'\d', '#', text, count=3), re.subn(r'a', 'A', 'banana'), re.sub(r'(?P<w>\w+)@', r'<\g<w>>', 'joe@x'))
print(re.sub(r'\d+', lambda mo: str(int(mo.group()) * 2), 'a1 b22 c333'), re.sub('', '-', 'abc'), re.sub(r'x*', '-', 'abxd'))

print(re.findall(r'^\w+', 'one\ntwo\nthree', re.MULTILINE), re.findall(r'a.c', 'a\nc abc', re.DOTALL), re.findall('HELLO', 'hello Hello', re.I))
verbose = re.compile(r'''
    (\d+)      # digits
    \s*        # optional space
    ([a-z]+)   # unit
''', re.VERBOSE | re.IGNORECASE)
print(verbose.findall('10 KG, 5m and 3 Liters'), verbose.flags & re.IGNORECASE != 0, verbose.groups, verbose.groupindex)
print(re.findall(r'(?i)case', 'CASE Case'), re.findall(r'\bcat\b', 'cat concat cat.'), re.findall(r'(?<=\$)\d+', 'cost $42 or $7'), re.findall(r'\d+(?!px)', '12px 34em'))
print(re.findall(r'(a|b)+', 'abab cab'), re.findall(r'(?:a|b)+', 'abab cab'), re.match(r'(a)?b', 'b').groups(), re.match(r'(a)?b', 'b').groups('default'))
print(re.escape('1+1=2? (yes) [a-z] $5.00'), re.purge(), re.compile('x').pattern == re.compile('x').pattern)
p = re.compile(r'\w+')
print(p.search('  hello world', 3).group(), p.match('  hi', 2).group(), p.findall('a b c', 2), p.sub('_', 'x y'), repr(p), p.pattern)
for bad in ['(', '[a-', 'a{2,1}', '(?P<n>x)(?P<n>y)', '\\', '*a', '(?<=a+)b']:
    try:
        re.compile(bad)
    except re.error as e:
        print(repr(bad), '->', type(e).__name__, e, '| pos', e.pos)
