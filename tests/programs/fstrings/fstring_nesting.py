"""Nested f-strings, f-strings inside comprehensions and lambdas, quotes alternation, and format specs from variables."""

rows = [('apple', 1.5, 3), ('banana', 0.25, 12), ('cherry', 10, 1)]
header = f"{'item':<10}|{'price':>8}|{'qty':>5}"
print(header)
print('-' * len(header))
for name, price, qty in rows:
    print(f'{name:<10}|{price:>8.2f}|{qty:>5d}')
print(f"{'total':<10}|{sum(p * q for _, p, q in rows):>8.2f}|{sum(q for *_, q in rows):>5}")

# nested f-strings (different quote styles as required in 3.11)
width = 8
print(f"{f'{3.14159:.{2}f}':>{width}}|")
print(f'''{f"{f'{1 + 1}'}"}''')
print(f"{', '.join(f'{k}={v!r}' for k, v in {'a': 1, 'b': 'two'}.items())}")

# f-strings in lambdas and comprehensions capture the current scope
fmt = lambda v, w=6: f'[{v:^{w}}]'
print(fmt('hi'), fmt(42, 4))
print([f'{i}:{i ** 2}' for i in range(5)])
labels = {n: f'{n!r:>5}' for n in ['a', 'bb']}
print(labels)

# format specs computed from data
specs = ['>10', '<10', '^10', '010.3f', '+.1e', ',d', 'x', '#b']
for s in specs:
    value = 1234.5678 if 'f' in s or 'e' in s else (255 if s in ('x', '#b') else (1234567 if 'd' in s else 'text'))
    print(f'{s!r:>8}: [{value:{s}}]')

# f-string inside a class body and a method using class-level names
class Report:
    title = 'Quarterly'
    line = f'== {title} =='
    def render(self, n):
        return f'{self.line} #{n:03d} {type(self).__name__}'
print(Report().render(7))

# datetime and Decimal use their own __format__
import datetime, decimal
d = datetime.date(2024, 3, 9)
print(f'{d:%Y/%m/%d} {d:%A %d %B} {d!r}')
dec = decimal.Decimal('1234.5678')
print(f'{dec:.2f} {dec:,.1f} {dec:>12} {dec:e}')
