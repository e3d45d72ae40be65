"""Equality/ordering protocol corner cases: __eq__ with different types, reflected __eq__, __ne__ overrides, sorting mixed objects via keys."""

class Money:
    def __init__(self, cents, currency='EUR'):
        self.cents, self.currency = cents, currency
    def __eq__(self, other):
        if isinstance(other, Money):
            return (self.cents, self.currency) == (other.cents, other.currency)
        if isinstance(other, int):
            return self.cents == other
        return NotImplemented
    def __hash__(self):
        return hash((self.cents, self.currency))
    def __lt__(self, other):
        if not isinstance(other, Money) or other.currency != self.currency:
            return NotImplemented
        return self.cents < other.cents
    def __repr__(self):
        return f'{self.cents / 100:.2f} {self.currency}'

a, b = Money(150), Money(150)
print(a == b, a != b, a == 150, 150 == a, a != 151, a == 'x', a == Money(150, 'USD'), a in [Money(150)], {a: 1}[b])
print(sorted([Money(300), Money(100), Money(200)]), max(Money(5), Money(7)), Money(1) > Money(0))
try:
    Money(1) < Money(2, 'USD')
except TypeError as e:
    print(type(e).__name__, e)

class Reflector:
    def __eq__(self, other):
        print('  Reflector.__eq__ called with', type(other).__name__)
        return True
print(1 == Reflector(), 'x' == Reflector(), [1] == Reflector(), None == Reflector())

class OnlyNe:
    def __ne__(self, other):
        return 'custom ne'
print(OnlyNe() != 1, OnlyNe() == OnlyNe(), (x := OnlyNe()) == x)

class CountingEq:
    calls = 0
    def __init__(self, v): self.v = v
    def __eq__(self, other):
        CountingEq.calls += 1
        return self.v == getattr(other, 'v', None)
    __hash__ = object.__hash__
items = [CountingEq(i) for i in range(5)]
target = CountingEq(3)
print(target in items, CountingEq.calls, items.count(target), items.index(target))
