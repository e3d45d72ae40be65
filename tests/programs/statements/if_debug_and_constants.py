"""Compile-time constants and branches: __debug__, constant folding results, if False/while 0 bodies, and docstring detection."""

if __debug__:
    print('debug mode is on (no -O)')
else:
    print('optimised')
if False:
    print('never')
while 0:
    print('never')
print(2 ** 10, 'ab' * 3, (1, 2) + (3,), -(-5), not not 0, 1 if 0 else 2, 10 // 3 * 3 + 10 % 3)
def f():
    'docstring'
    if 0:
        yield
print(type(f()).__name__, f.__doc__)
def g():
    return
    yield 1
print(list(g()))
code = compile('x = 2 * 3 + 4', '<c>', 'exec')
print(10 in code.co_consts, 'x' in code.co_names)
print(__debug__, type(__debug__).__name__)
for src in ['__debug__ = False', 'del __debug__', 'def f(__debug__): pass', 'for __debug__ in []: pass']:
    try:
        compile(src, '<s>', 'exec')
        print(repr(src), 'compiles')
    except SyntaxError as e:
        print(repr(src), '->', e.msg)
