"""String comparison and sorting: code point order, case-insensitive keys, casefold, natural sort, Unicode ordering with accents."""

words = ['banana', 'Apple', 'cherry', 'apple', 'Banana', 'éclair', 'Zebra', 'zebra', '10', '9', '_under', '']
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=str.casefold, reverse=True))
print(sorted(words, key=lambda w: (w.lower(), w)))
print(sorted(words, key=len), min(words), max(words), min(words, key=len), max(words, key=len))
import re
def natural_key(s):
    return [int(part) if part.isdigit() else part.lower() for part in re.split(r'(\d+)', s)]
files = ['file10.txt', 'file2.txt', 'File1.txt', 'file1.txt', 'file20b.txt', 'file20a.txt']
print(sorted(files), sorted(files, key=natural_key))
print('a' < 'b' < 'ba' < 'bb', 'Z' < 'a', 'é' > 'z', 'ß' > 's', 'ß'.casefold() == 'ss', 'abc' < 'abd', '' < ' ', '\x00' < '\x01')
print([ord(c) for c in 'Aa0 _é€😀'], sorted('Aa0 _é€😀'), sorted('hello world', reverse=True))
print('apple' == 'apple', 'APPLE'.lower() == 'apple', 'a' * 3 == 'aaa', 'abc' != 'ABC', 'abc'.upper() == 'ABC')
