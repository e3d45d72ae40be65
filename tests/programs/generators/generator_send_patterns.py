"""Generator-based coroutine patterns with send(): priming decorator, broadcasting pipelines, stateful parsers, and grep-like filters."""

import functools

def coroutine(fn):
    @functools.wraps(fn)
    def start(*args, **kwargs):
        gen = fn(*args, **kwargs)
        next(gen)
        return gen
    return start

@coroutine
def collector(out):
    while True:
        item = yield
        out.append(item)

@coroutine
def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line)

@coroutine
def broadcast(targets):
    while True:
        item = yield
        for t in targets:
            t.send(item)

python_lines, error_lines = [], []
b = broadcast([grep('python', collector(python_lines)), grep('error', collector(error_lines))])
for line in ['python is fun', 'an error occurred', 'python error!', 'nothing here']:
    b.send(line)
print(python_lines, error_lines)

@coroutine
def tokenizer(out):
    buf = ''
    while True:
        ch = yield
        if ch is None or ch.isspace():
            if buf:
                out.append(buf)
                buf = ''
        else:
            buf += ch
tokens = []
tk = tokenizer(tokens)
for ch in 'send each  character\tone at a time':
    tk.send(ch)
tk.send(None)
print(tokens)

@coroutine
def running_stats():
    count = total = 0
    minimum = maximum = None
    result = None
    while True:
        value = yield result
        count += 1
        total += value
        minimum = value if minimum is None else min(minimum, value)
        maximum = value if maximum is None else max(maximum, value)
        result = (count, total / count, minimum, maximum)
rs = running_stats()
print([rs.send(v) for v in [5, 3, 9, 1]])

def echo_with_return():
    received = []
    while True:
        x = yield len(received)
        if x == 'stop':
            return received
        received.append(x)
e = echo_with_return()
next(e)
e.send('a')
e.send('b')
try:
    e.send('stop')
except StopIteration as stop:
    print('returned', stop.value)
