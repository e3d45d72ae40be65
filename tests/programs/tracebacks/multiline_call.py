"""An error inside a call spread over several lines: which lines and markers the traceback shows."""

def build(name, size, factor):
    return {'name': name, 'size': size * factor}

def make_all():
    return [
        build('a', 1, 2),
        build(
            'b',
            int('not a number'),
            3,
        ),
    ]

make_all()
