"""while loops: else clause, break, continue, nested loops, conditions re-evaluated each time."""

i = 0
total = 0
while i < 10:
    i += 1
    if i % 2 == 0:
        continue
    total += i
else:
    print('loop finished normally, total =', total)

i = 0
while True:
    i += 1
    if i * i > 50:
        break
else:
    print('never printed')
print('broke at', i)

# else runs when condition is false initially
while False:
    print('no')
else:
    print('else of a never-entered loop')

# nested loops: break only exits the inner loop
found = []
a = 0
while a < 4:
    b = 0
    while b < 4:
        if b > a:
            break
        if (a + b) % 3 == 0:
            found.append((a, b))
        b += 1
    else:
        found.append(('inner finished', a))
    a += 1
print(found)

# condition re-evaluation with mutation
stack = [1, 2, 3, 4]
popped = []
while stack:
    popped.append(stack.pop())
print(popped, stack)

# continue inside try/finally
log = []
n = 0
while n < 3:
    n += 1
    try:
        if n == 2:
            continue
        log.append(('body', n))
    finally:
        log.append(('finally', n))
print(log)

# break inside try/finally runs the finally
log = []
while True:
    try:
        log.append('try')
        break
    finally:
        log.append('finally')
print(log)

# collatz sequence lengths
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print([collatz(k) for k in range(1, 20)])
print(collatz(27), collatz(97))

# while with walrus
data = iter([3, 1, 4, 1, 5, 9, 2, 6])
seen = []
while (v := next(data, None)) is not None and v != 9:
    seen.append(v)
print(seen, v)
