"""__repr__ and __str__ conventions: containers use repr, nested custom objects, recursive reprs with reprlib.recursive_repr, and fallbacks."""

import reprlib

class Node:
    def __init__(self, value, children=()):
        self.value, self.children = value, list(children)
    @reprlib.recursive_repr()
    def __repr__(self):
        return f'Node({self.value!r}, {self.children!r})'
    def __str__(self):
        return f'<{self.value}>'

leaf = Node('leaf')
root = Node('root', [leaf, Node(2)])
print(repr(root), str(root), [str(c) for c in root.children], f'{root}', f'{root!r}')
root.children.append(root)
print(repr(root))

class OnlyStr:
    def __str__(self): return 'only str'
print(str(OnlyStr()), repr(OnlyStr()).startswith('<__main__.OnlyStr object at 0x'), [OnlyStr()].__len__())
class OnlyRepr:
    def __repr__(self): return 'OnlyRepr()'
print(str(OnlyRepr()), repr([OnlyRepr()]), f'{OnlyRepr()}', '%s %r' % (OnlyRepr(), OnlyRepr()))

r = reprlib.Repr()
r.maxlist = 3
r.maxstring = 12
print(r.repr(list(range(10))), r.repr('a very long string indeed'), reprlib.repr(set(range(20))), reprlib.repr({i: i for i in range(10)}))
print(reprlib.repr('x' * 100), reprlib.repr(tuple(range(10))), reprlib.repr([[[[[1]]]]]))
