"""A catalogue of TypeError messages raised by builtins and operators, with exact text."""

import math
cases = [
    "len(5)", "len(None)", "iter(5)", "next([])", "hash([])", "abs([])", "sum(['a', 'b'])", "sum([1], 'a')", "sum([[1]], [])",
    "sorted(5)", "sorted([1, 'a'])", "max(1)", "min(1, 'a')", "reversed(5)", "enumerate(1)", "zip(1)", "map(None, 1)",
    "int([])", "int(None)", "float([])", "float(None)", "complex('1', 2)", "complex(1, '2')", "str(1, 'utf-8')", "bytes('abc')",
    "bytes(1.5)", "bytearray('x')", "list(1)", "tuple(None)", "dict(1)", "set(1)", "frozenset(1)", "range('a')", "range(1.0)",
    "slice()", "'a' + 1", "1 + 'a'", "'a' * 'b'", "[1] + (2,)", "(1,) + [2]", "{1} + {2}", "{'a': 1} + {'b': 2}", "b'a' + 'b'",
    "'a' % ()", "'%d' % 'x'", "'%s %s' % ('a',)", "'%s' % ('a', 'b')", "'%(k)s' % 5", "'%c' % 'ab'", "'%c' % 1.5",
    "'abc'.startswith(1)", "'abc'.join('a', 'b')", "'abc'.replace(1, 2)", "'a'.split(1)", "'abc'.find(None)", "'x'.encode(1)",
    "[].append()", "[].extend(1)", "[].insert(1)", "[3, 1].sort(1)", "[].sort(key=1) or sorted([2, 1], key=1)", "{}.get()", "{}.pop()",
    "{}.update(1)", "{}.update([1])", "{}.setdefault()", "set().add([])", "frozenset().add(1)", "().count()",
    "getattr()", "getattr(1)", "setattr(1, 'a')", "isinstance(1)", "issubclass(1)", "callable()", "round('a')", "divmod('a', 1)",
    "pow('a', 2)", "pow(2, 3, 1.5)", "pow(2.0, 3, 5)", "math.sqrt('a')", "math.floor('a')", "chr('a')", "ord(1)", "ord(b'')",
    "bin(1.5)", "hex('a')", "oct(None)", "format(1, 2)", "vars(1)", "dir(1, 2)", "id()", "print(sep=1)", "print(end=2)",
    "open()", "compile()", "eval(1)", "exec(1)", "type(1, 2)", "super(1)", "object.__new__()", "property(1, 2, 3, 4, 5)",
    "memoryview('a')", "memoryview(1)", "int.from_bytes('a', 'big')", "(5).to_bytes()", "'{0[0]}'.format(1)", "'{:{}}'.format(1, [])",
    "(lambda: 0)(**{1: 2})", "filter(1, 2, 3)", "all(1)", "any()", "ascii()", "repr()",
]
for src in cases:
    try:
        print(src, '->', repr(eval(src)))
    except Exception as e:
        print(src, '->', type(e).__name__, e)
