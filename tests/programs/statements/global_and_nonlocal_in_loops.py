"""global and nonlocal interacting with loops, comprehensions, exception handlers and nested functions that run many times."""

total = 0
def add_all(values):
    global total
    for v in values:
        total += v
    return total
print(add_all([1, 2, 3]), add_all([10]), total)

def make_tally():
    counts = {}
    hits = 0
    def record(items):
        nonlocal hits
        for item in items:
            hits += 1
            counts[item] = counts.get(item, 0) + 1
        return hits
    def snapshot():
        return hits, dict(sorted(counts.items()))
    return record, snapshot
record, snapshot = make_tally()
record('abca')
record('bb')
print(snapshot())

def errors_counter(values):
    failures = 0
    def convert(v):
        nonlocal failures
        try:
            return int(v)
        except ValueError:
            failures += 1
            return None
    converted = [convert(v) for v in values]
    return converted, failures
print(errors_counter(['1', 'x', '3', 'y', 'z']))

log = []
def outer():
    state = 'initial'
    def set_state(s):
        nonlocal state
        state = s
    for s in ['a', 'b', 'c']:
        set_state(s)
        log.append(state)
    return state
print(outer(), log)

counter = 0
def bump_global_in_comprehension():
    global counter
    return [counter := counter + 1 for _ in range(3)]
print(bump_global_in_comprehension(), counter)
