"""Generator pipelines: lazy composition, interleaving of stages, sentinel-driven loops, itertools-style helpers."""

trace = []

def source(n):
    for i in range(n):
        trace.append(f'src {i}')
        yield i

def square(xs):
    for x in xs:
        trace.append(f'sq {x}')
        yield x * x

def evens(xs):
    for x in xs:
        if x % 2 == 0:
            trace.append(f'even {x}')
            yield x

pipeline = evens(square(source(5)))
print(trace)
print(next(pipeline), trace)
trace.clear()
print(list(pipeline), trace)

# generator expressions in pipelines
words = ['alpha', 'beta', 'gamma', 'delta', 'epsilon']
lengths = (len(w) for w in words)
long_ones = (n for n in lengths if n > 4)
print(sum(long_ones), max(len(w) for w in words), any(w.startswith('g') for w in words))

# a sliding window generator
def window(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) > size:
            buf.pop(0)
        if len(buf) == size:
            yield tuple(buf)
print(list(window(range(6), 3)))

# chunking
def chunks(seq, n):
    it = iter(seq)
    while True:
        chunk = []
        for _ in range(n):
            try:
                chunk.append(next(it))
            except StopIteration:
                if chunk:
                    yield chunk
                return
        yield chunk
print(list(chunks('abcdefgh', 3)), list(chunks([], 2)))

# round-robin interleaving of several generators
def roundrobin(*gens):
    gens = [iter(g) for g in gens]
    while gens:
        for g in list(gens):
            try:
                yield next(g)
            except StopIteration:
                gens.remove(g)
print(list(roundrobin('ABC', 'de', 'fghi')))

# generator of generators
def groups():
    for k in range(3):
        yield (k * 10 + j for j in range(k + 1))
print([list(g) for g in groups()])

# the primes sieve
def primes():
    composites = {}
    n = 2
    while True:
        if n not in composites:
            yield n
            composites[n * n] = [n]
        else:
            for p in composites.pop(n):
                composites.setdefault(n + p, []).append(p)
        n += 1
gen = primes()
print([next(gen) for _ in range(25)])

# tee-like duplication
import itertools
a, b = itertools.tee(x * 3 for x in range(4))
print(list(a), list(b))
