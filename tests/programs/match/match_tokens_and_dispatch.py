"""Using match for dispatching parsed tokens, tuples with types, nested or-patterns with captures, and default handling."""

def describe(token):
    match token:
        case ('num', int(n) | float(n)) if n < 0:
            return f'negative number {n}'
        case ('num', int() | float() as n):
            return f'number {n}'
        case ('op', '+' | '-' as op):
            return f'additive {op}'
        case ('op', '*' | '/' | '%' as op):
            return f'multiplicative {op}'
        case ('name', str(name)) if name.isidentifier():
            return f'identifier {name}'
        case ('name', str(bad)):
            return f'invalid identifier {bad!r}'
        case (kind, *_):
            return f'unknown token kind {kind!r}'
        case _:
            return f'not a token: {token!r}'

tokens = [('num', 3), ('num', -2.5), ('op', '+'), ('op', '%'), ('op', '**'), ('name', 'x1'), ('name', '1x'), ('eof',), 'junk', ('num', '7')]
for t in tokens:
    print(repr(t), '->', describe(t))

def http_status(status):
    match status:
        case 200 | 201 | 204:
            return 'success'
        case 301 | 302 as code:
            return f'redirect {code}'
        case int(code) if 400 <= code < 500:
            return f'client error {code}'
        case int(code) if 500 <= code < 600:
            return f'server error {code}'
        case _:
            return 'unknown'
print([http_status(s) for s in [200, 204, 302, 404, 418, 503, 99, '200']])

def shape_area(shape):
    match shape:
        case {'type': 'circle', 'r': r}:
            return round(3.14159 * r * r, 2)
        case {'type': 'rect', 'w': w, 'h': h} | {'type': 'rect', 'size': (w, h)}:
            return w * h
        case {'type': 'square', 'side': s}:
            return s * s
        case {'type': t}:
            raise ValueError(f'unsupported shape {t}')
try:
    print([shape_area(s) for s in [{'type': 'circle', 'r': 1}, {'type': 'rect', 'w': 2, 'h': 3}, {'type': 'rect', 'size': (4, 5)}, {'type': 'square', 'side': 3}]])
    shape_area({'type': 'hexagon'})
except ValueError as e:
    print(type(e).__name__, e)
print(shape_area({'no': 'type'}))
