# stdin: first line
# stdin:   second line with spaces  
# stdin: 42
# stdin: é 😀
"""input() reading lines from stdin (supplied via '# stdin:' headers), prompts, and EOFError at the end."""

import sys

first = input()
print(repr(first))
second = input('prompt> ')
print()
print(repr(second))
number = int(input())
print(number * 2)
print(repr(input('unicode? ')))
try:
    input('no more input: ')
except EOFError as e:
    print()
    print(type(e).__name__, repr(str(e)))
print(sys.stdin.read() == '', sys.stdin.readline() == '')
try:
    input('a', 'b')
except TypeError as e:
    print(type(e).__name__, e)
