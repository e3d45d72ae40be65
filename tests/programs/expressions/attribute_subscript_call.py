"""Primary expressions: attribute references, subscriptions, slicings, and calls with all argument forms."""

class Node:
    def __init__(self, val, children=()):
        self.val = val
        self.children = list(children)
    def child(self, i):
        return self.children[i]

tree = Node(1, [Node(2, [Node(4)]), Node(3)])
print(tree.children[0].children[0].val, tree.child(1).val, tree.child(0).child(0).val)
print(getattr(tree, 'val'), tree.__class__.__name__, Node.__name__, Node.child.__name__)

# subscripts of many types
s = 'abcdef'
print(s[0], s[-1], s[1:4], s[::-1], s[::2], s[10:], s[-100:2], s[4:1], s[4:1:-1])
lst = list(range(10))
print(lst[2:8:3], lst[-3:], lst[:-7], lst[slice(1, 5)], lst[slice(None, None, -3)])
d = {(1, 2): 'tuple', 'k': 'str', None: 'none', frozenset([1]): 'fs'}
print(d[1, 2], d['k'], d[None], d[frozenset({1})])

# __getitem__ receives slices and tuples
class Show:
    def __getitem__(self, key):
        return key
sh = Show()
print(sh[1], sh[1:2], sh[::], sh[1:2, 3], sh[..., 1], sh[:, None], sh[()], sh[1,])

# calls: positional, keyword, defaults, *args, **kwargs, keyword-only, positional-only
def f(a, b, /, c, d=4, *args, e, f=6, **kw):
    return (a, b, c, d, args, e, f, kw)
print(f(1, 2, 3, e=5))
print(f(1, 2, c=3, e=5, g=7))
print(f(1, 2, 3, 4, 5, 6, e=0, f=1, z=2))
print(f(*[1, 2, 3], **{'e': 'E', 'extra': True}))

for call in ["f(1, 2)", "f(1, 2, 3)", "f(a=1, b=2, c=3, e=4)", "f(1, 2, 3, c=3, e=4)",
             "f(1, 2, 3, e=4, e=5)", "len()", "len(1, 2)", "len([], x=1)", "int('5', base=10, x=1)",
             "Node()", "Node(1, 2, 3)", "tree.child()", "tree.val()", "'abc'.upper(1)"]:
    try:
        print(call, '->', eval(call))
    except (TypeError, SyntaxError) as e:
        print(call, '->', type(e).__name__, e)

# attribute errors on various types
for expr in ["tree.missing", "(1).real.missing", "'s'.nope", "None.x", "Node.nope", "[].push"]:
    try:
        eval(expr)
    except AttributeError as e:
        print(expr, '->', type(e).__name__, e)

# not subscriptable / not callable
for expr in ["5[0]", "None[0]", "tree[0]", "len[0]", "5()", "'abc'()", "None()", "[1]['a']", "'abc'[1.5]", "(1,)[2]"]:
    try:
        eval(expr)
    except (TypeError, IndexError) as e:
        print(expr, '->', type(e).__name__, e)
