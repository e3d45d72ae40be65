"""Runs CPython's own Lib/ast.py over the standard library: ast.dump(ast.parse(source)) for every
file in CACHE/files.txt, compared with CPython's cached dump (tools/ast-compare-gen.py).

Usage: <python> tools/ast-compare-ember.py STDLIB_DIR CACHE_DIR [--quiet]
Run by `tools/ast-compare --ember` under Ember, and under CPython for the time ratio. Prints the
mismatches, then one summary line: files, identical, and the CPU seconds spent in parse + dump.
"""
import ast
import os
import sys
import time


def main():
    root, cache = sys.argv[1], sys.argv[2]
    quiet = '--quiet' in sys.argv[3:]
    with open(os.path.join(cache, 'files.txt'), encoding='utf-8') as f:
        files = [line for line in f.read().split('\n') if line]
    total = identical = 0
    seconds = 0.0
    wall = 0.0
    for rel in files:
        with open(os.path.join(cache, rel + '.txt'), encoding='utf-8', errors='surrogatepass') as f:
            expected = f.read()
        if not expected.startswith('OK\n'):
            continue
        total += 1
        expected = expected[3:].rstrip()
        with open(os.path.join(root, rel), 'rb') as f:
            src = f.read()
        t0 = time.process_time()
        w0 = time.perf_counter()
        try:
            ours = ast.dump(ast.parse(src))
        except Exception as e:
            seconds += time.process_time() - t0
            wall += time.perf_counter() - w0
            if not quiet:
                print('MISMATCH %s: %s: %s' % (rel, type(e).__name__, e))
            continue
        seconds += time.process_time() - t0
        wall += time.perf_counter() - w0
        if ours == expected:
            identical += 1
        elif not quiet:
            i = 0
            n = min(len(ours), len(expected))
            while i < n and ours[i] == expected[i]:
                i += 1
            start = max(0, i - 60)
            print('MISMATCH %s: first difference at char %d\n    cpython: %s\n    ours:    %s'
                  % (rel, i, ascii(expected[start:i + 80]), ascii(ours[start:i + 80])))
    print('files CPython parses: %d; ast.dump(ast.parse(src)) identical: %d (%.2f%%); parse+dump wall %.2f s, CPU time %.2f s'
          % (total, identical, 100.0 * identical / max(1, total), wall, seconds))


main()
