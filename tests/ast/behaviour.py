# Behaviour of the _ast module, run on CPython 3.11 by gen_expected.py and on Ember by
# org.ember.ast.AstModuleTest. The runner provides:
#   ast            the _ast module
#   parse(src, mode='exec', type_comments=False)   compile(src, '<unknown>', mode, PyCF_ONLY_AST...)
#   check(tree, mode='exec')   compile(tree, '<ast>', mode): 'ok' or 'ExceptionType: message'
#   print          print(*args) to the captured output

def dump(node, attrs=False):
    if isinstance(node, ast.AST):
        cls = type(node)
        args = []
        for name in node._fields:
            try:
                value = getattr(node, name)
            except AttributeError:
                continue
            if value is None and getattr(cls, name, ...) is None:
                continue
            args.append(name + '=' + dump(value, attrs))
        if attrs:
            for name in node._attributes:
                try:
                    value = getattr(node, name)
                except AttributeError:
                    continue
                if value is None and getattr(cls, name, ...) is None:
                    continue
                args.append(name + '=' + dump(value, attrs))
        return cls.__name__ + '(' + ', '.join(args) + ')'
    if isinstance(node, list):
        return '[' + ', '.join([dump(x, attrs) for x in node]) + ']'
    return repr(node)


def attempt(f):
    try:
        r = f()
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)
    return r


