"""textwrap: wrap, fill, shorten, dedent, indent, TextWrapper options (width, indents, break_long_words, placeholder)."""

import textwrap

text = ('The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs. '
        'Supercalifragilisticexpialidocious words must sometimes be broken across lines.')
print(textwrap.wrap(text, width=30))
print(textwrap.fill(text, width=40))
print(textwrap.fill(text, width=25, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap('Supercalifragilisticexpialidocious', width=10), textwrap.wrap('Supercalifragilisticexpialidocious', width=10, break_long_words=False))
print(textwrap.wrap('a-very-long-hyphenated-word here', width=12), textwrap.wrap('a-very-long-hyphenated-word here', width=12, break_on_hyphens=False))
print(textwrap.shorten(text, width=50), textwrap.shorten('Hello  world!', width=12), textwrap.shorten(text, 30, placeholder=' [...]'))
print(textwrap.wrap('tabs\tand  spaces\there', width=15), textwrap.wrap('  leading spaces', width=20), textwrap.wrap('', 10), textwrap.wrap('a\nb\n\nc', 10))
print(repr(textwrap.dedent('''
    def f():
        return 1
      # comment
''')))
print(repr(textwrap.dedent('  a\n\tb')), repr(textwrap.dedent('   \n  x\n    y\n')))
print(repr(textwrap.indent('one\ntwo\n\nthree', '> ')), repr(textwrap.indent('a\n\nb', '+', lambda line: True)))
w = textwrap.TextWrapper(width=20, max_lines=2, placeholder='~~', expand_tabs=True, replace_whitespace=True, drop_whitespace=True)
print(w.wrap(text), w.fill('short'))
w2 = textwrap.TextWrapper(width=15, fix_sentence_endings=True)
print(w2.wrap('End. Next one.  Ok'))
try:
    textwrap.wrap('x', width=0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    textwrap.shorten('hello world', width=3, placeholder=' [...]')
except ValueError as e:
    print(type(e).__name__, e)
