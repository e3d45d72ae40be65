"""Nested exception groups with tracebacks in each member, printed by the default excepthook."""

def fail(kind, msg):
    raise kind(msg)

def collect(*specs):
    errors = []
    for kind, msg in specs:
        try:
            fail(kind, msg)
        except Exception as e:
            errors.append(e)
    return errors

inner = ExceptionGroup('inner problems', collect((KeyError, 'k'), (IndexError, 'i')))
outer_errors = collect((ValueError, 'v')) + [inner]
raise ExceptionGroup('outer problems', outer_errors)
