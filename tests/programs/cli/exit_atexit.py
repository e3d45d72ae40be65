"""atexit handlers run in reverse registration order at normal exit and after sys.exit, before the process ends."""
import atexit
import sys

def bye(name, *, code=None):
    print('atexit:', name, code)

atexit.register(bye, 'first')
atexit.register(bye, 'second', code=2)
@atexit.register
def decorated():
    print('atexit: decorated')
atexit.register(print, 'atexit: builtin print')
atexit.unregister(print)
print('main body done')
sys.exit(5)
