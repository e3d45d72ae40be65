"""Idiomatic comprehension patterns: flattening, transposition, filtering with functions, dict inversion, set of tuples, conditional mapping."""

words = ['apple', 'Banana', 'cherry', 'date', 'Elderberry', 'fig']
print([w.lower() for w in words if len(w) > 4], {w[0].lower(): w for w in words}, {len(w) for w in words})
matrix = [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]
print([x for row in matrix for x in row if x % 2 == 0], [[row[i] for row in matrix] for i in range(4)], [sum(col) for col in zip(*matrix)])
print({k: v for k, v in zip('abc', [1, 2, 3]) if v != 2}, {v: k for k, v in {'a': 1, 'b': 2}.items()}, dict.fromkeys((w[0] for w in words), 0))
print([(i, j) for i in range(4) for j in range(i + 1, 4)], {(min(a, b), max(a, b)) for a in range(3) for b in range(3) if a != b})
print(['even' if n % 2 == 0 else 'odd' for n in range(5)], [n for n in range(30) if all(n % d for d in range(2, n)) and n > 1])
print(sum(x * x for x in range(10)), max((len(w), w) for w in words), next((w for w in words if w.startswith('c')), None), any(w.isupper() for w in words))
nested = {'a': {'x': 1, 'y': 2}, 'b': {'x': 3}}
print({(outer, inner): v for outer, d in nested.items() for inner, v in d.items()}, [k for k, d in nested.items() if 'y' in d])
grid = [[(r, c) for c in range(3)] for r in range(2)]
print(grid, [cell for row in grid for cell in row if sum(cell) == 2])
print({c: 'aeiou'.count(c) for c in 'banana'}, sorted({c for c in 'mississippi'}), [list(range(n)) for n in range(4)])
