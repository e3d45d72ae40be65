"""bytes construction, literals, indexing, slicing, iteration, repr, operators and comparison."""

print(bytes(), bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes(b'abc'), bytes(bytearray(b'xy')), bytes(memoryview(b'mv')))
print(bytes('héllo', 'utf-8'), bytes('hi', encoding='ascii'), bytes(iter([1, 2])), bytes((x for x in [255, 0])))
print(b'literal', b"dq", b'\x00\xff\n\t\\', rb'\x00', b'a' b'b', B'upper prefix', len(b'\x00\x01'))
b = b'hello world'
print(b[0], b[-1], b[0:5], b[::-1], b[::2], b[100:], type(b[0]).__name__, type(b[:1]).__name__)
print(list(b'abc'), [c for c in b'\x00\x7f\x80\xff'], bytes(reversed(b'abc')))
print(b + b'!', b * 2, 2 * b'ab', b'ab' * 0, b'o' in b, 111 in b, b'xyz' in b, b'' in b)
print(b'abc' < b'abd', b'abc' < b'abcd', b'' < b'\x00', b'\xff' > b'\x7f', b'a' == bytearray(b'a'), b'a' != 'a')
print(len(b), min(b'hello'), max(b'hello'), sum(b'\x01\x02'), sorted(b'cab'), hash(b'abc') == hash(bytes(b'abc')))

# repr choices
for v in [b'', b"'", b'"', b'\'"', b'\r\n\t', b'\x7f\x80', bytes(range(32, 40)), b'\\']:
    print(repr(v), str(v))

# __bytes__ protocol
class B:
    def __bytes__(self): return b'custom'
print(bytes(B()))
class BadBytes:
    def __bytes__(self): return 'str'
try:
    bytes(BadBytes())
except TypeError as e:
    print(type(e).__name__, e)

# immutability and errors
for src in ["b[0] = 1", "del b[0]", "bytes([256])", "bytes([-1])", "bytes('x')", "bytes(-1)", "bytes(1.5)", "b'a' + 'b'",
            "b'a' + 1", "b[20]", "b'abc'['a']", "bytes(['a'])", "bytes('x', 'no-codec')", "bytes(b'x', 'utf-8')", "ord(b'ab')",
            "b'\\xff'.decode()", "bytes(2**64)"]:
    try:
        exec(src)
        print(src, '-> ok')
    except Exception as e:
        print(src, '->', type(e).__name__, e)

# bytes literal with non-ASCII is a syntax error
try:
    compile("b'é'", '<b>', 'eval')
except SyntaxError as e:
    print('SyntaxError:', e.msg)
