"""json: dumps/loads of all JSON types, formatting options, sort_keys, custom encoders/decoders, special floats, and errors."""

import json

data = {'name': 'Ada', 'age': 36, 'langs': ['en', 'fr'], 'active': True, 'score': 9.5, 'none': None, 'nested': {'a': [1, {'b': []}]}, 'uni': 'é😀'}
text = json.dumps(data)
print(text)
print(json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False))
print(json.dumps(data, separators=(',', ':'), sort_keys=True)[:60])
print(json.loads(text) == data, json.loads('[1, 2.0, "x", true, false, null, {"k": -1e3}]'), type(json.loads('2.0')).__name__, json.loads('1E400'))
print(json.dumps([1, 'two', 3.0, None, True, (4, 5)]), json.dumps('quote " and \\ and \n newline'), json.dumps({1: 'int key', 2.5: 'float key', True: 'bool key', None: 'none key'}))
print(json.dumps(float('inf')), json.dumps(float('nan')), json.dumps(-float('inf')), json.loads('[NaN, Infinity, -Infinity]'))
try:
    json.dumps(float('nan'), allow_nan=False)
except ValueError as e:
    print(type(e).__name__, e)
print(json.dumps('\u2028\x00\x7f', ensure_ascii=True), json.dumps('é', ensure_ascii=False), json.dumps([], indent=4), json.dumps({}, indent=4), json.dumps([1, [2]], indent='\t'))

class Point:
    def __init__(self, x, y): self.x, self.y = x, y
class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {'__point__': [o.x, o.y]}
        return super().default(o)
encoded = json.dumps({'p': Point(1, 2)}, cls=PointEncoder)
print(encoded)
def hook(d):
    return Point(*d['__point__']) if '__point__' in d else d
decoded = json.loads(encoded, object_hook=hook)
print(type(decoded['p']).__name__, decoded['p'].x)
print(json.dumps({'set': [1]}, default=list), json.dumps({3}, default=sorted))
print(json.loads('{"a": 1, "a": 2}'), json.loads('{"b": 1, "a": 2}', object_pairs_hook=list), json.loads('1.5', parse_float=str), json.loads('7', parse_int=lambda s: int(s) * 2))
for bad in ['', '{', '[1,]', "{'a': 1}", '{"a" 1}', 'tru', '"unterminated', '[1] x', '01', '{"a": NaN1}']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), '->', type(e).__name__, e, (e.pos, e.lineno, e.colno))
for obj in [{1, 2}, b'bytes', object, {(1, 2): 'tuple key'}]:
    try:
        json.dumps(obj)
    except TypeError as e:
        print(type(e).__name__, e)
print(json.dumps({'b': 1, 'a': {'d': 1, 'c': 2}}, sort_keys=True), json.dumps({(1, 2): 'x'}, skipkeys=True))
