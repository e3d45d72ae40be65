"""A table of str methods applied to tricky inputs (empty, whitespace, mixed case, Unicode, digits) to pin down edge-case results."""

inputs = ['', ' ', 'a', 'Abc Def', '  padded  ', 'ÀÉÎ õü', '12ab', 'ǅungla', 'tab\tsep', 'ﬁ']
methods = [('capitalize', ()), ('casefold', ()), ('title', ()), ('swapcase', ()), ('strip', ()), ('lstrip', ('  a',)), ('split', ()),
           ('split', (' ', 1)), ('rsplit', (None, 1)), ('partition', (' ',)), ('center', (9, '*')), ('zfill', (6,)), ('expandtabs', (2,)),
           ('find', ('b',)), ('count', ('',)), ('isalpha', ()), ('istitle', ()), ('encode', ('utf-8',))]
for s in inputs:
    print(repr(s))
    row = []
    for name, args in methods:
        try:
            row.append(f'{name}{args!r}={getattr(s, name)(*args)!r}')
        except Exception as e:
            row.append(f'{name}{args!r}={type(e).__name__}')
    for i in range(0, len(row), 4):
        print('   ', ' '.join(row[i:i + 4]))
