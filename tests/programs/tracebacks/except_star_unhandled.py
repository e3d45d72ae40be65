"""except* handles part of a group; the unhandled remainder propagates and is printed as a group."""

def work():
    raise ExceptionGroup('jobs', [ValueError('bad value'), OSError('disk full'), ValueError('another')])

try:
    work()
except* ValueError as eg:
    print('handled', len(eg.exceptions), 'ValueErrors')
