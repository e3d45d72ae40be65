"""An uncaught exception exits with status 1 after sys.excepthook prints the traceback; a custom hook replaces the output."""
import sys

def hook(exc_type, exc, tb):
    print(f'custom hook: {exc_type.__name__}: {exc}', file=sys.stderr)
    frames = 0
    while tb:
        frames += 1
        tb = tb.tb_next
    print('frames:', frames, file=sys.stderr)

sys.excepthook = hook
def fail():
    raise LookupError('handled by the custom hook')
print('before')
fail()
