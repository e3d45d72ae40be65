"""compile() 'single' mode (interactive statements): displayhook output, multi-statement restrictions, and code object flags/names."""

import sys

namespace = {}
def run_single(src):
    try:
        exec(compile(src, '<stdin>', 'single'), namespace)
    except SyntaxError as e:
        print('SyntaxError:', e.msg)

run_single('1 + 2')
run_single('x = 5')
run_single('x')
run_single("'a string'")
run_single('None')
run_single('[i * i for i in range(4)]')
run_single('for i in range(2): i')
run_single('if True:\n    42\n')
run_single('a = 1; b = 2')
run_single('1\n2\n')

shown = []
old = sys.displayhook
sys.displayhook = lambda value: shown.append(value)
try:
    exec(compile('10 * 10', '<stdin>', 'single'))
    exec(compile('None', '<stdin>', 'single'))
finally:
    sys.displayhook = old
print(shown)

code = compile('def f(a, b=1):\n    return a + b\n', 'mod.py', 'exec')
print(code.co_filename, code.co_name, [c.co_name for c in code.co_consts if hasattr(c, 'co_name')])
f_code = [c for c in code.co_consts if hasattr(c, 'co_name')][0]
print(f_code.co_argcount, f_code.co_varnames, f_code.co_filename, f_code.co_firstlineno)
