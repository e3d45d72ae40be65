"""Recursion patterns: tree recursion with memoization, backtracking (n-queens, subsets), mutual recursion parsers, and recursion on nested data."""

def queens(n):
    solutions = []
    def place(row, cols, diag1, diag2, board):
        if row == n:
            solutions.append(board[:])
            return
        for c in range(n):
            if c in cols or row - c in diag1 or row + c in diag2:
                continue
            board.append(c)
            place(row + 1, cols | {c}, diag1 | {row - c}, diag2 | {row + c}, board)
            board.pop()
    place(0, frozenset(), frozenset(), frozenset(), [])
    return solutions
print([len(queens(n)) for n in range(1, 9)], queens(4), queens(6)[0])

def subsets_summing_to(nums, target):
    out = []
    def go(i, chosen, total):
        if total == target:
            out.append(chosen[:])
        if i == len(nums) or total >= target:
            return
        for j in range(i, len(nums)):
            chosen.append(nums[j])
            go(j + 1, chosen, total + nums[j])
            chosen.pop()
    go(0, [], 0)
    return out
print(subsets_summing_to([1, 2, 3, 4, 5, 6], 7))

def parse_expr(tokens, pos=0):
    value, pos = parse_term(tokens, pos)
    while pos < len(tokens) and tokens[pos] in '+-':
        op = tokens[pos]
        rhs, pos = parse_term(tokens, pos + 1)
        value = value + rhs if op == '+' else value - rhs
    return value, pos
def parse_term(tokens, pos):
    value, pos = parse_atom(tokens, pos)
    while pos < len(tokens) and tokens[pos] in '*/':
        op = tokens[pos]
        rhs, pos = parse_atom(tokens, pos + 1)
        value = value * rhs if op == '*' else value // rhs
    return value, pos
def parse_atom(tokens, pos):
    if tokens[pos] == '(':
        value, pos = parse_expr(tokens, pos + 1)
        return value, pos + 1
    return int(tokens[pos]), pos + 1
import re
for text in ['1 + 2 * 3', '(1 + 2) * 3', '2 * (3 + 4) * 5 - 10 / 2', '((7))']:
    print(text, '=', parse_expr(re.findall(r'\d+|[-+*/()]', text))[0])

def depth_sum(data, depth=1):
    return sum(depth_sum(x, depth + 1) if isinstance(x, list) else x * depth for x in data)
print(depth_sum([1, [4, [6]], 2]), depth_sum([]), depth_sum([[[[1]]]]))
