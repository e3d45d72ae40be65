"""eval(): expressions with globals/locals mappings, builtins availability, mode restrictions, and errors."""

x = 10
print(eval('x + 1'), eval('x * y', {'x': 3, 'y': 4}), eval('x + z', {'x': 1}, {'z': 100}), eval('[i * 2 for i in range(3)]'))
print(eval('len("abc")', {}), eval('abs(-1)', {'__builtins__': {'abs': abs}}), eval("__name__"), eval('__name__', {}))
g = {}
eval('1', g)
print('__builtins__' in g, type(g['__builtins__']).__name__)

# locals can be any mapping
class Lookup(dict):
    def __missing__(self, key):
        return f'<{key}>'
print(eval('a + b', {}, Lookup(a='A')))

# eval of code objects and bytes
code = compile('x * 3', '<expr>', 'eval')
print(eval(code), eval(code, {'x': 'ab'}), eval(b'1 + 1'), eval('  42  \n'), eval('\t(1,\n 2)'))

# only expressions are allowed
for src in ['x = 1', 'import os', 'def f(): pass', 'if x: pass', 'pass', 'yield 1', '']:
    try:
        eval(src)
    except SyntaxError as e:
        print(repr(src), '->', type(e).__name__, e.msg)

# errors inside evaluated code
for src, ns in [('undefined', {}), ('1 / 0', {}), ('len(5)', {}), ("'a' + 1", {}), ('len("x")', {'__builtins__': {}})]:
    try:
        eval(src, ns)
    except Exception as e:
        print(repr(src), '->', type(e).__name__, e)

for args in [(1,), ('1', []), ('1', {}, []), ('1', None, 5)]:
    try:
        eval(*args)
    except TypeError as e:
        print(args, '->', type(e).__name__, e)
print(eval('1', None, None), eval('x', None, {'x': 'local x'}))
