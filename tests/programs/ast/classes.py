"""_ast classes: hierarchy, _fields, _attributes, __match_args__, class defaults, docs, singletons, deprecated aliases of Lib/ast.py."""

import _ast
import ast

print(ast.AST is _ast.AST, ast.Name is _ast.Name, ast.PyCF_ONLY_AST, ast.PyCF_TYPE_COMMENTS, ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
classes = [c for c in vars(_ast).values() if isinstance(c, type) and issubclass(c, _ast.AST)]
print(len(classes))
for c in classes:
    own = vars(c)
    defaults = [k for k, v in own.items() if v is None and k != '__doc__']
    print(c.__name__, c.__module__, c.__bases__[0].__name__, c._fields, c.__match_args__ == c._fields,
          own.get('_attributes'), defaults, '__weakref__' in own)
print(ast.expr.__doc__)
print(ast.stmt.__doc__.splitlines()[:3])
print(ast.boolop.__doc__, '|', ast.Load.__doc__, '|', ast.arguments.__doc__)
print(ast.Name.__mro__)
print(ast.AST.__dict__.keys() >= {'__init__', '__reduce__', '__new__', '_fields', '_attributes', '__match_args__'})
print([k for k in ('__init__', '__reduce__', '__dict__') if k in ast.AST.__dict__])

tree = ast.parse('a = b; c = a + b')
loads = [n.ctx for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)]
print(len(loads), all(x is loads[0] for x in loads), ast.Load() is loads[0])
ops = [n.op for n in ast.walk(ast.parse('x + y + z'))  if isinstance(n, ast.BinOp)]
print(ops[0] is ops[1], type(ops[0]).__name__)

# deprecated classes of Lib/ast.py
n = ast.Num(5)
print(type(n).__name__, n.n, n.value, isinstance(n, ast.Num), isinstance(n, ast.Constant), isinstance(ast.Constant('s'), ast.Num))
s = ast.Str('text')
print(type(s).__name__, s.s, isinstance(s, ast.Str), isinstance(ast.Constant(1), ast.Str))
print(isinstance(ast.Constant(True), ast.NameConstant), isinstance(ast.Constant(True), ast.Num), isinstance(ast.Constant(...), ast.Ellipsis))
print(isinstance(ast.Constant(b'x'), ast.Bytes), ast.Bytes(b'x').s, ast.NameConstant(None).value)
print(ast.dump(ast.Index(ast.Name('x', ast.Load()))), ast.dump(ast.ExtSlice([ast.Name('x', ast.Load())])))
print(ast.Tuple([1, 2], ast.Load()).dims, issubclass(ast.Suite, ast.mod), issubclass(ast.Param, ast.expr_context))
c = ast.Constant(3)
c.n = 4
print(c.value, c.s)
try:
    ast.Num(1, n=2)
except TypeError as e:
    print(e)
