#!/usr/bin/env python3
"""Regenerates the expected outputs of the _ast tests (org.ember.ast.AstModuleTest) with CPython 3.11.

Outputs (never edit them by hand):
  classes_expected.txt    one line per class of _ast: name, base, _fields, own _attributes,
                          own None-valued class attributes, own __weakref__, repr(__doc__)
  behaviour_expected.txt  the output of behaviour.py, run with the runner's names (see its header)
Run: python3 tests/ast/gen_expected.py
"""
import _ast, io, os, sys, contextlib

here = os.path.dirname(os.path.abspath(__file__))
assert sys.version_info[:2] == (3, 11), "needs CPython 3.11"


def class_lines():
    out = []
    for name, c in vars(_ast).items():
        if not (isinstance(c, type) and issubclass(c, _ast.AST)):
            continue
        d = vars(c)
        attrs = ','.join(d['_attributes']) if '_attributes' in d else '-'
        nones = ','.join(k for k, v in d.items() if v is None and k != '__doc__')
        out.append('|'.join([name, c.__bases__[0].__name__, ','.join(c._fields), attrs, nones,
                             str('__weakref__' in d), repr(c.__doc__)]))
    return out


def parse(src, mode='exec', type_comments=False):
    flags = _ast.PyCF_ONLY_AST | (_ast.PyCF_TYPE_COMMENTS if type_comments else 0)
    return compile(src, '<unknown>', mode, flags, dont_inherit=True)


def check(tree, mode='exec'):
    try:
        compile(tree, '<ast>', mode, dont_inherit=True)
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)
    return 'ok'


def main():
    with open(os.path.join(here, 'classes_expected.txt'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(class_lines()) + '\n')
    with open(os.path.join(here, 'behaviour.py'), encoding='utf-8') as f:
        src = f.read()
    buf = io.StringIO()
    g = {'__name__': '__main__', 'ast': _ast, 'parse': parse, 'check': check}
    with contextlib.redirect_stdout(buf):
        exec(compile(src, 'behaviour.py', 'exec', dont_inherit=True), g)
    with open(os.path.join(here, 'behaviour_expected.txt'), 'w', encoding='utf-8') as f:
        f.write(buf.getvalue())


main()
