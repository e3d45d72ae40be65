"""Integer floor division and modulo with all sign combinations, divmod, and zero-division errors."""

values = [0, 1, 2, 3, 7, 10, -1, -3, -7, -10, 2 ** 64 + 3, -(2 ** 64 + 3)]
divisors = [1, 2, 3, -1, -2, -3, 7, -7, 2 ** 32, -(2 ** 32)]
for a in values:
    row = []
    for b in divisors:
        q, r = a // b, a % b
        assert divmod(a, b) == (q, r) and q * b + r == a
        row.append(f'{q},{r}')
    print(f'{a:>22}:', ' '.join(row))

# sign of the remainder follows the divisor
print([(-7) % d for d in (1, 2, 3, 4, 5)], [7 % -d for d in (1, 2, 3, 4, 5)])
# rounding toward negative infinity, not toward zero
print(-7 // 2, int(-7 / 2), -(7 // 2), 7 // -2, -1 // 10, 1 // -10)

# bool operands
print(True // 1, True % 2, divmod(True, True), 10 // True)

for expr in ['1 // 0', '1 % 0', 'divmod(1, 0)', '0 // 0', '(2**100) % 0', 'divmod(-5, False)']:
    try:
        eval(expr)
    except ZeroDivisionError as e:
        print(expr, '->', type(e).__name__, e)

# augmented forms
x = -17
x //= 5
y = -17
y %= 5
print(x, y)
