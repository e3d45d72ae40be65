"""Operator support matrix: which binary operators work between pairs of builtin types, with result types or error messages."""

values = [1, 2.0, 3j, True, 'ab', b'ab', [1], (1,), {1}, {'k': 1}, None, range(2)]
ops = ['+', '*', '-', '&', '|', '%', '<']
for op in ops:
    print(f'operator {op}:')
    for a in values:
        row = []
        for b in values:
            try:
                r = eval(f'a {op} b')
                row.append(type(r).__name__[:5])
            except TypeError:
                row.append('--')
            except (ValueError, ZeroDivisionError, OverflowError) as e:
                row.append(type(e).__name__[:5])
        print(f'  {type(a).__name__:>9}', ' '.join(f'{x:>5}' for x in row))
