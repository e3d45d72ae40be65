"""str operators and builtins: +, *, in, comparisons, len, min/max, sorted, iteration, hash equality and str()."""

a, b = 'abc', 'abd'
print(a + b, a * 3, 3 * a, a * 0, a * -1, repr(a * False), (a + b) * 2)
print('b' in a, 'bc' in a, '' in a, 'cb' in a, 'ABC' not in a)
print(a < b, a <= a, 'B' < 'a', 'abc' < 'abcd', '' < 'a', 'Z' > 'A', 'é' > 'z', a == 'abc', a != 'ABC')
print(len(''), len('hello'), len('😀😀'), min('hello'), max('hello'), sorted('hello'), sorted('hello', reverse=True))
print(list('abc'), tuple('ab'), set('aab') == {'a', 'b'}, dict.fromkeys('ab'), list(enumerate('xy')), list(reversed('abc')))
print([c * 2 for c in 'xyz'], ''.join(sorted('banana')), 'banana'.count('a'), sum(map(ord, 'abc')))
print(hash('abc') == hash('ab' + 'c'), 'abc' == ''.join(['a', 'b', 'c']), {'abc': 1}['ab' + 'c'])

# str() of many objects
print(str(), str(42), str(-0.0), str(1e100), str([1, 'a']), str(None), str(True), str(b'x'), str(str), str(1j), str((1,)))
print(str(object=5), str('already'), type(str(5)).__name__)

# repetition with big counts
print(len('ab' * 1000), ('x' * 5).count('x'), ('' * 10**9) == '')
try:
    'a' * (2**63)
except (OverflowError, MemoryError) as e:
    print(type(e).__name__, e)
try:
    'a' * 1.0
except TypeError as e:
    print(type(e).__name__, e)

# strings are immutable
s = 'hello'
t = s
s += ' world'
print(s, t)
for action in ["s[0] = 'H'", "del s[0]", "s.append('x')"]:
    try:
        exec(action)
    except (TypeError, AttributeError) as e:
        print(action, '->', type(e).__name__, e)

# comparisons with other types
print('1' == 1, 'a' != b'a', 'abc' == ['a', 'b', 'c'])
try:
    'a' < 1
except TypeError as e:
    print(type(e).__name__, e)
