"""Building strings: join vs concatenation, repetition, str() of containers, chr/ord tables, string multiplication patterns, and str subclasses."""

parts = []
for i in range(5):
    parts.append(f'{i}:{chr(65 + i)}')
print(','.join(parts), '' .join(reversed(parts)), '-' * 20, '=' + '-' * 3 + '=')
s = ''
for ch in 'abc':
    s += ch * 2
print(s, len(s), s.count('b'))
print(str([1, 'a', None]), str({'k': (1, 2)}), str({1}), str((1,)), str(frozenset()), str(range(3)), str(b'\x00'), str(bytearray(b'z')))
print(''.join(chr(c) for c in range(0x41, 0x5b)), ''.join(map(chr, range(0x3b1, 0x3c1))), [hex(ord(c)) for c in 'Aé😀'])
print('\n'.join('*' * i for i in range(1, 5)))
print('\n'.join(' ' * (3 - i) + '*' * (2 * i + 1) for i in range(4)))
class Tag(str):
    def __new__(cls, name, **attrs):
        rendered = ''.join(f' {k}="{v}"' for k, v in attrs.items())
        obj = super().__new__(cls, f'<{name}{rendered}>')
        obj.name = name
        return obj
    def close(self):
        return f'</{self.name}>'
t = Tag('a', href='x.html', id='link')
print(t, t.close(), len(t), t.upper(), isinstance(t, str), type(t + '!').__name__, t.name)
print(str(), str(''), repr(str()), str('x') is not None, format(12, 'b').zfill(8), hex(255)[2:].upper().rjust(4, '0'))
