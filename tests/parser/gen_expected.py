#!/usr/bin/env python3
"""Regenerates the expected outputs of the parser differential tests with CPython 3.11.

valid.txt / invalid.txt hold snippets separated by lines '#----'. Outputs:
  valid_expected.txt   per snippet: JSON source line, then ast.dump(tree, include_attributes=True)
  invalid_expected.txt per snippet: JSON source line, then JSON [type, msg, lineno, offset, end_lineno, end_offset]
Run: python3 tests/parser/gen_expected.py   (never edit the expected files by hand)
"""
import ast, json, os, sys

here = os.path.dirname(os.path.abspath(__file__))
assert sys.version_info[:2] == (3, 11), "needs CPython 3.11"

def snippets(name):
    with open(os.path.join(here, name), encoding='utf-8') as f:
        text = f.read()
    parts = text.split('\n#----\n')
    return [p if p.endswith('\n') or not p else p + '\n' for p in parts if p.strip()]

def main():
    out = []
    for s in snippets('valid.txt'):
        tree = ast.parse(s)
        out.append(json.dumps(s))
        out.append(ast.dump(tree, include_attributes=True))
    with open(os.path.join(here, 'valid_expected.txt'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(out) + '\n')
    out = []
    n = 0
    for s in snippets('invalid.txt'):
        s = s[:-1] if s.endswith('\n') else s  # keep the snippet as written (no final newline)
        try:
            ast.parse(s)
        except SyntaxError as e:
            rec = [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset]
        except (ValueError, MemoryError, RecursionError) as e:
            rec = [type(e).__name__, str(e), None, None, None, None]
        else:
            sys.exit('invalid snippet parses: %r' % s)
        out.append(json.dumps(s))
        out.append(json.dumps(rec))
        n += 1
    with open(os.path.join(here, 'invalid_expected.txt'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(out) + '\n')
    print('valid: %d snippets, invalid: %d snippets' % (len(snippets('valid.txt')), n))

if __name__ == '__main__':
    main()
