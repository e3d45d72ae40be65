"""SyntaxError details via compile(): msg, lineno, offset, end positions and text for a wide range of invalid programs."""

cases = [
    'x = = 1', 'if True\n    pass', 'def f(:\n    pass', 'print "hello"', 'for x in range(3):\npass', 'x = [1, 2', 'x = (1, 2]',
    '1 = x', 'f() = 1', 'x + 1 = 2', 'del f()', '(a, b) += 1', 'lambda: (yield)', 'x = yield = 1', 'a, b += 1', 'def f(a, a): pass',
    'def f(a=1, b): pass', 'def f(*): pass', 'def f(**k, a): pass', 'f(a=1, 2)', 'f(**k, *a)', 'class C(x for x in y): pass',
    'import', 'from . import', 'from x import (a, b', 'from __future__ import braces', 'from __future__ import nonexistent',
    'x = 08', 'x = 1_', 'x = 0b2', 'x = 1e', 'x = 0x', "x = 'abc", 'x = """abc', 'else: pass', 'try:\n    pass', 'continue',
    'async = 1', 'x := 1', 'def f():\n  x = 1\n    y = 2', 'if x:\n\tpass\n        pass', 'a b', 'a = 1 2', 'print(1 2)', '{1: 2, 3}',
    'x = {a: b for a in c, d}', 'nonlocal x', 'global x\nx = 1\ndef f():\n    x = 2\n    global x', '@\ndef f(): pass', 'with open() as f(): pass',
    'None = 1', 'True += 1', '__debug__ = 0', 'f(x for x in y, z)', "f'{}'", 'x = 1 if 2', 'assert(x, "msg")', 'a[1:2] = 3 = 4',
    'match x:\n    case 1 + 1:\n        pass', '\\', 'x = $', 'x = 5 ?', 'def f():\n    return\n  x',
]
for src in cases:
    try:
        compile(src, 'case.py', 'exec')
        print(repr(src), '-> compiled (with warnings only)')
    except SyntaxError as e:
        print(repr(src))
        print('   ', type(e).__name__, '|', e.msg, '|', e.lineno, e.offset, e.end_lineno, e.end_offset, '|', repr(e.text))
