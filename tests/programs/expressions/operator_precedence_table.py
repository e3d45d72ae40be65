"""A table of expressions evaluated with explicit parentheses vs without, demonstrating every precedence level relation pairwise."""

cases = [
    ('2 + 3 * 4', '2 + (3 * 4)'), ('2 * 3 ** 2', '2 * (3 ** 2)'), ('-2 ** 2', '-(2 ** 2)'), ('2 ** -1', '2 ** (-1)'),
    ('1 + 2 << 1', '(1 + 2) << 1'), ('1 << 2 & 7', '(1 << 2) & 7'), ('6 & 3 ^ 1', '(6 & 3) ^ 1'), ('6 ^ 3 | 8', '(6 ^ 3) | 8'),
    ('1 | 2 == 3', '(1 | 2) == 3'), ('1 == 1 in [True]', '(1 == 1) and (1 in [True])'), ('not 1 == 2', 'not (1 == 2)'),
    ('not 0 and 0', '(not 0) and 0'), ('0 and 1 or 2', '(0 and 1) or 2'), ('1 or 2 and 0', '1 or (2 and 0)'),
    ('1 if 0 else 2 or 3', '1 if 0 else (2 or 3)'), ('lambda: 1 if 0 else 2', 'lambda: (1 if 0 else 2)'),
    ('~1 + 1', '(~1) + 1'), ('-3 % 2', '(-3) % 2'), ('2 * 3 // 4', '(2 * 3) // 4'), ('7 - 3 - 1', '(7 - 3) - 1'),
    ('2 ** 3 ** 2', '2 ** (3 ** 2)'), ('[1, 2][0] ** 2', '([1, 2][0]) ** 2'), ('-[1][0]', '-([1][0])'), ('3 > 2 > 1', '(3 > 2) and (2 > 1)'),
    ('"a" "b" * 2', '("a" "b") * 2'), ('(1, 2) + (3,) * 2', '(1, 2) + ((3,) * 2)'),
]
for plain, explicit in cases:
    pv, ev = eval(plain), eval(explicit)
    if callable(pv):
        pv, ev = pv(), ev()
    print(f'{plain:<22} = {pv!r:<8} | {explicit:<32} = {ev!r:<8} | {"same" if pv == ev else "DIFFERENT"}')
