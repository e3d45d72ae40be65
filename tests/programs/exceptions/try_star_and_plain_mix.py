"""Interplay of plain try/except with except*: naked exceptions get wrapped, groups propagate to outer plain handlers, and finally ordering."""

log = []
def risky(kind):
    if kind == 'group':
        raise ExceptionGroup('g', [ValueError('v'), OSError('o')])
    if kind == 'naked':
        raise ValueError('naked value')
    if kind == 'other':
        raise KeyError('other')

for kind in ['group', 'naked', 'other', 'none']:
    try:
        try:
            risky(kind)
        except* ValueError as eg:
            log.append(f'{kind}: except* ValueError got {eg!r}')
        finally:
            log.append(f'{kind}: inner finally')
    except OSError as e:
        log.append(f'{kind}: plain except OSError got {e!r}')
    except ExceptionGroup as eg:
        log.append(f'{kind}: plain except ExceptionGroup got {eg!r}')
    except KeyError as e:
        log.append(f'{kind}: plain except KeyError got {e!r}')
    else:
        log.append(f'{kind}: no exception escaped')
for line in log:
    print(line)
