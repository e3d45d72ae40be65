"""Imports inside functions, class bodies and conditionals: binding scope, repeated imports are cheap, and importing under try/except."""

import sys

def use_json():
    import json
    return json.dumps({'a': 1}), 'json' in dir()

print(use_json(), 'json' in globals())

class Holder:
    import math
    from math import pi as PI
    area = PI * 2 ** 2
print(Holder.math.__name__, round(Holder.area, 4), Holder.PI)

try:
    import tomllib_missing_module_xyz as toml
except ImportError:
    toml = None
print('optional dependency available:', toml is not None)

if sys.version_info >= (3, 11):
    import tomllib
    print(tomllib.loads('key = "value"\nnums = [1, 2]\n[section]\nflag = true'))

def lazy():
    from _side_effects import bump
    return bump()
print(lazy(), lazy())

def star_not_allowed():
    return compile('def f():\n    from math import *', '<s>', 'exec')
try:
    star_not_allowed()
except SyntaxError as e:
    print(type(e).__name__, e.msg)

import importlib
mod_name = 'collections'
collections_mod = importlib.import_module(mod_name)
print(collections_mod.__name__, __import__(mod_name) is collections_mod)
