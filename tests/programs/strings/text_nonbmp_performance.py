"""Indexing, slicing, searching and iterating long strings with astral characters (the
code point index must make these fast and exact)."""
s = ''.join(chr(0x1f600 + (i % 50)) if i % 3 else chr(97 + i % 26) for i in range(200000))
print(len(s), ascii(s[0:6]), ascii(s[99999]), ascii(s[-5:]), ascii(s[150000:150004]))
total = 0
for i in range(0, len(s), 997):
    total += ord(s[i])
print(total)
print(s.find('z\U0001f630'), s.rfind('a'), s.count('\U0001f600'), s.index(chr(0x1f631), 123456))
print(ascii(s[::50000]), ascii(s[-1:-20:-7]), len(s[1000:-1000]))
parts = s.split('a')
print(len(parts), len(max(parts, key=len)), ascii(parts[1][:3]))
print(sum(1 for c in s if c > '\uffff'), s.upper().count('Z'), hash(s) == hash(s[:100000] + s[100000:]))
t = 'x' * 100 + '\U0001f600' + 'y' * 100
print(t.index('y'), t[100] == '\U0001f600', t[101], len(t.encode('utf-16-le')), t.encode('utf-8')[98:106])
