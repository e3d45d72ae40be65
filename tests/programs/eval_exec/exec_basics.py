"""exec(): statements in custom namespaces, functions and classes defined inside, globals vs locals separation, return value."""

ns = {}
result = exec('a = 1\nb = a + 1\ndef f(n):\n    return n * b\nclass K:\n    attr = a', ns)
print(result, sorted(k for k in ns if k != '__builtins__'), ns['f'](5), ns['K'].attr)

g, l = {'shared': 'global'}, {}
exec('x = shared + " seen"\nglobal y\ny = "declared global"', g, l)
print(l, g['y'], 'x' in g)

# functions defined in exec with separate locals see globals only
g, l = {}, {}
exec('v = 1\ndef get_v():\n    return v', g, l)
try:
    l['get_v']()
except NameError as e:
    print(type(e).__name__, e)

# exec does not change function locals
def fn():
    exec('local_var = 5')
    return 'local_var' in locals(), locals().get('local_var')
print(fn())

# exec of compiled code objects in different modes
code = compile('total = sum(range(5))', '<ex>', 'exec')
space = {}
exec(code, space)
print(space['total'])
single = compile('1 + 1', '<single>', 'single')
exec(single)        # 'single' mode echoes expression values via sys.displayhook
exec(compile('None', '<single>', 'single'))
exec(compile('"text"', '<single>', 'single'))

# closure arguments (3.11)
def outer():
    captured = 'from closure'
    def inner():
        return captured
    return inner
inner = outer()
exec(inner.__code__, {}, None, closure=inner.__closure__)
print('exec with closure ran')

# builtins control
try:
    exec('print("hi")', {'__builtins__': {}})
except NameError as e:
    print(type(e).__name__, e)
exec('out.append(len("four"))', {'out': (out := []), '__builtins__': {'len': len}})
print(out)

# errors
for src in ['def f(:\n    pass', 'x = (', 'return 5', 'break', 'x = 1 +']:
    try:
        exec(src)
    except SyntaxError as e:
        print(repr(src), '->', type(e).__name__, e.msg, e.lineno, e.offset)
for args in [(5,), ('x = 1', []), ('x = 1', {}, 5)]:
    try:
        exec(*args)
    except TypeError as e:
        print(args, '->', type(e).__name__, e)
