#!/usr/bin/env python3
"""Makes mutated (mostly invalid) variants of stdlib files and records CPython's verdict on each.

Usage: ast-compare-mutate.py STDLIB_DIR FILES_TXT OUT_FILE [SEED] [NFILES] [PER_FILE]
Each mutation truncates the source, deletes 1-5 bytes, or replaces one byte by a bracket, quote,
colon, backslash, newline, tab, space, '#', '*' or '@'. OUT_FILE gets two lines per variant: the
source as a JSON string (bytes decoded as latin-1) and CPython's result as JSON: null when it
parses, else [type, msg, lineno, offset, end_lineno, end_offset].
"""
import ast, json, os, random, sys

def main():
    root, files_txt, out_file = sys.argv[1:4]
    seed = int(sys.argv[4]) if len(sys.argv) > 4 else 1
    nfiles = int(sys.argv[5]) if len(sys.argv) > 5 else 600
    per_file = int(sys.argv[6]) if len(sys.argv) > 6 else 6
    files = [l.strip() for l in open(files_txt) if l.strip()]
    rnd = random.Random(seed)
    rnd.shuffle(files)
    sys.setrecursionlimit(100000)
    with open(out_file, 'w') as out:
        for f in files[:nfiles]:
            with open(os.path.join(root, f), 'rb') as fh:
                src = fh.read()
            if not src:
                continue
            for _ in range(per_file):
                p = rnd.randrange(len(src))
                kind = rnd.randrange(3)
                if kind == 0:
                    m = src[:p]
                elif kind == 1:
                    m = src[:p] + src[p + rnd.randint(1, 5):]
                else:
                    m = src[:p] + bytes([rnd.choice(b"()[]{}:=,.'\"\\\n\t #*@")]) + src[p + 1:]
                try:
                    ast.parse(m)
                    rec = None
                except SyntaxError as e:
                    rec = [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset]
                except (ValueError, MemoryError, RecursionError) as e:
                    rec = None if isinstance(e, RecursionError) else [type(e).__name__, str(e), None, None, None, None]
                out.write(json.dumps(m.decode('latin-1')) + '\n' + json.dumps(rec) + '\n')

if __name__ == '__main__':
    main()
