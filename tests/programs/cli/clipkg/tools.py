"""Helper module of clipkg (not a test program)."""
import sys


def describe():
    return f'clipkg.tools imported as {__name__}'


if __name__ == '__main__':
    print('clipkg.tools run as a script via -m, argv[1:] =', sys.argv[1:])
