"""signal: handlers run on the main thread for os.kill, raise_signal and alarm."""

import os
import signal
import time

got = []


def handler(signum, frame):
    got.append(signal.Signals(signum).name)


print(signal.getsignal(signal.SIGUSR1), signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(signal.signal(signal.SIGUSR1, handler))
os.kill(os.getpid(), signal.SIGUSR1)
signal.raise_signal(signal.SIGUSR1)
print(got)
print(signal.getsignal(signal.SIGUSR1) is handler)
signal.signal(signal.SIGUSR1, signal.SIG_IGN)
os.kill(os.getpid(), signal.SIGUSR1)
print(got, signal.getsignal(signal.SIGUSR1))
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print('KeyboardInterrupt')
signal.signal(signal.SIGALRM, handler)
signal.alarm(1)
time.sleep(1.5)
print(got)
print(signal.alarm(0))
for bad in [lambda: signal.signal(999, handler), lambda: signal.signal(signal.SIGINT, 42),
            lambda: signal.signal(signal.SIGKILL, handler), lambda: signal.strsignal(0)]:
    try:
        bad()
    except (ValueError, TypeError, OSError) as e:
        print(type(e).__name__, e)
print(signal.strsignal(signal.SIGTERM), signal.SIGINT, repr(signal.SIGINT), signal.NSIG)
print(signal.SIGTERM in signal.valid_signals(), len(signal.valid_signals()))


def raiser(signum, frame):
    raise RuntimeError('from handler')


signal.signal(signal.SIGUSR2, raiser)
try:
    os.kill(os.getpid(), signal.SIGUSR2)
    time.sleep(1)
except RuntimeError as e:
    print('RuntimeError', e)
