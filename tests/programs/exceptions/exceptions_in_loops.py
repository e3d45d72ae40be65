"""Exceptions interacting with loops: continue/break inside except and finally, retry loops, else clauses, and accumulating errors."""

results = []
for value in ['1', 'x', '3', '', '5']:
    try:
        n = int(value)
    except ValueError:
        results.append(f'skip {value!r}')
        continue
    else:
        results.append(n)
    finally:
        results.append('.')
print(results)

attempts = 0
def flaky():
    global attempts
    attempts += 1
    if attempts < 3:
        raise ConnectionError(f'attempt {attempts} failed')
    return 'connected'
for attempt in range(5):
    try:
        status = flaky()
        break
    except ConnectionError as e:
        print('retrying after:', e)
else:
    status = 'gave up'
print(status, attempts)

errors = []
for i, item in enumerate([10, 0, 'a', 5, None]):
    try:
        errors.append(100 // item)
    except (ZeroDivisionError, TypeError) as e:
        errors.append(f'{i}: {type(e).__name__}')
print(errors)

def first_valid(items):
    for item in items:
        try:
            return int(item)
        except ValueError:
            pass
        finally:
            print('  checked', repr(item))
    return None
print(first_valid(['a', 'b', '7', '8']))

i = 0
while True:
    try:
        i += 1
        if i == 2:
            continue
        if i == 4:
            break
        print('body', i)
    finally:
        print('finally', i)

# exception raised inside a nested loop escapes both loops
try:
    for a in range(3):
        for b in range(3):
            if a * b == 2:
                raise StopIteration(f'found {a},{b}')
except StopIteration as e:
    print(e)
