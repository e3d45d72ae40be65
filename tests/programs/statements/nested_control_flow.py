"""Deeply nested control flow: loops inside try inside loops, break/continue/return at each level, and flags vs else clauses."""

def search(grid, target):
    for r, row in enumerate(grid):
        for c, value in enumerate(row):
            if value == target:
                return (r, c)
    return None
grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(search(grid, 5), search(grid, 10))

def classify_all(numbers):
    out = []
    for n in numbers:
        if n < 0:
            out.append('neg')
            continue
        for d in range(2, int(n ** 0.5) + 1):
            if n % d == 0:
                out.append(f'{n}=composite')
                break
        else:
            out.append(f'{n}=prime' if n > 1 else f'{n}=unit')
    return out
print(classify_all([-3, 0, 1, 2, 9, 13, 25, 29]))

def state_machine(text):
    state, tokens, buf = 'start', [], ''
    for ch in text + ' ':
        while True:
            if state == 'start':
                if ch.isdigit():
                    state = 'number'
                    continue
                if ch.isalpha():
                    state = 'word'
                    continue
                break
            if state == 'number':
                if ch.isdigit():
                    buf += ch
                    break
                tokens.append(int(buf)); buf = ''; state = 'start'
                continue
            if state == 'word':
                if ch.isalnum():
                    buf += ch
                    break
                tokens.append(buf); buf = ''; state = 'start'
                continue
    return tokens
print(state_machine('abc 12 x9 77 end'))

count = 0
outer_done = False
for i in range(5):
    if outer_done:
        break
    j = 0
    while j < 5:
        j += 1
        if (i + j) % 3 == 0:
            continue
        count += 1
        if count > 8:
            outer_done = True
            break
print(count, i, j)

def nested_returns(x):
    try:
        for i in range(3):
            with open(__file__) as f:
                if i == x:
                    return f'returned at {i}'
    finally:
        print('  cleanup for', x)
    return 'loop finished'
print(nested_returns(1), nested_returns(5))
