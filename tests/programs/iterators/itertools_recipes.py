"""itertools-based recipes: take, nth, all_equal, quantify, grouper, roundrobin, partition, unique_everseen, powerset, sliding windows."""

import itertools as it
import collections
import operator

def take(n, iterable):
    return list(it.islice(iterable, n))
def nth(iterable, n, default=None):
    return next(it.islice(iterable, n, None), default)
def all_equal(iterable):
    g = it.groupby(iterable)
    return next(g, True) and not next(g, False)
def quantify(iterable, pred=bool):
    return sum(map(pred, iterable))
def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return it.zip_longest(*args, fillvalue=fillvalue)
def roundrobin(*iterables):
    nexts = it.cycle(iter(i).__next__ for i in iterables)
    num_active = len(iterables)
    while num_active:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            num_active -= 1
            nexts = it.cycle(it.islice(nexts, num_active))
def partition(pred, iterable):
    t1, t2 = it.tee(iterable)
    return list(it.filterfalse(pred, t1)), list(filter(pred, t2))
def unique_everseen(iterable, key=None):
    seen = set()
    for element in iterable:
        k = element if key is None else key(element)
        if k not in seen:
            seen.add(k)
            yield element
def powerset(iterable):
    s = list(iterable)
    return it.chain.from_iterable(it.combinations(s, r) for r in range(len(s) + 1))
def sliding_window(iterable, n):
    iterator = iter(iterable)
    window = collections.deque(it.islice(iterator, n - 1), maxlen=n)
    for x in iterator:
        window.append(x)
        yield tuple(window)
def flatten(list_of_lists):
    return it.chain.from_iterable(list_of_lists)

print(take(3, it.count(10)), nth(range(10), 3), nth('abc', 10, 'dflt'), all_equal('aaa'), all_equal('aab'), all_equal(''))
print(quantify([1, 0, 2, None, 3]), quantify(range(10), lambda x: x % 3 == 0), list(grouper('ABCDEFG', 3, 'x')))
print(list(roundrobin('ABC', 'D', 'EF')), partition(lambda x: x % 2, range(10)), list(unique_everseen('AAAABBBCCDAABBB')))
print(list(unique_everseen('ABBcCAD', str.lower)), list(powerset([1, 2, 3])), list(sliding_window('ABCDE', 3)), list(flatten([[1, 2], [3]])))
print(list(it.starmap(operator.mul, zip([1, 2, 3], [4, 5, 6]))), list(it.accumulate(range(1, 6), operator.mul)), list(it.compress(range(6), it.cycle([1, 0]))))
print(sum(1 for _ in it.combinations(range(10), 4)), list(it.islice(it.permutations('abcd'), 5, 8)), max(it.product(range(3), repeat=2), key=sum))
