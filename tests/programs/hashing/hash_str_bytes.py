"""hash() of str and bytes under PYTHONHASHSEED=0 (siphash13): exact values Ember must reproduce, plus equal-hash rules."""

import os
print('PYTHONHASHSEED =', os.environ.get('PYTHONHASHSEED'))
strings = ['', 'a', 'b', 'ab', 'abc', 'hello', 'Hello', 'hello world', 'The quick brown fox jumps over the lazy dog', 'é', 'café', '日本語',
           '😀', 'a😀b', '\x00', '\x00\x00', 'x' * 7, 'x' * 8, 'x' * 9, 'x' * 100, '__init__', 'self', 'None']
for s in strings:
    print(repr(s), hash(s))
byte_strings = [b'', b'a', b'ab', b'hello', b'hello world', b'\x00\xff', b'x' * 8, b'x' * 100]
for b in byte_strings:
    print(repr(b), hash(b))
# equal content hashes equally across str/bytes kinds where they compare equal
print(hash('abc') == hash('ab' + 'c'), hash(b'abc') == hash(bytes(bytearray(b'abc'))), hash(memoryview(b'abc')) == hash(b'abc'))
print(hash('abc') == hash(b'abc'))
class S(str):
    pass
print(hash(S('hello')) == hash('hello'))
