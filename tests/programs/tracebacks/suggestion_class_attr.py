"""Uncaught AttributeError on a class object (type object '...'): suggestion from class attributes."""

class Defaults:
    TIMEOUT_SECONDS = 30
    RETRY_COUNT = 3

print(Defaults.TIMEOUT_SECONDS)
print(Defaults.RETRY_COUNTS)
