"""keyword and string modules: keyword lists, soft keywords, string constants, capwords, Template substitution, Formatter."""

import keyword
import string

print(len(keyword.kwlist), keyword.kwlist)
print(keyword.softkwlist, keyword.iskeyword('match'), keyword.issoftkeyword('match'), keyword.iskeyword('async'), keyword.iskeyword('print'))
print(repr(string.ascii_letters), repr(string.ascii_lowercase), repr(string.ascii_uppercase))
print(repr(string.digits), repr(string.hexdigits), repr(string.octdigits), repr(string.punctuation), repr(string.whitespace), len(string.printable))
print(string.capwords('hello   wonderful world'), string.capwords('a-b c-d', '-'))

t = string.Template('$who likes ${what}s, costs $$${price}')
print(t.substitute(who='Tim', what='apple', price=3), t.safe_substitute(who='Ann'), t.get_identifiers(), t.is_valid())
try:
    t.substitute(who='x')
except KeyError as e:
    print(type(e).__name__, e)
try:
    string.Template('$ bad').substitute()
except ValueError as e:
    print(type(e).__name__, e)
class Percent(string.Template):
    delimiter = '%'
print(Percent('%name is %{age}y').substitute(name='Bo', age=5))

class Upper(string.Formatter):
    def convert_field(self, value, conversion):
        if conversion == 'u':
            return str(value).upper()
        return super().convert_field(value, conversion)
print(Upper().format('{0!u} {name!r} {1:>5}', 'shout', 42, name='n'), string.Formatter().format('{a[0]}', a=[9]))
print(list(string.Formatter().parse('x{0:>3}y{name!s}')))
