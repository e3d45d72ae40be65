"""Generating and executing code at runtime: building functions from templates, dynamic classes, and exec with custom builtins."""

template = '''
def {name}({args}):
    return {expr}
'''
ns = {}
for name, args, expr in [('add', 'a, b', 'a + b'), ('hyp', 'x, y', '(x * x + y * y) ** 0.5'), ('greet', 'who="world"', "'hello ' + who")]:
    exec(template.format(name=name, args=args, expr=expr), ns)
print(ns['add'](2, 3), ns['hyp'](3, 4), ns['greet'](), ns['greet']('you'), ns['add'].__name__, ns['add'].__code__.co_filename)

fields = ['x', 'y', 'z']
class_src = 'class Vector:\n    def __init__(self, {0}):\n{1}\n    def __repr__(self):\n        return f"Vector({2})"\n'.format(
    ', '.join(fields), '\n'.join(f'        self.{f} = {f}' for f in fields), ', '.join('{self.' + f + '}' for f in fields))
exec(class_src, ns)
print(ns['Vector'](1, 2, 3))

safe_builtins = {'len': len, 'sum': sum, 'range': range}
env = {'__builtins__': safe_builtins}
exec('result = sum(range(len("hello")))', env)
print(env['result'])
for src in ['open("x")', '__import__("os")', 'print(1)']:
    try:
        exec(src, {'__builtins__': safe_builtins})
    except NameError as e:
        print(type(e).__name__, e)

code = compile('total += value', '<aug>', 'exec')
state = {'total': 0}
for v in range(5):
    state['value'] = v
    exec(code, state)
print(state['total'])
print(eval('lambda n: n * factor', {'factor': 7})(6), eval(compile('(x for x in range(3))', '<g>', 'eval')).__class__.__name__)
