"""compile() of hand-built and modified trees: the conversion's and the validator's errors, as CPython 3.11 raises them."""

import ast

P = dict(lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)
B = dict(lineno=2, col_offset=0, end_lineno=1, end_col_offset=1)


def N(name='x', ctx=None, **kw):
    return ast.Name(name, ctx or ast.Load(), **(kw or P))


def E(x):
    return ast.Module([ast.Expr(x, **P)], [])


def S(*stmts):
    return ast.Module(list(stmts), [])


def M(pat):
    return S(ast.Match(N(), [ast.match_case(pat, None, [ast.Pass(**P)])], **P))


def check(tree, mode='exec'):
    try:
        compile(tree, '<ast>', mode)
    except Exception as e:
        return f'{type(e).__name__}: {e}'
    return 'ok'


cases = {
    'name None': E(N('None')),
    'line range': E(N(**B)),
    'col range': E(ast.Name('x', ast.Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=0)),
    'no end positions': E(ast.Name('x', ast.Load(), lineno=1, col_offset=0)),
    'missing lineno': S(ast.Pass()),
    'bad lineno': S(ast.Pass(lineno='a', col_offset=0)),
    'huge col': S(ast.Pass(lineno=1, col_offset=2 ** 70)),
    'int in body': ast.Module([3], []),
    'body tuple': ast.Module((ast.Pass(**P),), []),
    'type_ignores missing': ast.Module([ast.Pass(**P)]),
    'None in body': ast.Module([None], []),
    'id int': E(N(3)),
    'id None': E(ast.Name(None, ast.Load(), **P)),
    'ctx class': E(ast.Name('x', ast.Load, **P)),
    'attribute None': E(ast.Attribute(None, 'x', ast.Load(), **P)),
    'constant list': E(ast.Constant([1], **P)),
    'constant tuple': E(ast.Constant((1, (2.5, 'a', b'b', None, ...)), **P)),
    'constant frozenset': E(ast.Constant(frozenset({1, 2}), **P)),
    'constant frozenset bad': E(ast.Constant(frozenset({1, ast}), **P)),
    'expr None': E(None),
    'namedexpr attr': E(ast.NamedExpr(ast.Attribute(N(), 'a', ast.Store(), **P), ast.Constant(1, **P), **P)),
    'negative level': S(ast.ImportFrom('a', [ast.alias('x', **P)], -1, **P)),
    'capture _': M(ast.MatchAs(None, '_', **P)),
    'star top': M(ast.MatchStar('a', **P)),
    'singleton 3': M(ast.MatchSingleton(3, **P)),
    'value name': M(ast.MatchValue(N(), **P)),
    'class call': M(ast.MatchClass(ast.Call(N(), [], [], **P), [], [], [], **P)),
    'def empty body': S(ast.FunctionDef('f', ast.arguments([], [], None, [], [], None, []), [], [], None, None, **P)),
    'kwonly defaults': E(ast.Lambda(ast.arguments([], [], None, [ast.arg('a', None, **P)], [], None, []), N(), **P)),
    'dict mismatch': E(ast.Dict([N()], [], **P)),
    'assign call': S(ast.Assign([ast.Call(N(), [], [], **P)], N(), **P)),
    'boolop one': E(ast.BoolOp(ast.And(), [N()], **P)),
    'compare mismatch': E(ast.Compare(N(), [ast.Eq()], [N(), N()], **P)),
    'try nothing': S(ast.Try([ast.Pass(**P)], [], [], [], **P)),
    'type ignore int': ast.Module([], [3]),
    'arguments None': E(ast.Lambda(None, N(), **P)),
    'str subclass id': E(ast.Name(type('S', (str,), {})('a'), ast.Load(), **P)),
}
for name, tree in cases.items():
    print(name + ':', check(tree))
print(check(ast.Expression(N()), 'exec'), '|', check(ast.Module([], []), 'eval'), '|', check(N(), 'single'))
print(check(ast.Expression(N()), 'eval'), check(ast.Interactive([ast.Pass(**P)]), 'single'))
print(check(ast.parse('x = 1', mode='func_type') if False else ast.FunctionType([], N()), 'func_type'))

deep = N()
for i in range(5000):
    deep = ast.UnaryOp(ast.Not(), deep, **P)
print(check(E(deep)))

tree = ast.parse('x = [1, 2]\ny = x[0] + x[-1]\n')
tree.body[1].value.op = ast.Mult()
ns = {}
exec(compile(tree, '<tree>', 'exec'), ns)
print(ns['y'])
tree.body[0].targets[0].id = 'True'
print(check(tree))
tree = ast.parse('f(a)')
tree.body[0].value.args.append(ast.Constant(2))
print(check(tree))
print(check(ast.fix_missing_locations(tree)))
