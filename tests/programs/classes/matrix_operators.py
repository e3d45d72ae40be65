"""A Matrix class implementing arithmetic, @, comparison, indexing, iteration, hashing, repr/str and in-place operators."""

class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        if len({len(r) for r in self.rows}) > 1:
            raise ValueError('ragged matrix')
    @property
    def shape(self):
        return len(self.rows), len(self.rows[0]) if self.rows else 0
    def __repr__(self):
        return f'Matrix({self.rows})'
    def __str__(self):
        width = max(len(str(v)) for r in self.rows for v in r)
        return '\n'.join(' '.join(str(v).rjust(width) for v in r) for r in self.rows)
    def __getitem__(self, idx):
        if isinstance(idx, tuple):
            r, c = idx
            return self.rows[r][c]
        return self.rows[idx]
    def __setitem__(self, idx, value):
        r, c = idx
        self.rows[r][c] = value
    def __iter__(self):
        return (v for r in self.rows for v in r)
    def __len__(self):
        return self.shape[0] * self.shape[1]
    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows
    __hash__ = None
    def _elementwise(self, other, op):
        if isinstance(other, Matrix):
            if self.shape != other.shape:
                raise ValueError(f'shape mismatch {self.shape} vs {other.shape}')
            return Matrix([[op(a, b) for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])
        if isinstance(other, (int, float)):
            return Matrix([[op(a, other) for a in r] for r in self.rows])
        return NotImplemented
    def __add__(self, other): return self._elementwise(other, lambda a, b: a + b)
    def __radd__(self, other): return self + other
    def __sub__(self, other): return self._elementwise(other, lambda a, b: a - b)
    def __mul__(self, other): return self._elementwise(other, lambda a, b: a * b)
    def __rmul__(self, other): return self * other
    def __neg__(self): return self * -1
    def __matmul__(self, other):
        if not isinstance(other, Matrix):
            return NotImplemented
        if self.shape[1] != other.shape[0]:
            raise ValueError('inner dimensions differ')
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def __pow__(self, n):
        result = Matrix([[int(i == j) for j in range(self.shape[0])] for i in range(self.shape[0])])
        for _ in range(n):
            result = result @ self
        return result
    def __imatmul__(self, other):
        self.rows = (self @ other).rows
        return self
    def transpose(self):
        return Matrix(zip(*self.rows))

a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a + b, a - 1, 2 * a, -a, a @ b, a ** 3, a.transpose(), sep='\n')
print(str(a @ a))
print(a[1, 0], a[0], list(a), len(a), sum(a), max(a), a == Matrix([[1, 2], [3, 4]]), a != b, a.shape)
c = a
c @= b
print(c is a, a)
a[0, 0] = 100
print(a)
for expr in ['a @ 2', "a + 'x'", 'a + Matrix([[1, 2, 3]])', 'Matrix([[1, 2], [3]])', 'hash(a)', 'a @ Matrix([[1, 2, 3]])', 'a < b']:
    try:
        print(expr, eval(expr))
    except (TypeError, ValueError) as e:
        print(expr, '->', type(e).__name__, e)
