"""Uncaught NameError for a misspelled builtin exception name in an except clause."""

def parse(text):
    try:
        return int(text)
    except ValueErorr:
        return None

print('parse works for good input:', parse('5'))
parse('bad')
