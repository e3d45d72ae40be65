"""str strip/lstrip/rstrip with and without chars, center/ljust/rjust/zfill, expandtabs with various tab sizes."""

s = '  \t hello world \n '
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr('xxhixyx'.strip('xy')), repr('xxhixyx'.lstrip('x')), repr('xxhixyx'.rstrip('yx')), repr('hi'.strip('')))
print(repr('www.example.com'.strip('cmowz.')), repr('\u3000full width space\u3000'.strip()), repr('\x1c\x1dsep\x1e\x1f'.strip()))
print(repr(''.strip()), repr('aaa'.strip('a')), repr('abc'.strip(None)), repr('😀a😀'.strip('😀')))

for w in [0, 3, 8, 9]:
    print(w, repr('abc'.center(w)), repr('abc'.center(w, '*')), repr('abcd'.center(w, '-')), repr('abc'.ljust(w, '.')), repr('abc'.rjust(w, '.')))
print(repr('a'.center(4)), repr('ab'.center(5)), repr('ab'.center(6, '😀')))

for v in ['42', '-42', '+42', '', '-', 'abc', '-0.5', '١٢']:
    print(repr(v), repr(v.zfill(5)), repr(v.zfill(1)))

tabbed = 'a\tbb\tccc\tdddd\te\n12345678\tx\r\ty'
for size in [8, 4, 1, 0, -1]:
    print(size, repr(tabbed.expandtabs(size)))
print(repr('\t'.expandtabs()), repr('no tabs'.expandtabs(2)))

for call in ["'a'.center(5, 'ab')", "'a'.ljust(5, '')", "'a'.rjust('5')", "'a'.zfill(None)", "'a'.strip(1)", "'a'.center()"]:
    try:
        eval(call)
    except TypeError as e:
        print(call, '->', type(e).__name__, e)
