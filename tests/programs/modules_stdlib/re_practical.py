"""Practical regular expressions: log parsing, email-ish validation, CSV-ish splitting with quotes, template substitution and compile flags."""

import re

log = '''2024-03-01 12:00:01 INFO  server started port=8080
2024-03-01 12:00:05 WARN  slow request path=/api/users ms=1532
2024-03-01 12:01:10 ERROR db timeout retries=3 host=db1
2024-03-01 12:02:00 INFO  request path=/health ms=3'''
pattern = re.compile(r'^(?P<date>\S+) (?P<time>\S+) (?P<level>[A-Z]+)\s+(?P<msg>.*?)(?P<kv>(?: \w+=\S+)*)$', re.M)
for m in pattern.finditer(log):
    kv = dict(re.findall(r'(\w+)=(\S+)', m['kv']))
    print(m['time'], m['level'], repr(m['msg']), kv)
print(re.findall(r'ms=(\d+)', log), sum(map(int, re.findall(r'ms=(\d+)', log))), len(re.findall(r'^\S+ \S+ INFO', log, re.M)))

email = re.compile(r'^[\w.+-]+@[\w-]+(\.[\w-]+)+$')
for addr in ['a@b.co', 'first.last+tag@sub.example.org', 'no-at-sign', 'x@y', '@missing.user', 'ü@example.com']:
    print(addr, bool(email.match(addr)))

line = 'one,"two, with comma","three ""quoted""",,five'
fields = [f[1:-1].replace('""', '"') if f.startswith('"') else f for f in re.findall(r'(?:^|,)("(?:[^"]|"")*"|[^,]*)', line)]
print(fields)

template = 'Hello {name}, you owe {amount} {currency}. {unknown} stays.'
values = {'name': 'Ann', 'amount': '12.50', 'currency': 'EUR'}
print(re.sub(r'\{(\w+)\}', lambda m: values.get(m.group(1), m.group(0)), template))
print(re.sub(r'(?<!^)(?=[A-Z])', '_', 'CamelCaseStringHTTP').lower(), re.sub(r'_([a-z])', lambda m: m.group(1).upper(), 'snake_case_name'))
print(re.split(r'(?<=[.!?])\s+', 'First sentence. Second one! Third? Done'), re.findall(r'\b(\w)(\w*)\1\b', 'anna bob civic level xyz'))
print(re.sub(r'\s+', ' ', '  lots   of \t\n whitespace  ').strip(), re.findall(r'#[0-9a-fA-F]{6}\b', 'colors: #ff0000, #00FF00 and #123'), re.fullmatch(r'\d{4}-\d{2}-\d{2}', '2024-03-01') is not None)
