"""Truth testing in every context: if/while/and/or/not/assert/comprehension filters/any/all/filter, with __bool__ and __len__ counts."""

class Probe:
    calls = 0
    def __init__(self, value): self.value = value
    def __bool__(self):
        Probe.calls += 1
        return self.value

p_true, p_false = Probe(True), Probe(False)
if p_true: pass
while p_false: pass
x = p_true and p_false
y = p_false or p_true
z = not p_true
assert p_true
r = [1 for _ in range(3) if p_true]
a = any([p_false, p_true, p_false])
b = all([p_true, p_false, p_true])
f = list(filter(None, [p_true, p_false]))
t = 'yes' if p_false else 'no'
print(Probe.calls, x is p_false, y is p_true, z, len(r), a, b, len(f), t)

class LenOnly:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
print([bool(LenOnly(n)) for n in (0, 1, 5)], [not LenOnly(n) for n in (0, 3)], 'yes' if LenOnly(2) else 'no')

class Both:
    def __bool__(self): return False
    def __len__(self): return 10
print(bool(Both()), not Both(), len(Both()))

# bool() of numbers at their edges
print(bool(1e-320), bool(-0.0), bool(0j), bool(complex(0, -0.0)), bool(2 ** 100), bool(-1), bool(float('inf')))
# bool results are the singletons
print(bool(1) is True, bool([]) is False, (not not 'x') is True, type(bool(Both())).__name__)
