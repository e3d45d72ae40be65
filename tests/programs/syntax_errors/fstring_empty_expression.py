"""SyntaxError: an empty expression inside an f-string (3.11 wording)."""

name = 'x'
print(f'value: {}')
