"""Sets in algorithms: graph reachability, connected components, Jaccard similarity, finding duplicates; results sorted for display."""

edges = [(1, 2), (2, 3), (4, 5), (6, 6), (7, 8), (8, 9), (9, 7), (3, 1)]
adj = {}
for a, b in edges:
    adj.setdefault(a, set()).add(b)
    adj.setdefault(b, set()).add(a)
seen = set()
components = []
for node in sorted(adj):
    if node in seen:
        continue
    comp, frontier = set(), {node}
    while frontier:
        n = frontier.pop()
        comp.add(n)
        frontier |= adj[n] - comp
    seen |= comp
    components.append(sorted(comp))
print(components)

def jaccard(a, b):
    a, b = set(a), set(b)
    return len(a & b) / len(a | b) if a | b else 1.0
print(jaccard('night', 'nacht'), jaccard([1, 2, 3], [2, 3, 4]), jaccard([], []))

words = 'one two three two four one five'.split()
dups = {w for w in words if words.count(w) > 1}
print(sorted(dups), sorted(set(words) - dups), len(set(words)))

primes = set(range(2, 60))
for i in range(2, 8):
    primes -= set(range(i * i, 60, i))
print(sorted(primes))
a, b, c = {1, 2, 3, 4}, {3, 4, 5}, {4, 5, 6}
print(sorted(a & b & c), sorted(a | b | c), sorted((a | b) - c), sorted(a ^ b ^ c), a.isdisjoint(c - b), sorted(set.intersection(a, b, c)), sorted(set.union(*[a, b])))
print({1, 2} < {1, 2, 3} < {1, 2, 3, 4}, {frozenset({1}), frozenset({1})} == {frozenset([1])}, sorted(map(sorted, {frozenset('ab'), frozenset('ba'), frozenset('c')})))
