"""str search methods: find, rfind, index, rindex, count, startswith, endswith with start/end and tuples."""

s = 'the quick brown fox jumps over the lazy dog; the end'
for sub in ['the', 'fox', 'dog', 'cat', '', ' ', 'end', 'e']:
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub),
          s.find(sub, 10), s.find(sub, 10, 20), s.rfind(sub, 0, 30), s.count(sub, 5, -5))

# negative and out-of-range start/end, None
print(s.find('the', -10), s.find('the', -100), s.find('the', 100), s.find('', 100), s.find('', len(s)), s.find('the', None, None))
print('abc'.find('', 3), 'abc'.find('', 4), 'abc'.rfind(''), 'abc'.count('', 1), ''.count(''), ''.find(''))
print('aaaa'.count('aa'), 'aaaa'.find('aa', 1), 'aaaa'.rfind('aa'), 'ababab'.count('aba'))

# index / rindex raise instead of returning -1
for args in [('quick',), ('quick', 10), ('zzz',), ('the', 40, 45)]:
    for meth in ['index', 'rindex']:
        try:
            print(meth, args, getattr(s, meth)(*args))
        except ValueError as e:
            print(meth, args, 'ValueError', e)

# startswith / endswith
print(s.startswith('the'), s.startswith('quick', 4), s.startswith('quick', 4, 6), s.startswith(('a', 'b', 't')))
print(s.endswith('end'), s.endswith('dog', 0, 43), s.endswith(('x', 'end')), s.endswith(''), ''.startswith(''))
print('abc'.startswith('', 3), 'abc'.startswith('', 4), 'abc'.endswith('c', -1), 'abc'.endswith('ab', None, -1))
print('abc'.startswith(()), 'abc'.endswith(tuple('xyc')))

# non-BMP characters are single code points
e = 'a😀b😀c'
print(e.find('😀'), e.rfind('😀'), e.index('b'), e.count('😀'), e.find('😀', 2), e.startswith('😀', 1))

for call in ["s.find(1)", "s.count(None)", "s.startswith(['the'])", "s.endswith(('a', 1))", "s.find('a', 'b')", "s.index()"]:
    try:
        eval(call)
    except TypeError as err:
        print(call, '->', type(err).__name__, err)
