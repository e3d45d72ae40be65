#!/usr/bin/env python3
"""Writes CPython's ast.dump(ast.parse(source_bytes)) for every stdlib .py file into a cache.

Usage: ast-compare-gen.py STDLIB_DIR CACHE_DIR [--attributes]
With --attributes the dumps include positions (ast.dump(..., include_attributes=True)).
Each cache file CACHE_DIR/<relpath>.txt starts with a header line:
  OK                          (then the dump on the next line)
  ERR<TAB>type<TAB>msg<TAB>lineno
A file list (relative paths, sorted) is written to CACHE_DIR/files.txt.
"""
import ast, os, sys
from concurrent.futures import ProcessPoolExecutor

def files(root):
    out = []
    for d, dirs, fs in os.walk(root):
        dirs[:] = sorted(x for x in dirs if x != 'site-packages' and x != '__pycache__')
        for f in sorted(fs):
            if f.endswith('.py'):
                out.append(os.path.relpath(os.path.join(d, f), root))
    return out

def one(args):
    root, cache, rel, attrs = args
    dst = os.path.join(cache, rel + '.txt')
    if os.path.exists(dst):
        return
    with open(os.path.join(root, rel), 'rb') as f:
        src = f.read()
    try:
        text = 'OK\n' + ast.dump(ast.parse(src), include_attributes=attrs) + '\n'
    except SyntaxError as e:
        text = 'ERR\t%s\t%s\t%s\n' % (type(e).__name__, str(e.msg).replace('\n', '\\n').replace('\t', '\\t'), e.lineno)
    except (ValueError, MemoryError, RecursionError) as e:
        text = 'ERR\t%s\t%s\t%s\n' % (type(e).__name__, str(e).replace('\n', '\\n'), None)
    os.makedirs(os.path.dirname(dst), exist_ok=True)
    with open(dst, 'w', encoding='utf-8', errors='surrogatepass') as f:
        f.write(text)

def main():
    root, cache = sys.argv[1], sys.argv[2]
    attrs = '--attributes' in sys.argv[3:]
    fl = files(root)
    os.makedirs(cache, exist_ok=True)
    todo = [(root, cache, r, attrs) for r in fl if not os.path.exists(os.path.join(cache, r + '.txt'))]
    if todo:
        print('ast-compare: generating CPython dumps for %d files...' % len(todo), file=sys.stderr)
        sys.setrecursionlimit(10000)
        with ProcessPoolExecutor() as ex:
            for i, _ in enumerate(ex.map(one, todo, chunksize=16)):
                if i % 500 == 0:
                    print('  %d/%d' % (i, len(todo)), file=sys.stderr)
    with open(os.path.join(cache, 'files.txt'), 'w') as f:
        f.write('\n'.join(fl) + '\n')

if __name__ == '__main__':
    main()
