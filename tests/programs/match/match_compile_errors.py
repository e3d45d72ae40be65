"""Compile-time errors of match statements: messages and positions (CPython 3.11 compiler checks)."""
srcs = [
"match x:\n case a: pass\n case 1: pass",
"match x:\n case _: pass\n case 1: pass",
"match x:\n case [a, a]: pass",
"match x:\n case [a, *a]: pass",
"match x:\n case {'k': a, **a}: pass",
"match x:\n case (a as a): pass",
"match x:\n case 1 | a: pass",
"match x:\n case a | 1: pass\n case 2: pass",
"match x:\n case _ | 1: pass",
"match x:\n case [a] | [b]: pass",
"match x:\n case [a] | 1: pass",
"match x:\n case 1 | [a, b] | [b, c]: pass",
"match x:\n case [a, b] | [b, a]: pass",
"match x:\n case C(a=1, a=2): pass",
"match x:\n case C(__debug__=1): pass",
"match x:\n case __debug__: pass",
"match x:\n case {1: a, 1.0: b}: pass",
"match x:\n case {True: a, 1: b}: pass",
"match x:\n case {-0: a, 0: b}: pass",
"match x:\n case {'a': a, b'a': b}: pass",
"match x:\n case {None: a, None: b}: pass",
"match x:\n case {a.b: a, a.b: b}: pass",
"match x:\n case [*a, *b]: pass",
"match x:\n case {**_}: pass",
"match x:\n case C(x=1, y=[a, a]): pass",
"match x:\n case [a] | [a as b]: pass",
"match x:\n case [a, b] | [a, [c]]: pass",
"match x:\n case a if a: pass\n case b: pass\n case c: pass",
"match x:\n case (a): pass\n case b: pass",
"match x:\n case a | b: pass",
"match x:\n case 1+1: pass",
"match x:\n case -1j: pass",
"match x:\n case 1-1j: pass",
"match x:\n case f'x': pass",
"match x:\n case {f'x': 1}: pass",
"match x:\n case {1+1j: 1, (1+1j): 2}: pass",
"match x:\n case {'a': 1, 'a': 2, 'b':3, 'b':4}: pass",
]
for s in srcs:
    try:
        compile(s, "f", "exec")
        print("OK", repr(s))
    except SyntaxError as e:
        print(repr(s), "->", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
