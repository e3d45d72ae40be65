"""AST constructors: positional and keyword fields, CPython's errors, subclasses with their own _fields, __reduce__, pickle and copy."""

import ast
import copy
import pickle


def attempt(f):
    try:
        return f()
    except Exception as e:
        return f'{type(e).__name__}: {e}'


print(ast.dump(ast.Name('x', ast.Load())), ast.dump(ast.Name(id='y', ctx=ast.Store(), lineno=2), include_attributes=True))
print(attempt(lambda: ast.Name('x', ast.Load(), 3)))
print(attempt(lambda: ast.Name('x', id='y')))
print(attempt(lambda: ast.Load(1)))
print(attempt(lambda: ast.Return(1, 2)))
print(attempt(lambda: ast.arguments(*range(8))))
print(attempt(lambda: ast.AST(1)))
print(ast.Name(foo=3).foo, ast.dump(ast.Name(foo=3)), vars(ast.Constant(1, 'u', extra=2)))
e = ast.Name()
print(attempt(lambda: e.id), e.end_lineno, attempt(lambda: e.lineno), hasattr(e, 'ctx'))
print(ast.FunctionDef().returns, ast.arg().type_comment, ast.keyword().arg, hasattr(ast.MatchAs(), 'end_lineno'))


class Point(ast.AST):
    _fields = ('x', 'y')


p = Point(1, y=2)
print(vars(p), attempt(lambda: Point(1, x=2)), attempt(lambda: Point(1, 2, 3)), isinstance(p, ast.AST))
print(ast.dump(p))


class Weird(ast.AST):
    _fields = 5


print(attempt(lambda: Weird()), attempt(lambda: Weird(a=1)))


class MyName(ast.Name):
    _fields = ('id', 'ctx', 'note')


m = MyName('a', ast.Load(), 'hello')
print(ast.dump(m), m.__reduce__()[0] is MyName)
r = ast.Name('x', ast.Load(), lineno=1).__reduce__()
print(r[1], sorted(r[2]), type(r[2]['ctx']).__name__, ast.AST().__reduce__()[1:])
print(ast.AST.__new__(ast.Name, 1, 2, k=3).__dict__, attempt(lambda: ast.AST.__new__(int)))

tree = ast.parse('def f(a, *, b=2):\n    return [x * b for x in a if x]\n')
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    back = pickle.loads(pickle.dumps(tree, proto))
    print(proto, ast.dump(back, include_attributes=True) == ast.dump(tree, include_attributes=True))
clone = copy.deepcopy(tree)
print(ast.dump(clone) == ast.dump(tree), clone.body[0] is not tree.body[0])
shallow = copy.copy(tree.body[0])
print(shallow.body is tree.body[0].body, shallow.name)
ns = {}
exec(compile(clone, '<clone>', 'exec'), ns)
print(ns['f']([1, 0, 3]))