print('-- module')
print(ast.PyCF_ONLY_AST, ast.PyCF_TYPE_COMMENTS, ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
print(sorted([n for n in dir(ast) if not n.startswith('_')]) == sorted([n for n in ast.__dict__ if not n.startswith('_')]))
print(len([n for n in dir(ast) if isinstance(getattr(ast, n), type) and issubclass(getattr(ast, n), ast.AST)]))
print(ast.__name__, ast.__doc__)

print('-- classes')
print(ast.AST, ast.AST.__module__, ast.AST.__name__, ast.AST.__qualname__, ast.AST.__bases__)
print(ast.AST._fields, ast.AST._attributes, ast.AST.__match_args__, ast.AST.__doc__)
print(ast.Name.__mro__)
print(ast.Add.__mro__)
print(ast.arguments.__mro__)
print(ast.Name._fields, ast.Name.__match_args__, ast.Name._attributes)
print(ast.expr.end_lineno, ast.expr.end_col_offset, hasattr(ast.pattern, 'end_lineno'))
print(ast.FunctionDef.returns, ast.FunctionDef.type_comment, ast.Constant.kind)
print('returns' in ast.FunctionDef.__dict__, 'end_lineno' in ast.Name.__dict__, '_attributes' in ast.Name.__dict__)
print('__weakref__' in ast.expr.__dict__, '__weakref__' in ast.Name.__dict__, '__weakref__' in ast.AST.__dict__)
print('__dict__' in ast.AST.__dict__, '__dict__' in ast.expr.__dict__)
print(repr(ast.Name.__doc__))
print(repr(ast.cmpop.__doc__))
print(repr(ast.mod.__doc__))
print(repr(ast.Load.__doc__))
print(type(ast.AST), type(ast.Name))
print(issubclass(ast.Name, ast.expr), issubclass(ast.Load, ast.expr_context), issubclass(ast.arg, ast.AST))
print(issubclass(ast.ExceptHandler, ast.excepthandler), issubclass(ast.TypeIgnore, ast.type_ignore))
print(issubclass(ast.MatchAs, ast.pattern), issubclass(ast.comprehension, ast.AST))
print(ast.AST.__init__.__name__, ast.AST.__reduce__.__name__)

print('-- constructor')
n = ast.Name('x', ast.Load())
print(dump(n), sorted(n.__dict__))
n = ast.Name(id='y', ctx=ast.Store(), lineno=3, col_offset=4)
print(dump(n, True), list(n.__dict__))
print(attempt(lambda: ast.Name('x', ast.Load(), 3)))
print(attempt(lambda: ast.Name('x', id='y')))
print(attempt(lambda: ast.Load(1)))
print(attempt(lambda: ast.arguments(1, 2, 3, 4, 5, 6, 7, 8)))
print(attempt(lambda: ast.comprehension(1, 2, 3, 4, 5)))
print(attempt(lambda: ast.AST(1)))
print(attempt(lambda: ast.Return(1, 2)))
print(dump(ast.Name(foo=3)), ast.Name(foo=3).foo)
print(dump(ast.Constant(value=1, kind=None, extra='e')))
e = ast.Name()
print(attempt(lambda: e.id))
print(e.end_lineno, attempt(lambda: e.lineno))
print(dump(ast.Pass()), dump(ast.Pass(), True))
print(ast.Load() is ast.Load(), type(ast.Load()) is ast.Load)


class X(ast.AST):
    pass


print(X(a=1).__dict__, attempt(lambda: X(1)))


class Y(ast.AST):
    _fields = ['a', 'b']


print(Y(1, b=2).__dict__, attempt(lambda: Y(1, a=2)), attempt(lambda: Y(1, 2, 3)))


class Z(ast.AST):
    _fields = 3


print(attempt(lambda: Z(1)), attempt(lambda: Z(a=1)))


class W(ast.AST):
    _fields = 'ab'


print(W(1, 2).__dict__, W(c=1, a=0).__dict__, attempt(lambda: W(1, a=2)))


class MyName(ast.Name):
    _fields = ('id', 'ctx', 'extra')


m = MyName('a', ast.Load(), 'e')
print(dump(m), isinstance(m, ast.expr), m.__reduce__()[0] is MyName)
r = ast.Name('x', ast.Load(), lineno=1).__reduce__()
print(r[0] is ast.Name, r[1], sorted(r[2]))
print(ast.AST().__reduce__() == (ast.AST, (), {}))
print(ast.AST.__new__(ast.Name, 1, 2, a=3).__dict__, type(ast.AST.__new__(ast.Name)).__name__)
print(attempt(lambda: ast.AST.__new__(int)), attempt(lambda: ast.AST.__new__()), attempt(lambda: ast.AST.__new__(3)))
print(type(ast.Constant.__new__(MyName, 5)).__name__, ast.Name.__new__ is ast.AST.__new__)

print('-- parse')
for src in ['x', "u'x'; 'y'; b'z'; 1j; 2.5; 10**100; 12345678901234567890; ...; None; True; False",
            'f(a, *b, c=1, **d)', 'a[1:2, ::3]', 'lambda a, /, b=1, *c, d, e=2, **f: 0',
            "f'{a!r:>{w}} {b=}'", 'async def f():\n    async with a as b, c:\n        await x\n',
            'match x:\n    case [1, *r] | {"k": v, **kw} if v:\n        pass\n    case C(a, b=c) as d:\n        pass\n',
            'try:\n    pass\nexcept* E as e:\n    pass\n', 'x: int = 1\nglobal g\nfrom .. import (a as b)\n',
            '@d\nclass C(B, metaclass=M):\n    "doc"\n', 'del a, b[0]; x = y = z; x += 1',
            'with (a as b, c):\n    [x async for x in y if z]\n']:
    print(dump(parse(src), True))
print(dump(parse('1 + 2', 'eval'), True))
print(dump(parse('x = 1\n', 'single'), True))
print(dump(parse('(int, str) -> None', 'func_type'), True))
print(dump(parse('x = 1  # type: int\ndef f(a, # type: int\n      ):  # type: (...) -> None\n    pass\n'
                 'for a in b:  # type: ignore[x]\n    pass\n', type_comments=True), True))
t = parse('x; y; del z; a = b')
print(t.body[0].value.ctx is t.body[1].value.ctx, t.body[2].targets[0].ctx is t.body[3].targets[0].ctx)
print(type(t.body[0].value.ctx) is ast.Load, t.body[0].value.ctx is ast.Load())
t = parse('a + b - c')
print(type(t.body[0].value.op).__name__, type(t.body[0].value.left.op).__name__)
print(type(parse('x').body[0].value.id) is str, parse('"s"').body[0].value.kind, parse('u"s"').body[0].value.kind)
t = parse('é = "é\\u20ac\\U0001f600"')
print(dump(t, True))
t = parse('(b"\\x00\\xff", 1.0e-3, 0x10, 0o7, 1_000, 1e400, 3j)')
print(dump(t))
for v in t.body[0].value.elts:
    print(type(v.value).__name__, repr(v.value))
t = parse('match x:\n    case None | True | -1 | 1+2j | "s" | a.b:\n        pass')
print(dump(t.body[0].cases[0].pattern))

print('-- compile')
P = dict(lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)
B = dict(lineno=2, col_offset=0, end_lineno=1, end_col_offset=1)


def N(name='x', ctx=None, **kw):
    return ast.Name(name, ctx or ast.Load(), **(kw or P))


def E(x):
    return ast.Module([ast.Expr(x, **P)], [])


def S(*stmts):
    return ast.Module(list(stmts), [])


def args(**kw):
    return ast.arguments([], [ast.arg('a', None, **(kw or P))], None, [], [], None, [])


def M(pat, guard=None):
    return S(ast.Match(N(), [ast.match_case(pat, guard, [ast.Pass(**P)])], **P))


cases = [
    ('valid expr', E(N())),
    ('valid module', parse('x = 1\nif x:\n    print(x)\n')),
    ('name None', E(N('None'))),
    ('name True', E(N('True'))),
    ('line range', E(N(**B))),
    ('col range', E(ast.Name('x', ast.Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=0))),
    ('neg line', E(ast.Name('x', ast.Load(), lineno=-1, col_offset=0, end_lineno=1, end_col_offset=0))),
    ('neg col', E(ast.Name('x', ast.Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=-1))),
    ('all neg', E(ast.Name('x', ast.Load(), lineno=-1, col_offset=-1, end_lineno=-1, end_col_offset=-1))),
    ('no end', E(ast.Name('x', ast.Load(), lineno=1, col_offset=0))),
    ('namedexpr attr', E(ast.NamedExpr(ast.Attribute(N(), 'a', ast.Store(), **P), ast.Constant(1, **P), **P))),
    ('namedexpr load', E(ast.NamedExpr(N(), N(), **P))),
    ('missing col', S(ast.Expr(ast.Name('x', ast.Load(), lineno=1, col_offset=0), lineno=1))),
    ('missing lineno', S(ast.Pass())),
    ('bad lineno', S(ast.Pass(lineno='a', col_offset=0))),
    ('float lineno', S(ast.Pass(lineno=1.0, col_offset=0))),
    ('bool lineno', S(ast.Pass(lineno=True, col_offset=False))),
    ('bad end', S(ast.Pass(lineno=1, col_offset=0, end_lineno='x'))),
    ('huge col', S(ast.Pass(lineno=1, col_offset=2 ** 70))),
    ('neg huge col', S(ast.Pass(lineno=1, col_offset=-2 ** 40))),
    ('int in body', ast.Module([3], [])),
    ('body int', ast.Module(3, [])),
    ('body tuple', ast.Module((ast.Pass(**P),), [])),
    ('type_ignores None', ast.Module([ast.Pass(**P)], None)),
    ('type_ignores missing', ast.Module([ast.Pass(**P)])),
    ('None in body', ast.Module([None], [])),
    ('id int', E(N(3))),
    ('id None', E(ast.Name(None, ast.Load(), **P))),
    ('ctx None', E(ast.Name('x', None, **P))),
    ('ctx class', E(ast.Name('x', ast.Load, **P))),
    ('ctx int', E(ast.Name('x', 3, **P))),
    ('attribute None', E(ast.Attribute(None, 'x', ast.Load(), **P))),
    ('attribute attr None', E(ast.Attribute(N(), None, ast.Load(), **P))),
    ('constant list', E(ast.Constant([1], **P))),
    ('constant tuple list', E(ast.Constant((1, [2]), **P))),
    ('constant tuple', E(ast.Constant((1, (2.5, 'a', b'b', None, ...)), **P))),
    ('constant complex', E(ast.Constant(1 + 2j, **P))),
    ('constant module', E(ast.Constant(ast, **P))),
    ('constant kind', E(ast.Constant(3, 'x', **P))),
    ('constant kind int', E(ast.Constant(3, 5, **P))),
    ('constant kind bytes', E(ast.Constant('a', b'u', **P))),
    ('expr None', E(None)),
    ('expected Module', (ast.Expression(N()), 'exec')),
    ('expected Module name', (N(), 'exec')),
    ('expected Expression', (ast.Module([], []), 'eval')),
    ('expected Interactive', (ast.Module([], []), 'single')),
    ('eval ok', (ast.Expression(N()), 'eval')),
    ('eval store', (ast.Expression(N(ctx=ast.Store())), 'eval')),
    ('single ok', (ast.Interactive([ast.Pass(**P)]), 'single')),
    ('single empty', (ast.Interactive([]), 'single')),
    ('module empty', ast.Module([], [])),
    ('negative level', S(ast.ImportFrom('a', [ast.alias('x', **P)], -1, **P))),
    ('level None', S(ast.ImportFrom('a', [ast.alias('x', **P)], None, **P))),
    ('alias no pos', S(ast.ImportFrom('a', [ast.alias('x')], None, **P))),
    ('capture _', M(ast.MatchAs(None, '_', **P))),
    ('capture None', M(ast.MatchAs(None, 'None', **P))),
    ('matchas no name', M(ast.MatchAs(ast.MatchAs(None, None, **P), None, **P))),
    ('star top', M(ast.MatchStar('a', **P))),
    ('star in seq', M(ast.MatchSequence([ast.MatchStar('a', **P)], **P))),
    ('or one', M(ast.MatchOr([ast.MatchAs(None, None, **P)], **P))),
    ('singleton 3', M(ast.MatchSingleton(3, **P))),
    ('value name', M(ast.MatchValue(N(), **P))),
    ('value None', M(ast.MatchValue(ast.Constant(None, **P), **P))),
    ('value ellipsis', M(ast.MatchValue(ast.Constant(..., **P), **P))),
    ('value neg', M(ast.MatchValue(ast.UnaryOp(ast.USub(), ast.Constant(1, **P), **P), **P))),
    ('value not', M(ast.MatchValue(ast.UnaryOp(ast.Not(), ast.Constant(1, **P), **P), **P))),
    ('value complex', M(ast.MatchValue(ast.BinOp(ast.Constant(1, **P), ast.Add(), ast.Constant(2j, **P), **P), **P))),
    ('value bad complex', M(ast.MatchValue(ast.BinOp(ast.Constant(1, **P), ast.Add(), ast.Constant(2, **P), **P), **P))),
    ('mapping mismatch', M(ast.MatchMapping([ast.Constant(1, **P)], [], **P))),
    ('mapping rest _', M(ast.MatchMapping([], [], '_', **P))),
    ('mapping True key', M(ast.MatchMapping([ast.Constant(True, **P)], [ast.MatchAs(None, None, **P)], **P))),
    ('class call', M(ast.MatchClass(ast.Call(N(), [], [], **P), [], [], [], **P))),
    ('class kwd None', M(ast.MatchClass(N('C'), [], ['None'], [ast.MatchAs(None, None, **P)], **P))),
    ('class kwd mismatch', M(ast.MatchClass(N('C'), [], ['a'], [], **P))),
    ('pattern bad pos', M(ast.MatchAs(None, 'y', **B))),
    ('pattern missing end', M(ast.MatchAs(None, 'y', lineno=1, col_offset=0))),
    ('match no cases', S(ast.Match(N(), [], **P))),
    ('def None', S(ast.FunctionDef('None', ast.arguments([], [], None, [], [], None, []), [ast.Pass(**P)], [], None, None, **P))),
    ('def empty body', S(ast.FunctionDef('f', ast.arguments([], [], None, [], [], None, []), [], [], None, None, **P))),
    ('global None', S(ast.Global(['None'], **P))),
    ('global empty', S(ast.Global([], **P))),
    ('global int', S(ast.Global([3], **P))),
    ('arg bad pos', S(ast.FunctionDef('f', args(**B), [ast.Pass(**P)], [], None, None, **P))),
    ('handler bad pos', S(ast.Try([ast.Pass(**P)], [ast.ExceptHandler(None, None, [ast.Pass(**P)], **B)], [], [], **P))),
    ('star handler bad pos', S(ast.TryStar([ast.Pass(**P)], [ast.ExceptHandler(N('E'), None, [ast.Pass(**P)], **B)], [], [], **P))),
    ('keyword bad pos', E(ast.Call(N(), [], [ast.keyword('a', N(), **B)], **P))),
    ('alias bad pos', S(ast.Import([ast.alias('a', **B)], **P))),
    ('stmt bad pos', S(ast.Pass(**B))),
    ('kwonly defaults', E(ast.Lambda(ast.arguments([], [], None, [ast.arg('a', None, **P)], [], None, []), N(), **P))),
    ('too many defaults', E(ast.Lambda(ast.arguments([], [], None, [], [], None, [N()]), N(), **P))),
    ('posonly default', E(ast.Lambda(ast.arguments([ast.arg('a', None, **P)], [], None, [], [], None, [N()]), N(), **P))),
    ('dict None key', E(ast.Dict([None], [N()], **P))),
    ('dict None value', E(ast.Dict([N()], [None], **P))),
    ('dict mismatch', E(ast.Dict([N()], [], **P))),
    ('assign starred load', S(ast.Assign([ast.Starred(N(), ast.Store(), **P)], N(), **P))),
    ('assign call', S(ast.Assign([ast.Call(N(), [], [], **P)], N(), **P))),
    ('assign empty', S(ast.Assign([], N(), **P))),
    ('annassign simple attr', S(ast.AnnAssign(ast.Attribute(N(), 'a', ast.Store(), **P), N(), None, 1, **P))),
    ('boolop one', E(ast.BoolOp(ast.And(), [N()], **P))),
    ('boolop class op', E(ast.BoolOp(ast.And, [N(), N()], **P))),
    ('compare empty', E(ast.Compare(N(), [], [], **P))),
    ('compare mismatch', E(ast.Compare(N(), [ast.Eq()], [N(), N()], **P))),
    ('listcomp empty', E(ast.ListComp(N(), [], **P))),
    ('listcomp target load', E(ast.ListComp(N(), [ast.comprehension(N(), N(), [], 0)], **P))),
    ('raise cause only', S(ast.Raise(None, N(), **P))),
    ('try nothing', S(ast.Try([ast.Pass(**P)], [], [], [], **P))),
    ('try orelse', S(ast.Try([ast.Pass(**P)], [], [ast.Pass(**P)], [ast.Pass(**P)], **P))),
    ('trystar nothing', S(ast.TryStar([ast.Pass(**P)], [], [], [], **P))),
    ('with empty', S(ast.With([], [ast.Pass(**P)], **P))),
    ('if empty', S(ast.If(N(), [], [], **P))),
    ('import empty', S(ast.Import([], **P))),
    ('slice', E(ast.Subscript(N(), ast.Slice(N(), None, None, **P), ast.Load(), **P))),
    ('slice store', E(ast.Subscript(N(), ast.Slice(N(ctx=ast.Store()), None, None, **P), ast.Load(), **P))),
    ('keyword store', E(ast.Call(N(), [N()], [ast.keyword(None, N(ctx=ast.Store()), **P)], **P))),
    ('list subclass body', ast.Module(type('L', (list,), {})([ast.Pass(**P)]), [])),
    ('subclass node', E(MyName('x', ast.Load(), **P))),
    ('type ignore in body', S(ast.TypeIgnore(1, 'x'))),
    ('type ignore tag', ast.Module([], [ast.TypeIgnore(1, 3)])),
    ('type ignore lineno', ast.Module([], [ast.TypeIgnore('1', 'x')])),
    ('type ignore int', ast.Module([], [3])),
    ('type ignore None', ast.Module([], [None])),
    ('type ignore ok', ast.Module([], [ast.TypeIgnore(1, 'x')])),
    ('arguments None', E(ast.Lambda(None, N(), **P))),
    ('arguments int', E(ast.Lambda(3, N(), **P))),
    ('kw_defaults None ok', E(ast.Lambda(ast.arguments([], [], None, [ast.arg('a', None, **P)], [None], None, []), N(), **P))),
    ('str subclass id', E(ast.Name(type('S', (str,), {})('a'), ast.Load(), **P))),
    ('str subclass constant', E(ast.Constant(type('S', (str,), {})('a'), **P))),
    ('joinedstr', E(ast.JoinedStr([ast.Constant('a', **P), ast.FormattedValue(N(), -1, None, **P)], **P))),
    ('formattedvalue r', E(ast.FormattedValue(N(), 'r', None, **P))),
    ('yield at top', E(ast.Yield(None, **P))),
    ('funcdef ok', parse('def f(a, /, b: int = 1, *c, d, e=2, **f) -> None:\n    return a\n')),
    ('class ok', parse('class C(B, metaclass=M):\n    x: int = 1\n')),
    ('big tree ok', parse('import os\nfor i in range(3):\n    while i:\n        try:\n            with open(f) as g:\n'
                          '                pass\n        except E as e:\n            raise X from e\n        finally:\n'
                          '            del i\n')),
]
for name, c in cases:
    if isinstance(c, tuple):
        print(name + ':', check(c[0], c[1]))
    else:
        print(name + ':', check(c))

print('-- mutation')
t = parse('x = 1')
t.body[0].value = ast.Constant(2, **P)
print(check(t))
t.body.append(ast.Expr(N(), **P))
print(check(t), len(t.body))
del t.body[0].targets
print(check(t))
t = parse('x')
t.body[0].value.id = 'True'
print(check(t))


def deep(n):
    e = N()
    for i in range(n):
        e = ast.UnaryOp(ast.Not(), e, **P)
    return E(e)


print('deep 100:', check(deep(100)))
print(attempt(lambda: type(parse('+'.join(['1'] * 2900))).__name__))
print(attempt(lambda: type(parse('+'.join(['1'] * 3100))).__name__))
print('deep 5000:', check(deep(5000)))
print('deep list:', attempt(lambda: check(S(ast.If(N(), [ast.Pass(**P)] * 3, [], **P)))))
t = parse('x')
t.body[0].value.ctx = ast.Store()
print(check(t))


class Weird(ast.expr):
    _fields = ()

    def __repr__(self):
        return 'Weird()'


print(check(E(Weird(**P))))
print('done')
