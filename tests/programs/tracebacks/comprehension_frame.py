"""Uncaught exception inside a list comprehension inside a function: the <listcomp> frame is shown."""

def parse_all(strings):
    return [int(s) for s in strings]

def main():
    print(parse_all(['1', '2']))
    print(parse_all(['3', 'four', '5']))

main()
