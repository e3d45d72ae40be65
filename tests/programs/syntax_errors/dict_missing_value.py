"""SyntaxError: a dict display with a key but no value."""

config = {
    'host': 'localhost',
    'port',
}
