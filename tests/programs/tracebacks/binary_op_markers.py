"""Position markers for a failing binary operation inside a larger expression (3.11 ~~~^^^ carets)."""

def combine(config):
    width = config['width']
    height = config['height']
    return width * 2 + height - config['margin'] + 'px'

print(combine({'width': 10, 'height': 20, 'margin': 1}))
