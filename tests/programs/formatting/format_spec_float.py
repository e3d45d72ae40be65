"""Format-spec mini-language for float: every type letter, precision, alignment, sign, z, #, and special values."""

values = [0.0, -0.0, 1.0, -1.5, 3.14159265358979, 1e-7, 123456789.123, 1e16, 2.5e-300, 1.7976931348623157e308,
          float('inf'), float('-inf'), float('nan'), 0.5, 1.5, 2.5, 0.125, 100.0, 1e22]
specs = ['', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%', '.0e', '.3e', '.0f', '.2f', '.10f', '.0g', '.1g', '.3g', '.17g', '.0%',
         '+', '+f', ' f', '-g', '#.0f', '#.0e', '#g', '#.3g', '010.2f', '+010.2f', '-010.2e', ',.2f', '_.3f', ',g', ',',
         '>12.3f', '<12.3f', '^12.3f', '=+12.3f', '*^+14.4e', 'z.1f', 'z', '+z.2f', '.1', '.5', '12', '012', '#']
for v in values:
    out = []
    for s in specs:
        try:
            out.append(f'{s}:[{format(v, s)}]')
        except ValueError as e:
            out.append(f'{s}:ValueError({e})')
    print(repr(v))
    for i in range(0, len(out), 5):
        print('   ', '  '.join(out[i:i + 5]))

for s in ['d', 'x', 'c', 'b', ',_', 's', '#,x']:
    try:
        print(repr(s), '->', repr(format(1.5, s)))
    except ValueError as e:
        print(repr(s), '-> ValueError', e)

# rounding: round-half-even in formatting of exact binary values
print([format(x, '.0f') for x in [0.5, 1.5, 2.5, 3.5, -0.5, -2.5]])
print([format(x, '.1f') for x in [0.05, 0.15, 0.25, 0.35, 0.45, 2.675]])
print([format(x, '.2f') for x in [1.005, 1.015, 1.025, 2.675, 1.125]])
