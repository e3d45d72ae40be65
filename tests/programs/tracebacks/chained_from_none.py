"""raise ... from None: the context is suppressed and only the last exception is printed."""

def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise LookupError(f'{key} not found in table') from None

lookup({}, 'x')
