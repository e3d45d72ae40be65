"""f-string evaluation details: expressions evaluated once and in order, __format__ vs __str__, conversions before specs, and scoping."""

calls = []
class Spy:
    def __init__(self, name): self.name = name
    def __format__(self, spec):
        calls.append(f'format {self.name} {spec!r}')
        return f'<{self.name}:{spec}>'
    def __str__(self):
        calls.append(f'str {self.name}')
        return f'str({self.name})'
    def __repr__(self):
        calls.append(f'repr {self.name}')
        return f'repr({self.name})'

a, b = Spy('a'), Spy('b')
print(f'{a} {b:>5} {a!s} {b!r} {a!r:^12}')
print(calls)
calls.clear()
def width():
    calls.append('width()')
    return 7
print(f'{a:{width()}}', calls)

def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
inc = counter()
print(f'{inc()} {inc()} {inc()}')

class Cls:
    attr = 'class attr'
    text = f'{attr} inside class body'
print(Cls.text)
print([f'{i}-{j}' for i in range(2) for j in 'ab'])
x = 10
def scope():
    x = 20
    return f'{x}', (lambda: f'{x}')()
print(scope(), f'{x}')
print(f'{"" or "empty string is falsy"}', f'{None!s:>6}', f'{[1, 2]!s:>8}', f'{3 if x > 5 else 4}')
