"""Helper module that fails at import time (not a test program)."""

SETTINGS = {'debug': True}

def configure():
    return SETTINGS['level']

LEVEL = configure()
