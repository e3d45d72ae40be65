"""compile(): modes, filenames, flags (dont_inherit, PyCF_ONLY_AST, TYPE_COMMENTS-free), optimize levels, code object attributes."""

import ast

c = compile('a + b', 'my_file.py', 'eval')
print(type(c).__name__, c.co_filename, c.co_name, sorted(c.co_names), eval(c, {'a': 1, 'b': 2}))
c2 = compile('def f(x):\n    return x\nresult = f(3)', '<module>', 'exec')
ns = {}
exec(c2, ns)
print(c2.co_name, ns['result'], [type(k).__name__ for k in c2.co_consts if not isinstance(k, (int, str, type(None)))])

tree = compile('x = 1 + 2', '<ast>', 'exec', ast.PyCF_ONLY_AST)
print(type(tree).__name__, ast.dump(tree))
code_from_ast = compile(tree, '<ast>', 'exec')
space = {}
exec(code_from_ast, space)
print(space['x'])
expr_tree = ast.parse('3 * 7', mode='eval')
print(eval(compile(expr_tree, '<ast>', 'eval')))

# optimize levels strip asserts and docstrings
src = 'def f():\n    "doc"\n    assert False, "boom"\n    return __debug__\n'
for opt in [-1, 0, 1, 2]:
    ns = {}
    exec(compile(src, '<opt>', 'exec', optimize=opt), ns)
    try:
        r = ns['f']()
    except AssertionError as e:
        r = f'AssertionError({e})'
    print(opt, r, repr(ns['f'].__doc__))

# source types
print(eval(compile(b'2 ** 8', '<bytes>', 'eval')), eval(compile('# comment\n  \n7', '<c>', 'eval')), eval(compile(b'\xef\xbb\xbf8', '<bom>', 'eval')))
print(eval(compile(b'# -*- coding: latin-1 -*-\n"\xe9"', '<latin>', 'eval')))

# errors
for args in [('x', '<f>', 'bogus'), ('x =', '<f>', 'exec'), ('x', 1, 'eval'), (1, '<f>', 'exec'), ('a\x00b', '<f>', 'eval'),
             ('x', '<f>', 'eval', 0xFFFF), ('1 +', 'file.py', 'eval'), ('if x:\npass', 'ind.py', 'exec')]:
    try:
        compile(*args)
        print(args, 'compiled')
    except (ValueError, TypeError, SyntaxError) as e:
        info = (e.filename, e.lineno, e.offset) if isinstance(e, SyntaxError) else ''
        print(repr(args[0]), '->', type(e).__name__, e.msg if isinstance(e, SyntaxError) else e, info)
