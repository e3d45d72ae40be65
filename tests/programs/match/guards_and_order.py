"""Guards: evaluation order, side effects, guards referencing captured names, and first-match-wins semantics."""

log = []
def g(label, result):
    log.append(label)
    return result

def classify(p):
    match p:
        case (x, y) if g(f'guard1 {x},{y}', x == y):
            return 'diagonal'
        case (x, y) if g(f'guard2 {x},{y}', x > y):
            return 'below'
        case (x, y):
            return 'above'
        case _:
            return 'not a pair'

for p in [(1, 1), (2, 1), (1, 2), 'xy', [3, 3]]:
    log.clear()
    print(p, classify(p), log)

# subject evaluated exactly once
calls = []
def subject():
    calls.append('subject')
    return [1, 2, 3]
match subject():
    case [1]:
        pass
    case [1, 2]:
        pass
    case [1, 2, 3]:
        print('matched third case; subject evaluated', len(calls), 'time(s)')

# guard exceptions propagate
try:
    match 5:
        case n if n / 0:
            pass
except ZeroDivisionError as e:
    print(type(e).__name__, e)

# or-patterns try alternatives left to right and must bind the same names
def alt(v):
    match v:
        case [x, 0] | [0, x]:
            return f'x={x}'
        case {'a': x} | {'b': x}:
            return f'mapping x={x}'
    return 'no match'
print(alt([5, 0]), alt([0, 7]), alt([0, 0]), alt({'b': 9}), alt({'a': 1, 'b': 2}), alt(3))

# match returns nothing: falls through with no case matched
def nothing(v):
    match v:
        case 1:
            return 'one'
print(nothing(2))

# patterns on the results of a generator of commands
def run(cmds):
    out = []
    for cmd in cmds:
        match cmd.split():
            case ['go', direction] if direction in ('north', 'south'):
                out.append(f'going {direction}')
            case ['go', _]:
                out.append('cannot go that way')
            case ['take', *items] if items:
                out.append(f'taking {", ".join(items)}')
            case ['quit' | 'exit']:
                out.append('bye')
            case []:
                out.append('empty command')
            case [verb, *_]:
                out.append(f'unknown verb {verb}')
    return out
print(run(['go north', 'go west', 'take lamp key', 'take', 'exit', '', 'dance wildly']))
