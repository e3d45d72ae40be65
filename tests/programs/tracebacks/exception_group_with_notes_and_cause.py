"""An uncaught exception group whose members carry notes and causes: the default excepthook renders all of it."""

def check(name, value):
    try:
        return int(value)
    except ValueError as e:
        err = TypeError(f'field {name!r} is not numeric')
        err.add_note(f'raw value: {value!r}')
        raise err from e

errors = []
for name, value in [('age', '42'), ('height', 'tall'), ('weight', '?')]:
    try:
        check(name, value)
    except TypeError as e:
        errors.append(e)
group = ExceptionGroup('invalid record', errors)
group.add_note('record id: 7')
raise group
