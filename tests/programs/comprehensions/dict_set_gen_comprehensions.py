"""Dict and set comprehensions and generator expressions: duplicate keys, key evaluation order, nesting, walrus."""

words = ['apple', 'bob', 'kayak', 'level', 'python', 'apple']
print({w: len(w) for w in words}, sorted({w for w in words if w == w[::-1]}), {len(w) for w in words})
print({k: v for k, v in zip('abc', range(3))}, {v: k for k, v in {'a': 1, 'b': 1}.items()}, {i % 3: i for i in range(10)})
print({(x, y): x * y for x in range(2) for y in range(2)}, {frozenset({i, -i}) for i in range(3)} == {frozenset({0}), frozenset({1, -1}), frozenset({2, -2})})

log = []
def t(label, value):
    log.append(label)
    return value
{t(f'k{i}', i): t(f'v{i}', i * 2) for i in range(2)}
print(log)
log.clear()

# generator expressions
g = (n * n for n in range(5))
print(type(g).__name__, sum(g), sum(g), list(n for n in 'ab'), max(len(w) for w in words), sorted((w for w in set(words)), key=len)[:2])
print(tuple(i for i in range(3)), dict((i, str(i)) for i in range(2)), ''.join(str(i) for i in range(5)), frozenset(c for c in 'aab') == frozenset('ab'))

# generator expression as the sole argument doesn't need extra parentheses
print(sum(x for x in range(4)), any(w.startswith('k') for w in words))
try:
    compile('f(x for x in y, 1)', '<src>', 'eval')
except SyntaxError as e:
    print('SyntaxError:', e.msg)

# walrus inside comprehensions
values = [3, 8, 1, 9]
print([y for v in values if (y := v * 2) > 5], y)
running = 0
print([(running := running + v) for v in values], running)

# nested generator expressions
print(list((a, b) for a in range(3) for b in (x for x in range(a))))

# unhashable keys fail
try:
    {[i]: i for i in range(2)}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {[i] for i in range(2)}
except TypeError as e:
    print(type(e).__name__, e)
