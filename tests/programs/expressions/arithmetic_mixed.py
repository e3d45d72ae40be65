"""Arithmetic between int, bool, float and complex: result types, coercion, and division semantics."""

vals = [7, -7, True, 2.5, -0.5, 3 + 4j]
ops = ['+', '-', '*', '/', '//', '%', '**']
for a in [7, -7, True, 2.5]:
    for b in [2, -2, 0.5, True]:
        row = []
        for op in ops:
            try:
                r = eval(f'a {op} b')
                row.append(f'{r!r}:{type(r).__name__}')
            except Exception as e:
                row.append(type(e).__name__)
        print(f'{a!r:>5} {b!r:>5}', ' '.join(row))

# complex arithmetic
z = 3 + 4j
print(z + 1, z - 1.5, z * 2, z / 2, z * z, z ** 2, abs(z), -z, +z)
for op in ['//', '%']:
    try:
        eval(f'z {op} 2')
    except TypeError as e:
        print(type(e).__name__, e)

# bool arithmetic yields ints
print(True + True, True * 10, True / 2, -True, ~True, True - False, type(True + False).__name__)

# true division always yields float for ints
print(4 / 2, type(4 / 2).__name__, 1 / 3, -1 / 3, 10**20 / 10**10)

# floor division and modulo signs follow the divisor
for a, b in [(7, 3), (-7, 3), (7, -3), (-7, -3), (7.5, 2), (-7.5, 2), (7.5, -2)]:
    print(a, b, a // b, a % b, divmod(a, b), (a // b) * b + a % b == a)

# zero division in every form
for expr in ['1 / 0', '1 // 0', '1 % 0', '1.0 / 0', '1.0 // 0.0', '1 % 0.0', 'divmod(1, 0)', '(1+1j) / 0', '0 ** -1', '0.0 ** -1']:
    try:
        eval(expr)
    except ZeroDivisionError as e:
        print(expr, '->', type(e).__name__, e)

# power edge cases
print(0 ** 0, 0.0 ** 0, 2 ** -2, (-8) ** (1/3), (-2) ** 2, (-2) ** 3, 4 ** 0.5, (-1) ** 0.5)
print(10 ** 30, 10.0 ** 30, 2 ** 0.5, pow(2, 10), pow(-2, 3), 1 ** float('inf'))

# unsupported operand errors
for expr in ["1 + 'a'", "'a' - 'b'", "[1] * [2]", "None + 1", "{} | []", "1 @ 2", "'a' ** 2", "-'a'", "~1.5", "+[]"]:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, '->', type(e).__name__, e)
