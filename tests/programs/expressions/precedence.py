"""Operator precedence and associativity across all Python operators."""

print(2 + 3 * 4, (2 + 3) * 4)
print(2 ** 3 ** 2, (2 ** 3) ** 2)          # ** is right associative
print(-2 ** 2, (-2) ** 2, 2 ** -1)          # unary minus binds looser than **
print(-3 // 2, -(3 // 2), 7 - 3 - 2, 100 / 10 / 5)
print(10 - -3, - - 4, + - + 5, ~~7, ~-1, -~1)
print(1 + 2 << 3, 1 + (2 << 3))             # + binds tighter than <<
print(1 << 2 + 1, 256 >> 2 >> 1)
print(6 & 3 | 8, 6 & (3 | 8))               # & before |
print(5 ^ 3 & 1, (5 ^ 3) & 1)               # & before ^
print(1 | 2 ^ 3, (1 | 2) ^ 3)               # ^ before |
print(3 | 4 == 7, (3 | 4) == 7)             # comparisons after |
print(not 1 == 2, (not 1) == 2)
print(not True and False, not (True and False))
print(True or False and False, (True or False) and False)
print(1 if True else 2 if False else 3)
print((lambda: 1 if False else 2)())
print(2 * 3 % 4, 2 * (3 % 4), 17 % 5 * 3, 17 // 4 * 4 + 17 % 4)
print(-7 % 3, -(7 % 3), 2 ** 2 ** -1)
print('a' + 'b' * 3, ('a' + 'b') * 3)
print([1, 2] + [3] * 2)
print(3 - 2 in [1], 3 - (2 in [1]))
print(not 5 in [5], (not 5) in [5])
print(1 < 2 == 2 > 1, (1 < 2) == (2 > 1))
print(2 * -3 ** 2, 2 ** -3 ** 2 == 2 ** (-(3 ** 2)))
x = 5
print(x if x > 3 else -x, -x if x < 3 else x * 2)
print(x > 3 and 'yes' or 'no', x < 3 and 'yes' or 'no')
print([i for i in range(5) if i % 2 == 0 or i == 3])
print((y := 4) * 2, y)
d = {'k': [1, 2, {'n': (5, 6)}]}
print(d['k'][2]['n'][-1] ** 2 - 1)
print(-d['k'][0], ~d['k'][1] ** 2, (~d['k'][1]) ** 2)
print(not not [], not not [0])
print(1_000 * 2 + 0x10 - 0o10 + 0b10)
print(await_like := 3, (lambda a, b=2: a * b)(3) ** 2)
print(2 ** 3 * 2 == 16, 2 ** (3 * 2))
print(10 >> 1 + 1, (10 >> 1) + 1)
print(True + True * 2, (True + True) * 2)
print(~5 & 0xF, ~(5 & 0xF))
