"""Format-spec mini-language for str (fill, align, width, precision/truncation) and complex numbers."""

strings = ['', 'a', 'hello', 'héllo wörld', '日本語', '\U0001F600x']
specs = ['', 's', '10', '<10', '>10', '^10', '*^9', '-<7', '.2', '.0', '10.3', '^10.1', '0>5', '05', 'x<3']
for s in strings:
    out = []
    for sp in specs:
        try:
            out.append(f'{sp}:[{format(s, sp)}]')
        except ValueError as e:
            out.append(f'{sp}:ValueError({e})')
    print(repr(s))
    for i in range(0, len(out), 5):
        print('   ', '  '.join(out[i:i + 5]))

for sp in ['d', '+', ' ', '#', ',', '=10', 'z', '_']:
    try:
        print(repr(sp), '->', repr(format('abc', sp)))
    except ValueError as e:
        print(repr(sp), '-> ValueError', e)

complexes = [0j, 1 + 2j, -1.5 - 0.25j, 1e20 + 1e-20j, complex(float('inf'), float('nan')), -0.0 - 0.0j, 3j, complex(-1, 0)]
cspecs = ['', 'f', '.2f', 'e', '.3e', 'g', 'G', '+', '+.1f', ' .1f', '>20', '<20', '^20.2f', '*^24.3g', 'z.1f', '.0f', ',.2f', '_f', 'n', '#g']
for c in complexes:
    out = []
    for sp in cspecs:
        try:
            out.append(f'{sp}:[{format(c, sp)}]')
        except ValueError as e:
            out.append(f'{sp}:ValueError({e})')
    print(repr(c))
    for i in range(0, len(out), 5):
        print('   ', '  '.join(out[i:i + 5]))
for sp in ['%', '010f', '=10', 'd', 'c']:
    try:
        print(repr(sp), '->', repr(format(1 + 2j, sp)))
    except ValueError as e:
        print(repr(sp), '-> ValueError', e)
