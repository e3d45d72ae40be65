"""Every syntactic form of the import statement with standard modules: dotted names, aliases, parenthesized from-imports, multiple names."""

import os
import os.path
import os.path as osp
from os import path, sep as separator
from os.path import (
    join,
    basename as base,
)
import collections.abc, json as js
from collections import (OrderedDict, defaultdict,
                         Counter)
from json import *

print(os.path is osp, path is osp, separator == os.sep, join('a', 'b'), base('/x/y.txt'), js.__name__)
print(collections.abc.Mapping.__name__, OrderedDict.__name__, defaultdict.__name__, Counter.__name__)
print(sorted(n for n in ['dumps', 'loads', 'JSONDecodeError', 'dump', 'load', 'JSONDecoder', 'JSONEncoder'] if n in globals()))
for src in ['import os.path.join', 'from os import (path,)', 'from os import path,', 'import (os)', 'from os import', 'from .os import path']:
    try:
        compile(src, '<src>', 'exec')
        print(repr(src), 'compiles')
    except SyntaxError as e:
        print(repr(src), '->', e.msg)
try:
    import os.path.join
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
