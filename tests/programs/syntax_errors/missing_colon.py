"""SyntaxError: a compound statement header without its colon."""

def check(value):
    if value > 10
        return 'big'
    return 'small'
