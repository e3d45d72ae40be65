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
    # deep nesting: CPython 3.11's parser stack limit (MemoryError) and the tokenizer's bracket limit
    deep = ['-' * 5969 + '1', '-' * 5970 + '1', 'not ' * 5970 + 'x', 'x' + '**x' * 2985, 'lambda: ' * 2985 + '1',
            'x if y else ' * 5970 + 'z', '(' * 200 + ')' * 200, '(' * 201 + ')' * 201]
    out = []
    sys.setrecursionlimit(100000)  # the parser's verdict, not ast2obj's recursion limit
    for s in deep:
        try:
            ast.parse(s)
            rec = None
        except SyntaxError as e:
            rec = [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset]
        except MemoryError as e:
            rec = ['MemoryError', str(e), None, None, None, None]
        out.append(json.dumps(s))
        out.append(json.dumps(rec))
    with open(os.path.join(here, 'deep_expected.txt'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(out) + '\n')
    # other modes of compile(): eval, single, func_type; exec with type comments
    out = []
    with open(os.path.join(here, 'modes.txt'), encoding='utf-8') as f:
        for line in f.read().split('\n'):
            if not line:
                continue
            mode, src = line.split('|', 1)
            src = src.replace('\\n', '\n')
            try:
                r = ast.dump(ast.parse(src, mode=mode, type_comments=(mode == 'exec')), include_attributes=True)
            except SyntaxError as e:
                r = json.dumps([type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset])
            out.append(json.dumps([mode, src]))
            out.append(r)
    with open(os.path.join(here, 'modes_expected.txt'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(out) + '\n')
    # REPL: codeop.compile_command's verdict (complete / incomplete / error message)
    import codeop
    out = []
    with open(os.path.join(here, 'repl.txt'), encoding='utf-8') as f:
        for line in f.read().split('\n')[:-1]:
            src = line.replace('\\n', '\n')
            try:
                r = 'incomplete' if codeop.compile_command(src, '<stdin>', 'single') is None else 'complete'
            except SyntaxError as e:
                r = 'error: ' + e.msg
            out.append(json.dumps(src))
            out.append(r)
    with open(os.path.join(here, 'repl_expected.txt'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(out) + '\n')
    # random token soup (seeded, so reproducible): mostly invalid input, CPython's verdict on each
    import random, warnings
    rnd = random.Random(311)
    atoms = ["(", ")", "[", "]", "{", "}", ":", "=", ",", ".", "'", '"', "\\", "\n", "\t", " ", "    ", "#", "*", "**",
             "@", "f'", "'" * 3, "x", "1", "0x", "1e", "if", "else", "for", "in", "lambda", "def", "class", "match", "case",
             "_", "async", "await", "yield", "return", "import", "from", "as", "with", "try", "except", "finally", "not",
             "and", "or", "is", ":=", "->", "+", "-", "~", "\u00e9", ";", "del", "global", "pass", "raise", "b'", "r'",
             "u'", "{x}", "!r", "y", "z", "(x)", "[1]", "x.y", "f(x)", "\n    ", "\n\t", ": pass\n", "while", "elif",
             "*x", "x=1", "1.5", "'s'", '"' * 3, "<", "==", "!=", "%", "//", "<<", "^", "|", "&"]
    out = []
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        for _ in range(800):
            src = ''.join(rnd.choice(atoms) for _ in range(1 + rnd.randrange(20)))
            try:
                ast.parse(src)
                rec = None
            except SyntaxError as e:
                rec = [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset]
            out.append(json.dumps(src))
            out.append(json.dumps(rec))
    with open(os.path.join(here, 'random_expected.txt'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(out) + '\n')
    # source bytes: BOM, PEP 263 cookies, decode errors (JSON strings hold the bytes as latin-1 characters)
    byte_sources = [
        b"# coding: ascii\nx = '\xc3\xa9'\n", b"# coding: ascii\nx = 1\n# \xe9\n", b"# -*- coding: utf-8 -*-\nx = '\xff'\n",
        b"# coding: latin-1\nx = '\xe9'\n", b"# coding: cp1252\nx = '\x81'\n", b"# coding: cp1252\nx = '\x80'\n",
        b"#!/usr/bin/env python\n# -*- coding: iso-8859-15 -*-\nx = '\xa4'\n", b"x = 1\n# coding: latin-1\ny = '\xe9'\n",
        b"# coding: foo\nx = 1\n", b"\xef\xbb\xbfx = '\xc3\xa9'\n", b"\xef\xbb\xbf# coding: latin-1\nx = 1\n",
        b"\xef\xbb\xbf# coding: utf-8\nx = 1\n", b"x = '\xc3\xa9' + ('\xff')\n", b"\xff = 1\n", b"x = 1\r\ny = 2\r\n",
        b"x = 1\ry = 2\r", b"if x:\r\n    y\r\n", b"x = '\xf0\x9f\x98\x80'\n", b"\xe9\xe9 = ((\n", b"f(a, \xc3\xa9 b)\n",
        b"# coding=latin-1\nx = '\xe9' 1\n", b"x = 1\x00\n",
    ]
    out = []
    for src in byte_sources:
        try:
            ast.parse(src)
            rec = None
        except SyntaxError as e:
            rec = [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset]
        out.append(json.dumps(src.decode('latin-1')))
        out.append(json.dumps(rec))
    with open(os.path.join(here, 'bytes_expected.txt'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(out) + '\n')
    print('valid: %d snippets, invalid: %d snippets' % (len(snippets('valid.txt')), n))

if __name__ == '__main__':
    main()
