"""str methods called with keyword arguments, through the type (str.method(s, ...)), and via getattr/map."""

s = 'a,b,c,d'
print(s.split(sep=',', maxsplit=2), s.rsplit(sep=',', maxsplit=1), 'x\ny\n'.splitlines(keepends=True))
print('abc'.encode(encoding='utf-16-be', errors='strict'), 'ab'.center(6, '*'), 'abc'.expandtabs(tabsize=4))
print(str.upper('abc'), str.split('a b'), str.join('-', ['x', 'y']), str.replace('aaa', 'a', 'b', 2))
print(list(map(str.strip, [' a ', 'b  '])), sorted(['b', 'A', 'c'], key=str.lower), getattr('abc', 'title')())
for call in ["'a,b'.split(',', maxsplit=1, extra=2)", "'abc'.find(sub='b')", "'abc'.replace(old='a', new='b')",
             "'abc'.startswith(prefix='a')", "'abc'.count('a', start=0)", "'x'.center(width=3)", "'a'.split(',', 1, 2)"]:
    try:
        print(call, '->', eval(call))
    except TypeError as e:
        print(call, '->', type(e).__name__, e)
# methods are looked up on the type: a str subclass can override them
class Shout(str):
    def upper(self):
        return str.upper(self) + '!'
print(Shout('hey').upper(), Shout('hey').lower(), str.upper(Shout('hey')))
