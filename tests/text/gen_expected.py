#!/usr/bin/env python3
"""Writes the expected results of the text/binary test cases from CPython 3.11.

Each line of tests/text/*.cases is one case: Python statements (';'-separated). The result is
the variable r when the case sets it, else the value of the last expression statement. The
expectation line is repr(result), or "!! Type: message" when the case raises, preceded by
anything print() wrote (as "print: <repr of the text>"). Run with PYTHONHASHSEED=0 (done here).

Usage: tests/text/gen_expected.py   (regenerates every .expected next to its .cases file)
"""
import ast
import glob
import os
import subprocess
import sys

if os.environ.get("PYTHONHASHSEED") != "0":
    env = dict(os.environ, PYTHONHASHSEED="0")
    sys.exit(subprocess.call([sys.executable] + sys.argv, env=env))

import io
import contextlib
import warnings

warnings.simplefilter("ignore")


def run_case(src):
    import _codecs, _string, unicodedata
    g = {"__name__": "__case__", "_codecs": _codecs, "_string": _string, "unicodedata": unicodedata}
    out = io.StringIO()
    try:
        tree = ast.parse(src, "<case>", "exec")
        last = None
        with contextlib.redirect_stdout(out):
            for stmt in tree.body:
                if isinstance(stmt, ast.Expr):
                    code = compile(ast.Expression(stmt.value), "<case>", "eval")
                    last = eval(code, g)
                else:
                    code = compile(ast.Module([stmt], []), "<case>", "exec")
                    exec(code, g)
        result = repr(g["r"]) if "r" in g else repr(last)
    except BaseException as e:
        result = "!! %s: %s" % (type(e).__name__, e)
    printed = out.getvalue()
    if printed:
        result = "print: %r %s" % (printed, result)
    return result


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    for path in sorted(glob.glob(os.path.join(here, "*.cases"))):
        lines = []
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.rstrip("\n")
                if not line.strip() or line.lstrip().startswith("#"):
                    continue
                lines.append(run_case(line))
        with open(path[:-len(".cases")] + ".expected", "w", encoding="utf-8") as f:
            for r in lines:
                f.write(r + "\n")
        print("%s: %d cases" % (os.path.basename(path), len(lines)))


if __name__ == "__main__":
    main()
