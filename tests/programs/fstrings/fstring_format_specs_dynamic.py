"""f-strings with dynamic widths/precisions, alignment of tables, numbers with grouping, dates, and = debugging with expressions."""

import datetime
rows = [('Widget', 4, 3.5), ('Gadget Pro', 12, 149.99), ('Nut', 1000, 0.021)]
w = max(len(r[0]) for r in rows)
for name, qty, price in rows:
    print(f'{name:<{w}} | {qty:>6,} | {price:>10.2f} | {qty * price:>12,.3f}')
for prec in range(0, 6, 2):
    print(f'{3.14159265:.{prec}f} {2 / 3:.{prec}%} {12345.6789:.{prec}e}')
for width in (4, 8):
    print(f'[{42:0{width}d}] [{-42:+0{width}}] [{42:^{width}}] [{"ab":*>{width}}]')
d = datetime.datetime(2024, 7, 4, 9, 5, 3)
print(f'{d:%Y-%m-%d %H:%M}', f'{d:%b %d, %Y}', f'{d.date()!r}', f'{d:%j}')
value, items = 17, [1, 2, 3]
print(f'{value=} {value * 2=} {len(items)=} {items[-1]=!r} {value=:#x} {value = :>5}')
print(f'{"left":<8}|{"mid":^8}|{"right":>8}|')
print(f'{1234567.891:,.2f} {1234567:_d} {0.000123:.2e} {1e21:g} {255:#010b} {-0.0:z.1f}')
print(f'{"%"}{{}}{"}"}', f'{"nested {braces}"}', f"{'quote'!r:^12}")
