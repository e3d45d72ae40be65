"""Uncaught exception raised while executing a class body: the class name appears as a frame."""

def default_timeout():
    return None

class Settings:
    name = 'app'
    retries = 3
    timeout = default_timeout() + 5

print(Settings.name)
