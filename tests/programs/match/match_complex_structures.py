"""Matching real data structures: JSON-like trees, an expression evaluator and a tiny instruction interpreter."""

import dataclasses

@dataclasses.dataclass
class Num:
    value: float
@dataclasses.dataclass
class BinOp:
    op: str
    left: object
    right: object
@dataclasses.dataclass
class Neg:
    operand: object

def evaluate(node):
    match node:
        case Num(v):
            return v
        case Neg(Neg(inner)):
            return evaluate(inner)
        case Neg(x):
            return -evaluate(x)
        case BinOp('+', l, r):
            return evaluate(l) + evaluate(r)
        case BinOp('*', Num(0), _) | BinOp('*', _, Num(0)):
            return 0
        case BinOp('*', l, r):
            return evaluate(l) * evaluate(r)
        case BinOp(op, _, _):
            raise ValueError(f'unknown operator {op!r}')

tree = BinOp('+', Num(2), BinOp('*', Neg(Neg(Num(3))), Num(4)))
print(evaluate(tree), evaluate(BinOp('*', Num(0), BinOp('?', Num(1), Num(1)))))
try:
    evaluate(BinOp('?', Num(1), Num(2)))
except ValueError as e:
    print(type(e).__name__, e)

def simplify(node):
    match node:
        case BinOp('+', Num(0), x) | BinOp('+', x, Num(0)):
            return simplify(x)
        case BinOp(op, l, r):
            return BinOp(op, simplify(l), simplify(r))
        case _:
            return node
print(simplify(BinOp('+', Num(0), BinOp('+', Num(5), Num(0)))))

def summarize(doc):
    match doc:
        case {'kind': 'user', 'name': str(name), 'tags': [*tags]}:
            return f'user {name} tagged {tags}'
        case {'kind': 'group', 'members': [{'name': first}, *others]}:
            return f'group led by {first} with {len(others)} others'
        case {'kind': 'group', 'members': []}:
            return 'empty group'
        case {'kind': kind}:
            return f'unsupported kind {kind}'
        case list(items):
            return [summarize(i) for i in items]
        case _:
            return 'unknown document'
docs = [
    {'kind': 'user', 'name': 'ann', 'tags': ['admin', 'dev']},
    {'kind': 'group', 'members': [{'name': 'bob'}, {'name': 'cy'}, {'name': 'di'}]},
    {'kind': 'group', 'members': []},
    {'kind': 'robot'},
    [{'kind': 'user', 'name': 'eve', 'tags': []}, 42],
]
for d in docs:
    print(summarize(d))

def interpret(program):
    stack, pc, out = [], 0, []
    while pc < len(program):
        match program[pc]:
            case ('push', int(n)):
                stack.append(n)
            case ('add',):
                b, a = stack.pop(), stack.pop()
                stack.append(a + b)
            case ('jz', target) if not stack[-1]:
                pc = target
                continue
            case ('jz', _):
                pass
            case ('dec',):
                stack[-1] -= 1
            case ('print',):
                out.append(stack[-1])
            case ('jmp', target):
                pc = target
                continue
            case other:
                raise RuntimeError(f'bad instruction {other}')
        pc += 1
    return out
print(interpret([('push', 3), ('print',), ('dec',), ('jz', 5), ('jmp', 1), ('push', 10), ('push', 5), ('add',), ('print',)]))
