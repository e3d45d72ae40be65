"""and / or / not: return values, short-circuit evaluation, and __bool__/__len__ use."""

print(1 and 2, 0 and 2, 1 or 2, 0 or 2, '' or [] or 'last', 'a' and 'b' and 'c')
print(None and 1, None or 0, [] and 1, [0] and 'x', not [], not [0], not None)
print(0 or None, (0 or None) is None, 1 and 0.0, repr('' and 1))

log = []
def t(v):
    log.append(v)
    return v

result = t(0) and t(1)
print(result, log); log.clear()
result = t(1) and t(0) and t(2)
print(result, log); log.clear()
result = t(0) or t('') or t([]) or t('x') or t('never')
print(result, log); log.clear()
result = t(1) or t(2)
print(result, log); log.clear()
result = (t(0) or t(3)) and (t(4) or t(5))
print(result, log); log.clear()

class B:
    def __init__(self, name, val): self.name, self.val = name, val
    def __bool__(self):
        log.append(f'bool({self.name})')
        return self.val
    def __repr__(self): return self.name

x = B('x', False)
y = B('y', True)
print(x or y, log); log.clear()
print(x and y, log); log.clear()
print(not y, log); log.clear()
if x or y:
    print('if used', log); log.clear()

# __len__ fallback
class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
print(not L(0), not L(2), L(0) or 'fallback')
# neither __bool__ nor __len__: always true
class Nothing: pass
print(bool(Nothing()), not Nothing())

# __bool__ = None makes instances unusable in boolean contexts
class NoBool:
    __bool__ = None
try:
    not NoBool()
except TypeError as e:
    print(type(e).__name__, e)

# bool results of comparisons are real bools
print(type(1 < 2).__name__, type(not 1).__name__, type(1 and True).__name__)
print(all([]), any([]), True is (not False))
