"""Uncaught error in a closure created by a factory and called later through a dict of handlers."""

def make_handler(divisor):
    def handler(value):
        return value / divisor
    return handler

handlers = {name: make_handler(d) for name, d in [('half', 2), ('third', 3), ('broken', 0)]}
for name in ['half', 'third', 'broken']:
    print(name, handlers[name](12))
