"""ast.parse and ast.dump over varied syntax: constants, positions, modes, type comments, f-strings, patterns, unicode columns."""

import ast

sources = [
    "x = 1 + 2 * -y ** 3 // 4 % 5 @ m",
    "u'x'; 'y'; b'z'; 1j; 2.5; 10**100; 12345678901234567890; ...; None; True; False; 0x1f; 1_000; 1e400",
    "f(a, *b, c=1, **d); g[1:2, ::3, ...]; h.i.j",
    "lambda a, /, b=1, *c, d, e=2, **f: (yield)",
    "f'{a!r:>{w}} {b=} {c!s}' 'tail'",
    "async def f():\n    async with a as b, c:\n        await x\n    async for i in j:\n        pass\n",
    "match x:\n    case [1, *r] | {'k': v, **kw} if v:\n        pass\n    case C(a, b=c) as d:\n        pass\n    case -1 | 1+2j | 'a' 'b' | None | q.r:\n        pass\n",
    "try:\n    pass\nexcept* (E, F) as e:\n    raise X from e\nelse:\n    pass\nfinally:\n    del a\n",
    "x: int = 1\nglobal g\nnonlocal n\nfrom .. import (a as b, c)\nimport d.e as f\n",
    "@dec(1)\nclass C(B, metaclass=M):\n    'doc'\n    def m(self) -> 'C': ...\n",
    "with (a as b, c):\n    [x async for x in y if z]\n    {k: v for k, v in w}\n    {s for s in t}\n    (g for g in h)\n",
    "a = b = (c := 3)\nd += 1\ne[f] -= 2\nassert g, 'h'\nwhile i: break\nelse: continue\n",
    "é = 'é€😀'; ñ.ü = \"\\N{GREEK SMALL LETTER ALPHA}\\t\\x00\\u20ac\"\n",
    "if a:\n    pass\nelif b:\n    pass\nelse:\n    x = [*a, *b]; y = {**c, 'd': 1}\n",
    "print(*a, sep='', end='\\n')\nreturn\n",
]
for src in sources:
    tree = ast.parse(src)
    print(ast.dump(tree, include_attributes=True))
    print(ast.dump(tree, annotate_fields=False))

print(ast.dump(ast.parse('1 + 2', mode='eval'), include_attributes=True))
print(ast.dump(ast.parse('x = 1\n', mode='single')))
print(ast.dump(ast.parse('(int, *str) -> None', mode='func_type')))
src = 'x = 1  # type: int\ndef f(a,  # type: int\n      b):\n    # type: (...) -> None\n    pass\nfor a in b:  # type: ignore[x]\n    pass\n'
print(ast.dump(ast.parse(src, type_comments=True)))
print(ast.dump(ast.parse(src)))
print(ast.dump(ast.parse('await x', mode='eval'), indent=2))
tree = ast.parse('def f():\n    return 1\n')
print(ast.dump(tree, indent=4))
print(ast.dump(tree, indent='..', include_attributes=True))
print(ast.parse('"s"').body[0].value.kind, ast.parse('u"s"').body[0].value.kind)
for v in ast.parse('(b"\\x00\\xff", 1.0e-3, 0o17, 3j, -0.0, 2**64)').body[0].value.elts:
    print(type(v).__name__, type(getattr(v, 'value', None)).__name__, repr(getattr(v, 'value', None)))
print(ast.get_source_segment('a = (b +\n  c)', ast.parse('a = (b +\n  c)').body[0].value, padded=True))
