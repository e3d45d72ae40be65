"""Which builtins consume iterators and how much: partial consumption by in/any/next/zip/dict, and re-use of partially consumed iterators."""

def numbers():
    for i in range(10):
        yield i

it = numbers()
print(3 in it, next(it), list(it))
it = numbers()
print(any(x > 4 for x in it), next(it))
it = numbers()
print(list(zip(it, 'ab')), next(it))
it = numbers()
print(dict(zip(it, it)))
it = numbers()
print(min(it), list(it))
it = numbers()
a, b, *rest = it
print(a, b, rest, list(it))
it = numbers()
print(sorted(it, reverse=True)[:3], list(it))
it = iter(range(10))
print(list(enumerate(it, 100))[:2], list(it))
it = iter('abcdef')
pairs = list(zip(it, it))
print(pairs)
it = iter([1, 2, 3])
print(sum(it), sum(it))
it = iter('xyz')
print(''.join(it), ''.join(it) == '')
it = iter(range(5))
for x in it:
    if x == 1:
        print('skipping', next(it))
    print('loop sees', x)
