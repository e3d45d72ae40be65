"""Uncaught exception raised while handling another: 'During handling of the above exception...' output."""

def load(config, key):
    try:
        return config[key]
    except KeyError:
        raise RuntimeError(f'missing configuration key {key!r}')

print(load({'a': 1}, 'a'))
load({'a': 1}, 'b')
