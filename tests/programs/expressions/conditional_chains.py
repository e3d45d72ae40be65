"""Nested and chained conditional expressions, with short-circuit side effects and interplay with lambda/comprehensions/walrus."""

def grade(score):
    return 'A' if score >= 90 else 'B' if score >= 80 else 'C' if score >= 70 else 'F'
print([grade(s) for s in [95, 85, 75, 65, 90, 80]])
calls = []
def check(label, result):
    calls.append(label)
    return result
value = check('a', 1) if check('cond1', False) else check('b', 2) if check('cond2', True) else check('c', 3)
print(value, calls)
sign = lambda n: 'positive' if n > 0 else ('zero' if n == 0 else 'negative')
print([sign(n) for n in (-1, 0, 1)])
print([x if x % 2 else -x for x in range(5)], [y for x in range(6) if (y := x * x) % 2 == 0 if y > 0])
a, b = 3, 7
print(a if a > b else b, (a, b)[a < b], {True: 'yes', False: 'no'}[a < b], max(a, b) if a != b else None)
print((lambda: 'first')() if not [] else (lambda: 'second')(), 'x' if '' else 'y' if None else 'z')
