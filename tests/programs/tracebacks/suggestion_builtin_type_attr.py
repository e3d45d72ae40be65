"""Uncaught AttributeError on a builtin type's instance: suggestion taken from the type's methods."""

log = []
log.append('start')
print(log)
log.apend('next')
