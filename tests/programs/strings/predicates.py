"""str classification predicates (isalpha, isdigit, isdecimal, isnumeric, isalnum, isspace, isprintable, isascii, isidentifier) over many characters."""

chars = ['a', 'Z', 'é', 'ß', 'Ω', '中', 'ー', '1', '٣', '۳', '१', '²', '½', 'Ⅻ', '〇', '①', '𝟘', '𝔸', '😀', ' ', '\t', '\n', '\x0b',
         '\x1c', '\x85', '\xa0', '\u2028', '\u200b', '\ufeff', '_', '-', '$', '\x00', '\x7f', '\u00ad', '\u0301', 'ǅ', 'ª', 'ⅰ']
names = ['alpha', 'digit', 'decimal', 'numeric', 'alnum', 'space', 'printable', 'ascii', 'identifier', 'upper', 'lower', 'title']
print('char'.ljust(10), ' '.join(n[:5].ljust(5) for n in names))
for c in chars:
    flags = [getattr(c, 'is' + n)() for n in names]
    print(ascii(c).ljust(10), ' '.join(('T' if f else '.').ljust(5) for f in flags))

# multi-character strings: all characters must satisfy (and empty string is False except isascii/isprintable)
for s in ['', 'abc', 'ab1', '123', '12.3', ' \t\n', 'hello world', 'ok_name', '1name', 'name1', 'ascii only', 'naïve']:
    print(repr(s), [n for n in names if getattr(s, 'is' + n)()])

# identifiers and keywords
import keyword
for s in ['class', 'Class', 'match', '_', '__init__', 'π', 'x²', 'a-b', 'if_', 'None', 'ℌ', '𝔘𝔫𝔦']:
    print(repr(s), s.isidentifier(), keyword.iskeyword(s), keyword.issoftkeyword(s))
