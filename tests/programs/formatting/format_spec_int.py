"""Format-spec mini-language for int: fill, align, sign, #, 0, width, grouping (, and _), and every int type letter."""

values = [0, 7, -7, 255, -255, 1234567, -1234567, 2**64, True]
specs = ['', 'd', 'b', 'o', 'x', 'X', 'c', 'n', 'e', 'E', 'f', 'F', 'g', 'G', '%',
         '+d', '-d', ' d', '#b', '#o', '#x', '#X', '08d', '+08d', '08x', '#010x', '#010b',
         ',', '_', ',d', '_d', '_b', '_x', '_o', '#_x', '015,d', '015_d', '>10', '<10', '^10', '=10',
         '*>10', '*<10', '*^10', '*=+10', '0=10', 'x^#12x', ' =8d', '+,', '10.2f', '.3e', '.0%', '=+12,',
         '#', '0', '00', '1', '-^11,']
for v in values:
    out = []
    for s in specs:
        if s == 'c' and (v < 0 or v > 0x10FFFF):
            continue
        try:
            out.append(f'{s}:[{format(v, s)}]')
        except ValueError as e:
            out.append(f'{s}:ValueError({e})')
    print(repr(v))
    for i in range(0, len(out), 6):
        print('   ', '  '.join(out[i:i + 6]))

# errors specific to ints
for s in ['.2d', ',b', ',x', 's', 'z', '#c', '+c', ',c', '<<5', 'd<', '5,5', '_,', '.', '1e']:
    try:
        print(repr(s), '->', repr(format(42, s)))
    except ValueError as e:
        print(repr(s), '-> ValueError', e)

# character conversion
print(format(65, 'c'), format(0x1F600, 'c'), repr(format(10, 'c')))
try:
    format(-1, 'c')
except OverflowError as e:
    print('OverflowError', e)
try:
    format(0x110000, 'c')
except OverflowError as e:
    print('OverflowError', e)
