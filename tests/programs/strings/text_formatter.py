"""string.Formatter (through _string.formatter_parser), format_map with custom mappings,
__format__ on user classes and str subclasses."""
import string

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __format__(self, spec):
        return '(%s, %s)%s' % (format(self.x, spec), format(self.y, spec), '!' if not spec else '')

class Default(dict):
    def __missing__(self, key):
        return '<%s>' % key

print('{p} {p:>5} {p.x} {0[1]}'.format([9, 8], p=Point(1, 2)))
print('{name} is {age} years'.format_map(Default(name='Ann')))
fmt = string.Formatter()
print(fmt.format('{0}-{1!r}-{x:^7}', 'a', 'b', x='mid'))
print(list(fmt.parse('a{0!r:>5}b{{c}}{x.y[0]}')))
class Upper(string.Formatter):
    def convert_field(self, value, conversion):
        return str(value).upper() if conversion == 'u' else super().convert_field(value, conversion)
print(Upper().format('{0!u} {0!r}', 'hi'))
print(string.Template('$who likes ${what}s').substitute(who='tim', what='kung pao'))
print(string.capwords(' hello   world  '), string.ascii_letters[:5], string.punctuation[:5])

class S(str):
    def __str__(self):
        return 'S!'
    def __format__(self, spec):
        return 'formatted:' + spec
s = S('abc')
print(str(s), '%s' % s, '{}'.format(s), f'{s:x}', s + 'd', type(s + 'd').__name__, s.upper(), type(s.upper()).__name__,
      type(s[:]).__name__, repr(s), s == 'abc', hash(s) == hash('abc'))
for bad in ['{', '}', '{0}{}', '{}{0}', '{1}', '{a.}', '{0[}', '{!x}', '{:{:{}}}']:
    try:
        print(bad.format(1, 2))
    except (ValueError, IndexError, KeyError) as e:
        print(repr(bad), type(e).__name__, e)
