"""The same values formatted four ways (%-formatting, str.format, f-strings, format()) to cross-check equivalent specs."""

values = [0, 7, -42, 3.14159, -0.5, 1e10, 'text', True, 2 ** 40]
specs = [('d', '%d'), ('5d', '%5d'), ('-5d', '%-5d'), ('05d', '%05d'), ('+d', '%+d'), ('x', '%x'), ('#o', '%#o'), ('.2f', '%.2f'),
         ('10.3e', '%10.3e'), ('g', '%g'), ('s', '%s'), ('>8s', '%8s'), ('<8s', '%-8s'), ('.2s', '%.2s')]
for v in values:
    row = []
    for spec, pct in specs:
        results = []
        for fn in (lambda: pct % (v,), lambda: ('{:' + spec + '}').format(v), lambda: eval("f'{v:" + spec + "}'"), lambda: format(v, spec)):
            try:
                results.append(fn())
            except (TypeError, ValueError) as e:
                results.append(type(e).__name__)
        same = len(set(results)) == 1
        row.append(f'{spec}:{results[0]!r}' if same else f'{spec}:{results!r}')
    print(repr(v))
    for i in range(0, len(row), 5):
        print('   ', '  '.join(row[i:i + 5]))
