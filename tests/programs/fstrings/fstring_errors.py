"""f-string syntax errors (3.11 rules) reported by compile(), and runtime errors inside replacement fields."""

sources = [
    "f'{}'",
    "f'{ }'",
    "f'{x!z}'",
    "f'{x!}'",
    "f'{x'",
    "f'}'",
    "f'{'",
    "f'{x:{y:{z}}}'",
    "f'{\\'a\\'}'",
    "f'{#comment}'",
    "f'{x!r=}'",
    "f'{lambda x: 1}'",
    "f'{yield}'",
    "f'{a b}'",
    "f'{x:=5}'",
    "f'{(x:=5)}'",
    "f'{*x}'",
    "f'''{\n1\n}'''",
]
for src in sources:
    try:
        compile(src, '<fstring>', 'eval')
        print(repr(src), '-> compiled')
    except SyntaxError as e:
        print(repr(src), '->', e.msg)

# runtime errors propagate from inside fields
x = 5
for expr in ["f'{x:d}' + f'{x:s}'", "f'{undefined}'", "f'{1/0}'", "f'{x:{\"bad spec\"}}'", "f'{[1][2]}'", "f'{x!r:z}'"]:
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)

# evaluation order and single evaluation
calls = []
def t(v):
    calls.append(v)
    return v
result = f'{t(1)}{t(2)}{t(3):>{t(4)}}'
print(repr(result), calls)
