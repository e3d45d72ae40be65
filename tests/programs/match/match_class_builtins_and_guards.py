"""match against builtin types for dispatch on JSON-like values, with recursion, guards on lengths, and captures of nested structures."""

def render(value, indent=0):
    pad = '  ' * indent
    match value:
        case None:
            return pad + 'null'
        case bool(b):
            return pad + ('true' if b else 'false')
        case int(i) | float(i):
            return pad + repr(i)
        case str(s) if len(s) > 10:
            return pad + repr(s[:10] + '...')
        case str(s):
            return pad + repr(s)
        case []:
            return pad + '[]'
        case [single]:
            return pad + '[' + render(single).strip() + ']'
        case list(items):
            return pad + '[\n' + ',\n'.join(render(v, indent + 1) for v in items) + '\n' + pad + ']'
        case dict(d) if not d:          # note: the pattern {} would match ANY mapping
            return pad + '{}'
        case dict(d):
            lines = [f'{pad}  {k!r}: {render(v, indent + 1).strip()}' for k, v in d.items()]
            return pad + '{\n' + ',\n'.join(lines) + '\n' + pad + '}'
        case _:
            return pad + f'<unsupported {type(value).__name__}>'

doc = {'name': 'example document', 'tags': ['a'], 'values': [1, 2.5, True, None], 'empty': {}, 'nested': {'deep': ['x', []]},
       'long': 'a string that is rather long', 'other': {1, 2}}
print(render(doc))

match {'any': 'mapping'}:
    case {}:
        print('the mapping pattern {} matches a non-empty dict too')
