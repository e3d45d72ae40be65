"""print(): sep, end, file, flush, printing of many types, and argument errors."""

import io
import sys

print()
print('a', 'b', 'c')
print('a', 'b', 'c', sep='')
print('a', 'b', 'c', sep=' | ', end=' <end>\n')
print('no newline', end='')
print(' -- continued')
print(1, 2.5, None, True, [1, 'x'], (1,), {'k': 'v'}, {1}, b'b', 3j, ..., print.__name__)
print(*range(5), sep=',')
print(*'abc', sep='\n')
print('x', sep=None, end=None)
print(sep='ignored with no objects', end='only end\n')

buf = io.StringIO()
print('to buffer', 42, file=buf)
print('second', file=buf, end='!')
print(repr(buf.getvalue()))
print('explicit stdout', file=sys.stdout, flush=True)
print('file=None means stdout', file=None)

class Loud:
    def __str__(self): return 'Loud.__str__'
    def __repr__(self): return 'Loud.__repr__'
print(Loud(), [Loud()])

class NoWrite:
    pass
for kwargs in [{'sep': 1}, {'end': b'x'}, {'file': NoWrite()}, {'bogus': 1}]:
    try:
        print('x', **kwargs)
    except (TypeError, AttributeError) as e:
        print(sorted(kwargs), '->', type(e).__name__, e)

# a file whose write() records calls
class Recorder:
    def __init__(self): self.calls = []
    def write(self, s): self.calls.append(s)
    def flush(self): self.calls.append('<flush>')
r = Recorder()
print('a', 'b', sep='-', end='.', file=r, flush=True)
print(r.calls)

# printing to stderr (goes into the expected stderr)
print('this line goes to stderr', file=sys.stderr)
sys.stdout.write('sys.stdout.write works\n')
n = sys.stdout.write('xyz\n')
print('write returned', n)
