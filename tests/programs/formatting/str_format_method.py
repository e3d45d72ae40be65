"""str.format and format_map: positional/auto/keyword fields, attribute and index lookup, conversions, nested specs."""

print('{} {} {}'.format('a', 'b', 'c'))
print('{2} {1} {0} {0}'.format('a', 'b', 'c'))
print('{name} is {age}'.format(name='Ada', age=36))
print('{0[0]} {0[1][key]} {1.real} {1.imag} {2.__name__}'.format(['x', {'key': 'v'}], 3 + 4j, str))
print('{0!r} {0!s} {0!a} {1!r:>8}'.format('é', 'x'))
print('{:>{}} | {:{}.{}f}'.format('right', 10, 3.14159, 8, 2))
print('{0:{fill}{align}{width}}'.format('mid', fill='~', align='^', width=11))
print('{{}} {{{0}}} {{0}}'.format('in braces'))
print('{a[1]}{a[2]}'.format(a='xyz'), '{d[k]}'.format(d={'k': 'dict value'}), '{0[-1]}'.format({'-1': 'string key'}))

class P:
    x = 1
    y = [10, 20]
print('{p.x} {p.y[1]} {p.__class__.__name__}'.format(p=P()))

# format_map with a missing-key mapping
class Default(dict):
    def __missing__(self, key):
        return f'<{key}>'
print('{known} and {unknown}'.format_map(Default(known='K')))
try:
    '{0}'.format_map({})
except (KeyError, ValueError) as e:
    print('format_map with a positional field:', type(e).__name__, e)

# numeric formatting through format
for spec in ['{:,}', '{:_}', '{:08.3f}', '{:+.2e}', '{:x}', '{:#b}', '{:.1%}', '{:^+9d}']:
    print(spec, spec.format(1234.5 if 'f' in spec or 'e' in spec or '%' in spec else 1234))

# errors
for src in ["'{'.format(1)", "'}'.format(1)", "'{0}{}'.format(1, 2)", "'{}{0}'.format(1, 2)", "'{2}'.format(1)",
            "'{x}'.format(1)", "'{0.missing}'.format(1)", "'{0[5]}'.format([1])", "'{0[x]}'.format({})",
            "'{!x}'.format(1)", "'{0!}'.format(1)", "'{:{}}'.format(1)", "'{0:{1:{2}}}'.format(1, 2, 3)",
            "'{0.}'.format(1)", "'{0[}'.format(1)", "'{0]}'.format(1)", "'{ }'.format(1)", "'{-1}'.format(1)"]:
    try:
        print(src, '->', repr(eval(src)))
    except Exception as e:
        print(src, '->', type(e).__name__, e)

# string.Formatter exposes the parsing
import string
print(list(string.Formatter().parse('a{0!r:>5}b{x}c{{d}}')))
