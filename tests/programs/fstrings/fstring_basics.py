"""f-strings: expressions, conversions !r/!s/!a, format specs, nested fields, the = specifier, escaping braces."""

name = 'Ada'
age = 36
pi = 3.14159265
items = ['x', 'y']
print(f'{name} is {age} years old')
print(f'{name!r} {name!s} {name!a} {"é"!a} {"é"!r}')
print(f'{age + 4} {age * 2:05d} {pi:.3f} {pi:10.2f}| {pi:<10.2f}| {pi:^10.2f}|')
print(f'{items[0]} {items[-1]} {len(items)} {",".join(items)} {items!r}')
print(f'{{literal braces}} {{{name}}} {{{{double}}}}')
print(f'{3 if age > 30 else 4} {(lambda x: x * 2)(21)} {[i * i for i in range(4)]}')
print(f'{"nested quotes"} {"dq" if age else "x"}')

# the = specifier (self-documenting expressions)
x = 10
print(f'{x=}')
print(f'{x = }')
print(f'{x*2=}')
print(f'{name=!s} {name=!r} {pi=:.2f} {items[0]=}')
print(f'{ x = :>5}|')

# nested replacement fields in format specs
width, precision = 12, 4
print(f'{pi:{width}.{precision}f}|')
print(f'{name:>{width}}|{name:*^{width}}|')
fill, align = '-', '<'
print(f'{age:{fill}{align}{width}d}|')
spec = '.2e'
print(f'{12345.678:{spec}}')

# multiline f-strings and concatenation
total = (f'Name: {name}\n'
         f'Age:  {age}\n'
         'plain line\n'
         f'Sum:  {sum(range(age))}')
print(total)
print(f'''triple {name}
second line {age}''')

# dict access and method calls inside
d = {'key': 'value', 1: 'one'}
print(f"{d['key']} {d[1]} {name.upper()} {name.lower():>6}")

# conversions applied before format spec
class Obj:
    def __repr__(self): return 'Obj-repr'
    def __str__(self): return 'Obj-str'
    def __format__(self, spec): return f'Obj-format[{spec}]'
o = Obj()
print(f'{o} {o!s} {o!r} {o:xyz} {o!r:>10} {o!s:*<9}')

# raw f-strings and backslashes outside expressions
path = 'dir'
print(rf'{path}\file\n', fr'\t{path}')
print(f'tab\there {name}\n'.strip())

# numbers of all kinds
print(f'{255:x} {255:X} {255:o} {255:b} {255:#x} {1234567:,} {1234567:_} {0.5:%} {1e10:g} {-0.0:+}')
print(f'{True} {None} {...} {b"bytes"} {1+2j} {3.0}')
