"""Uncaught exception raised by a decorator while it is being applied at definition time."""

def register(name):
    def decorator(fn):
        registry[name].append(fn)
        return fn
    return decorator

registry = {'handlers': []}

@register('handlers')
def first():
    pass

print(len(registry['handlers']))

@register('missing')
def second():
    pass
