"""ast: parse, dump, literal_eval, walking and transforming trees, unparse, node positions and compiling modified trees."""

import ast

tree = ast.parse('x = 1 + 2 * y\nif x > 3:\n    print(f"big {x}")\n')
print(ast.dump(tree, indent=1))
print([type(n).__name__ for n in ast.walk(tree)][:12])
assign = tree.body[0]
print(assign.lineno, assign.col_offset, assign.end_lineno, assign.end_col_offset, ast.get_source_segment('x = 1 + 2 * y', assign.value))
print(ast.unparse(tree))

print(ast.literal_eval('[1, 2.5, "s", b"b", (1,), {"k": {1, 2}}, None, True, -3, 1+2j]'))
for bad in ['x + 1', '__import__("os")', 'f()', '[1, 2][0]', '1 if 2 else 3']:
    try:
        ast.literal_eval(bad)
    except ValueError as e:
        print(repr(bad), '->', type(e).__name__, str(e).split(' object at ')[0])

class Doubler(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node
new = ast.fix_missing_locations(Doubler().visit(ast.parse('result = 1 + 20 * 3')))
ns = {}
exec(compile(new, '<ast>', 'exec'), ns)
print(ast.unparse(new), ns['result'])

class NameCollector(ast.NodeVisitor):
    def __init__(self): self.names = []
    def visit_Name(self, node):
        self.names.append((node.id, type(node.ctx).__name__))
        self.generic_visit(node)
nc = NameCollector()
nc.visit(ast.parse('a = b + c\nfor i in a: d[i] = b'))
print(nc.names)

func = ast.parse('def f(a, /, b=1, *c, d, **e) -> int:\n    "doc"\n    return a').body[0]
print(func.name, [a.arg for a in func.args.posonlyargs], [a.arg for a in func.args.args], func.args.vararg.arg, [a.arg for a in func.args.kwonlyargs], func.args.kwarg.arg, ast.get_docstring(func), ast.unparse(func.returns))
expr = ast.parse('a if b else c', mode='eval')
print(type(expr).__name__, ast.dump(expr.body))
print(ast.dump(ast.parse('match p:\n    case [1, *rest] if rest: pass').body[0].cases[0].pattern))
try:
    ast.parse('x = (')
except SyntaxError as e:
    print(type(e).__name__, e.msg)
print(ast.increment_lineno(ast.parse('x'), 5).body[0].lineno)
