"""Comparisons between floats and ints (exact, even for huge ints), NaN behaviour in containers, min/max, sorting."""

nan = float('nan')
inf = float('inf')
print(1 == 1.0, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53, 10 ** 30 == 1e30, int(1e30))
print(10 ** 400 > inf, 10 ** 400 < inf, -(10 ** 400) > -inf, 10 ** 400 == inf)
print(0.1 < 1 / 9 * 0.9 + 0.0000001, 1e-320 > 0, -0.0 < 0.0, -0.0 == 0, 0.5 == 1 / 2)
big = 2 ** 1024
print(big > 1.7976931348623157e308, big - 1 > 1.7976931348623157e308, 2 ** 1023 == 2.0 ** 1023, (2 ** 1023) + 1 > 2.0 ** 1023)

# NaN in containers: identity shortcut
lst = [nan, 1.0]
print(nan in lst, float('nan') in lst, lst.count(nan), lst.index(nan), [nan] == [nan], (nan,) == (float('nan'),))
d = {nan: 'first'}
d[nan] = 'same object'
d[float('nan')] = 'different object'
print(len(d), sorted(d.values()))
print(len({nan, nan, float('nan')}))

# min/max/sorted with NaN are order dependent
print(max([1.0, nan, 3.0]), max([nan, 1.0, 3.0]), min([3.0, nan]), sorted([3.0, nan, 1.0, 2.0]))
print(sorted([2.5, -1, 3, 0.0, -0.0, 1e-300, -inf, inf, 2]))

# hash equality across numeric types
print(hash(1.0) == hash(1), hash(-0.0) == hash(0), hash(2.5), hash(inf), hash(-inf), hash(1e100) == hash(int(1e100)))
print({1: 'int', 1.0: 'float'}, {0.0, -0.0, 0})

# math.isclose and tolerance comparisons
import math
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1e-10, 0), math.isclose(1e-10, 0, abs_tol=1e-9), math.isclose(inf, inf), math.isclose(nan, nan))
print(math.isnan(nan), math.isinf(-inf), math.isfinite(1e308), math.isfinite(nan))
