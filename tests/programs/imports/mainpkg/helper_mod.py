"""Helper for mainpkg (not a test program)."""
import sys


def greet():
    return 'hello from mainpkg.helper_mod'


if __name__ == '__main__':
    print('mainpkg.helper_mod run as __main__ with argv[1:] =', sys.argv[1:])
