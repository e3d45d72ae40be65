"""Capture patterns, the wildcard, as-patterns, and binding behaviour (names bound even if a later guard fails)."""

def f(x):
    match x:
        case 0 as zero:
            return f'zero bound as {zero!r}'
        case [first, *_] as whole if first == 'head':
            return f'list starting with head, whole={whole}'
        case (1 | 2) as small:
            return f'small {small}'
        case name:
            return f'captured {name!r}'

for v in [0, ['head', 1, 2], ['tail'], 2, 'text']:
    print(f(v))

# names stay bound after the match statement
match (1, 2):
    case (a, b):
        pass
print(a, b)

# a failed guard still leaves bindings made by the pattern
match [10, 20]:
    case [x, y] if x > y:
        print('not taken')
    case _:
        print('fell through, x and y are', x, y)

# the wildcard never binds
match 42:
    case _:
        print('wildcard matched', '_' in dir())

# irrefutable pattern not last is a syntax error
for src in ["match x:\n    case y:\n        pass\n    case 1:\n        pass",
            "match x:\n    case _:\n        pass\n    case 1:\n        pass",
            "match x:\n    case [a, a]:\n        pass",
            "match x:\n    case a | b:\n        pass",
            "match x:\n    case 1 | a:\n        pass",
            "match x:\n    case f():\n        pass" ]:
    try:
        compile(src, '<src>', 'exec')
        print('compiled')
    except SyntaxError as e:
        print('SyntaxError:', e.msg)

# soft keyword: 'match' and 'case' are still usable as names
match = [1, 2]
case = 'case value'
print(match, case)
match match:
    case [1, other]:
        print('matched on a variable named match:', other)
