"""KeyError, IndexError, AttributeError, NameError and OverflowError messages from builtin operations."""

import math
cases = [
    "{}['k']", "{'a': 1}[('t', 1)]", "{}[None]", "{}.pop('x')", "{}.popitem()", "set().pop()", "set().remove(5)",
    "frozenset({1}) and {1}.remove(2)", "import_os_environ_missing",
    "[][0]", "[1][-2]", "(1, 2)[5]", "'abc'[3]", "'abc'[-4]", "b'ab'[2]", "bytearray(b'a')[1]", "range(3)[3]", "range(0)[-1]",
    "[].pop()", "[1].pop(3)", "[].pop(-1)", "memoryview(b'ab')[5]", "[1, 2].__setitem__(5, 0)", "[1].__delitem__(1)",
    "(1).foo", "'s'.foo", "[].foo", "None.foo", "len.foo", "type.foo", "int.foo", "object().foo", "(lambda: 0).foo",
    "undefined_name", "Undefined_Name_Two",
    "2.0 ** 10000", "math.exp(1000)", "float(10 ** 400)", "10 ** 400 / 1", "math.pow(10, 400)", "int(1e308) * 0 + (1 << 2 ** 70)",
    "[0] * (2 ** 62)", "'a' * (2 ** 63)", "range(2 ** 64).__len__()", "len(range(2 ** 64))", "chr(2 ** 64)", "(2 ** 64).to_bytes(8, 'big')",
    "round(float('inf'))", "int(float('inf'))", "math.ldexp(1.0, 10000)", "(10 ** 400) * 1.0",
]
for src in cases:
    try:
        if src == 'import_os_environ_missing':
            import os
            os.environ['EMBER_SURELY_UNSET_VARIABLE']
        print(src, '->', repr(eval(src)))
    except Exception as e:
        print(src, '->', type(e).__name__, e)
