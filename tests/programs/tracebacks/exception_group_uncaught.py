"""An uncaught ExceptionGroup rendered by the default excepthook with its box-drawing layout."""

def validate(values):
    errors = []
    for i, v in enumerate(values):
        if not isinstance(v, int):
            errors.append(TypeError(f'item {i} is not an int: {v!r}'))
        elif v < 0:
            errors.append(ValueError(f'item {i} is negative: {v}'))
    if errors:
        raise ExceptionGroup('validation failed', errors)

validate([1, 2])
print('first batch ok')
validate([1, -2, 'x'])
