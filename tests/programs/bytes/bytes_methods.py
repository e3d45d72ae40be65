"""bytes methods: the str-like ones (find, split, strip, replace, case, predicates, justification) plus hex/fromhex."""

b = b'  Hello, World! hello  '
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b' Hd!'), b.lower(), b.upper(), b.swapcase(), b.title(), b.capitalize())
print(b.find(b'hello'), b.rfind(b'l'), b.index(b'W'), b.count(b'l'), b.find(108), b.count(ord('o')), b.startswith(b'  H'), b.endswith((b'x', b'  ')))
print(b.split(), b.split(b','), b.rsplit(None, 1), b'a,b,,c'.split(b',', 1), b'x\ny\r\nz'.splitlines(), b'x\ny\r\n'.splitlines(True))
print(b.replace(b'l', b'L'), b.replace(b'l', b'', 2), b'-'.join([b'a', b'b', bytearray(b'c'), memoryview(b'd')]), b.partition(b','), b.rpartition(b'l'))
print(b'abc'.center(9, b'*'), b'abc'.ljust(6, b'.'), b'abc'.rjust(6), b'-42'.zfill(6), b'a\tb'.expandtabs(4))
print(b'abc'.isalpha(), b'abc1'.isalnum(), b'123'.isdigit(), b' \t'.isspace(), b'abc'.islower(), b'ABC'.isupper(), b'Ab Cd'.istitle(), b'\x80'.isascii(), b''.isalpha())
print(b'\xe9'.isalpha(), b'\xe9'.upper(), 'é'.encode('latin-1').lower())    # bytes case ops are ASCII-only
print(b'TestCase'.removeprefix(b'Test'), b'x.py'.removesuffix(b'.py'))

# hex / fromhex
data = bytes([0, 15, 16, 255, 171])
print(data.hex(), data.hex(':'), data.hex('-', 2), data.hex(' ', -2), data.hex(b'|', 1), b''.hex())
print(bytes.fromhex('00 0f10 ff'), bytes.fromhex(''), bytes.fromhex(' ab cd '), bytes.fromhex('AbCd'))
for bad in ['0', 'zz', '0x10', '0 0', 'ab\n', ' a b ']:
    try:
        print(repr(bad), bytes.fromhex(bad))
    except ValueError as e:
        print(repr(bad), '->', type(e).__name__, e)

# translate / maketrans
table = bytes.maketrans(b'abc', b'xyz')
print(len(table), b'aabbcc'.translate(table), b'hello'.translate(None, b'l'), b'abc'.translate(table, b'c'))

# decode
print(b'caf\xc3\xa9'.decode(), b'caf\xe9'.decode('latin-1'), b'\xff'.decode('utf-8', 'replace'), b'abc'.decode('ascii'))

# arguments can be ints or bytes-like where documented
print(b'abc'.find(bytearray(b'c')), b'abc'.split(memoryview(b'b')), b'abc'.startswith(bytearray(b'ab')))
for call in ["b'abc'.find('a')", "b'abc'.split('b')", "b'abc'.join(['a'])", "b'a'.center(3, '*')", "b'abc'.replace('a', 'b')",
             "b'abc'.count(256)", "b'abc'.strip('a')", "b'x'.hex('::')", "b'x'.hex('é')"]:
    try:
        print(call, eval(call))
    except (TypeError, ValueError) as e:
        print(call, '->', type(e).__name__, e)
