#!/usr/bin/env python3
"""Regenerates the expected results of the numeric expression cases with CPython 3.11.

Each cases/<name>.txt holds one Python expression per line ('#' starts a comment line). The
expressions use only constants, operators, tuples/lists, attribute access, calls of the names
in NAMES below and the modules math and cmath. For each expression, <name>_expected.txt gets
one JSON line [expression, result] where result is repr(value) or "!ExcType: message".
Run: python3 tests/numeric/gen_expected.py   (never edit the expected files by hand)
"""
import cmath, glob, json, math, os, sys, warnings

here = os.path.dirname(os.path.abspath(__file__))
assert sys.version_info[:3] == (3, 11, 7), "needs CPython 3.11.7"

NAMES = dict(int=int, float=float, complex=complex, bool=bool, str=str, repr=repr, format=format,
             round=round, abs=abs, pow=pow, divmod=divmod, hash=hash, hex=hex, oct=oct, bin=bin,
             math=math, cmath=cmath, list=list, tuple=tuple, type=type, len=len, bytes=bytes,
             bytearray=bytearray, memoryview=memoryview, True_=True)

def evaluate(expr):
    try:
        with warnings.catch_warnings():
            warnings.simplefilter('ignore')
            v = eval(expr, {'__builtins__': {}}, dict(NAMES))
        return repr(v)
    except Exception as e:
        return '!%s: %s' % (type(e).__name__, e)

def main():
    total = 0
    for path in sorted(glob.glob(os.path.join(here, 'cases', '*.txt'))):
        name = os.path.splitext(os.path.basename(path))[0]
        if name == 'known_failures':
            continue
        out = []
        with open(path, encoding='utf-8') as f:
            for line in f:
                line = line.rstrip('\n')
                if not line.strip() or line.lstrip().startswith('#'):
                    continue
                out.append(json.dumps([line, evaluate(line)], ensure_ascii=True))
        with open(os.path.join(here, 'cases', name + '_expected.jsonl'), 'w', encoding='utf-8') as f:
            f.write('\n'.join(out) + '\n')
        total += len(out)
        print('%s: %d cases' % (name, len(out)))
    print('total: %d' % total)

if __name__ == '__main__':
    main()
