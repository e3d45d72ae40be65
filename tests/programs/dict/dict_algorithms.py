"""Dict-centred algorithms: word frequencies, grouping, inversion, memoization, nested counting and merging configurations."""

text = '''the cat sat on the mat the dog sat on the log and the cat saw the dog'''
freq = {}
for word in text.split():
    freq[word] = freq.get(word, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5], len(freq))

by_len = {}
for word in sorted(set(text.split())):
    by_len.setdefault(len(word), []).append(word)
print(by_len)

inverted = {}
for k, v in freq.items():
    inverted.setdefault(v, []).append(k)
print({k: sorted(v) for k, v in sorted(inverted.items())})

memo = {}
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    if (r, c) not in memo:
        memo[r, c] = paths(r - 1, c) + paths(r, c - 1)
    return memo[r, c]
print(paths(10, 10), paths(16, 16), len(memo))

def deep_merge(a, b):
    out = dict(a)
    for k, v in b.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = deep_merge(out[k], v)
        else:
            out[k] = v
    return out
defaults = {'db': {'host': 'localhost', 'port': 5432, 'opts': {'ssl': False}}, 'debug': False}
override = {'db': {'port': 6543, 'opts': {'ssl': True, 'timeout': 5}}, 'debug': True, 'extra': [1]}
print(deep_merge(defaults, override))

graph = {'a': ['b', 'c'], 'b': ['d'], 'c': ['d', 'e'], 'd': ['f'], 'e': ['f'], 'f': []}
indegree = {n: 0 for n in graph}
for targets in graph.values():
    for t in targets:
        indegree[t] += 1
ready = [n for n, d in indegree.items() if d == 0]
order = []
while ready:
    n = ready.pop(0)
    order.append(n)
    for t in graph[n]:
        indegree[t] -= 1
        if indegree[t] == 0:
            ready.append(t)
print(order)
print(dict(sorted({'b': 2, 'a': 3, 'c': 1}.items(), key=lambda kv: kv[1])), {v: k for k, v in {'x': 1, 'y': 2}.items()}, dict(zip('ab', 'cd')))
