# command: -m clipkg fail
"""python -m where the module raises SystemExit with a message: message on stderr, exit code 1."""
