"""json advanced: round-tripping nested data, streaming-ish decoding with raw_decode, JSONEncoder subclass iterencode, big numbers, unicode."""

import json
import decimal

doc = {'ints': [0, -1, 2 ** 64, 10 ** 30], 'floats': [0.1, 1e-7, 1e22, 123456789.123456789, -0.0], 'text': 'line\nbreak\t"quoted" \\ é 😀 \u2028',
       'nested': [[], [[]], {'a': {}}], 'bools': [True, False, None]}
s = json.dumps(doc)
print(s)
print(json.loads(s) == doc, json.loads(s)['floats'], json.dumps(doc['text'], ensure_ascii=False))
dec = json.JSONDecoder()
stream = '{"a": 1} [2, 3]  "four" 5.5'
pos, items = 0, []
while pos < len(stream):
    while stream[pos].isspace():
        pos += 1
    obj, pos = dec.raw_decode(stream, pos)
    items.append(obj)
print(items)
enc = json.JSONEncoder(indent=1, sort_keys=True)
print(list(enc.iterencode({'b': [1, 2], 'a': None})))
print(json.loads('1.1', parse_float=decimal.Decimal), json.loads('123456789012345678901234567890'), json.dumps(decimal.Decimal('1.1'), default=str))
print(json.dumps({'z': 1, 'a': {'y': 2, 'b': 3}}, sort_keys=True, indent=2, separators=(',', ': ')))
print(json.dumps([1.0, 1e100, 5e-324, 2.5, float(2 ** 53)]), json.loads('[1E2, -0, -0.0, 0.5e1]'))
print(json.loads('"\\ud83d\\ude00 \\u00e9"'), json.loads('"\\ud800"') == '\ud800', json.dumps('\ud800'))
try:
    json.loads('{"a": 1,}')
except json.JSONDecodeError as e:
    print(e.msg, e.pos, e.lineno, e.colno)
circular = []
circular.append(circular)
try:
    json.dumps(circular)
except ValueError as e:
    print(type(e).__name__, e)
