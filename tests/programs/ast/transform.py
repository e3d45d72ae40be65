"""NodeVisitor, NodeTransformer, fix_missing_locations, unparse and compile of transformed trees, walking a stdlib module."""

import ast
import inspect
import textwrap


class ConstFolder(ast.NodeTransformer):
    def visit_BinOp(self, node):
        self.generic_visit(node)
        if isinstance(node.left, ast.Constant) and isinstance(node.right, ast.Constant):
            try:
                value = eval(compile(ast.Expression(node), '<fold>', 'eval'))
            except Exception:
                return node
            return ast.copy_location(ast.Constant(value), node)
        return node


src = 'a = 2 * 3 + x\nb = "ab" * 2\nc = (1 << 4) - 1\n'
tree = ast.fix_missing_locations(ConstFolder().visit(ast.parse(src)))
print(ast.unparse(tree))
ns = {'x': 10}
exec(compile(tree, '<folded>', 'exec'), ns)
print(ns['a'], ns['b'], ns['c'])


class Renamer(ast.NodeTransformer):
    def visit_Name(self, node):
        return ast.copy_location(ast.Name(node.id.upper(), node.ctx), node)

    def visit_arg(self, node):
        node.arg = node.arg.upper()
        return node


fn = ast.parse('def add(a, b):\n    total = a + b\n    return total\n')
fn = Renamer().visit(fn)
print(ast.unparse(fn))
ns = {}
exec(compile(fn, '<renamed>', 'exec'), ns)
print(ns['add'](2, 3))

counts = {}
tree = ast.parse(inspect.getsource(textwrap))
for node in ast.walk(tree):
    counts[type(node).__name__] = counts.get(type(node).__name__, 0) + 1
print(sorted(counts.items())[:15])
print(len(list(ast.walk(tree))), len(ast.dump(tree)))
print(ast.unparse(ast.parse(ast.unparse(tree))) == ast.unparse(tree))
funcs = [n.name for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)]
print(funcs[:8])
print([ast.get_docstring(n) is not None for n in tree.body if isinstance(n, (ast.FunctionDef, ast.ClassDef))])
print(ast.literal_eval('{"a": [1, (2, 3)], "b": {4, 5}, "c": -1.5e3, "d": b"x"}'))
try:
    ast.literal_eval('a + 1')
except ValueError as e:
    print(str(e).split(' at ')[0])

node = ast.parse('x = 1').body[0]
print(list(ast.iter_fields(node))[1][0], [type(c).__name__ for c in ast.iter_child_nodes(node)])
print(ast.increment_lineno(ast.parse('y\nz'), 10).body[1].lineno)
for stmt in ast.parse('match p:\n    case ast.Name(id) if id: pass').body:
    print(ast.dump(stmt.cases[0].pattern))
for node in [ast.parse('f(y)').body[0].value, ast.parse('a').body[0].value, ast.parse('1').body[0].value]:
    match node:
        case ast.Call(ast.Name(fname), [ast.Name(arg)]):
            print('call', fname, arg)
        case ast.Name(id, ast.Load()):
            print('name', id)
        case ast.Constant(value=v):
            print('constant', v)
