"""str replace (with count), removeprefix/removesuffix, maketrans in all forms, and translate."""

s = 'one two one two one'
print(s.replace('one', '1'), s.replace('one', '1', 2), s.replace('one', '1', 0), s.replace('one', '1', -1), s.replace('zzz', 'x'))
print('abc'.replace('', '-'), 'abc'.replace('', '-', 2), ''.replace('', 'x'), ''.replace('a', 'b'), 'aaa'.replace('aa', 'b'))
print('aaaa'.replace('a', ''), 'x😀y😀'.replace('😀', '<smile>'), 'abc'.replace('b', 'b'))

print('TestCase'.removeprefix('Test'), 'TestCase'.removeprefix('Case'), 'file.tar.gz'.removesuffix('.gz'), 'x'.removesuffix(''), ''.removeprefix('a'))

# maketrans: dict form, two-string form, three-string form
t1 = str.maketrans({'a': '1', 'b': None, ord('c'): 'CC', 'd': 100})
print(sorted(t1.items()))
print('abcdabcd'.translate(t1))
t2 = str.maketrans('abc', 'xyz')
print(sorted(t2.items()), 'aabbcc abc'.translate(t2))
t3 = str.maketrans('ab', 'AB', 'xyz')
print(sorted(t3.items()), 'axbycz'.translate(t3))
print('hello'.translate({ord('l'): 'L' * 3}), 'hello'.translate({}), 'hello'.translate({104: None, 101: 0x1F600}))

# translate with a custom mapping (only __getitem__ needed); LookupError means keep the character
class Rot13:
    def __getitem__(self, c):
        if 97 <= c <= 122:
            return (c - 97 + 13) % 26 + 97
        if 65 <= c <= 90:
            return (c - 65 + 13) % 26 + 65
        raise LookupError
print('Hello, World!'.translate(Rot13()))

# errors
for call in ["str.maketrans('ab', 'x')", "str.maketrans({'ab': 'x'})", "str.maketrans(1)", "str.maketrans('a', 'b', 1)",
             "'a'.translate({97: 1.5})", "'a'.translate({97: 0x110000})", "'a'.replace(1, 'b')", "'a'.removeprefix(1)",
             "str.maketrans({1.5: 'x'})"]:
    try:
        print(call, eval(call))
    except (TypeError, ValueError) as e:
        print(call, '->', type(e).__name__, e)
