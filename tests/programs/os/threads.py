"""threading over _thread: start/join, locks, conditions, events, thread-locals, excepthook."""

import threading
import _thread

results = []
lock = threading.Lock()


def work(n):
    for i in range(1000):
        with lock:
            results.append(n)


threads = [threading.Thread(target=work, args=(i,), name=f'w{i}') for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(results), sorted(set(results)), [t.is_alive() for t in threads])
print(threading.current_thread().name, threading.main_thread() is threading.current_thread(),
      threading.active_count())
r = threading.RLock()
with r:
    with r:
        print('reentrant ok')
print(lock.acquire(False), lock.acquire(False), lock.locked())
lock.release()
print(lock.acquire(timeout=0.01))
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print('RuntimeError', e)
ev = threading.Event()
box = []


def waiter():
    ev.wait()
    box.append('woke')


t = threading.Thread(target=waiter)
t.start()
ev.set()
t.join()
print(box, ev.is_set())
cond = threading.Condition()
items = []


def producer():
    for i in range(3):
        with cond:
            items.append(i)
            cond.notify()


def consumer(out):
    got = 0
    while got < 3:
        with cond:
            cond.wait_for(lambda: len(items) > got)
            got = len(items)
    out.append(list(items))


out = []
c = threading.Thread(target=consumer, args=(out,))
c.start()
p = threading.Thread(target=producer)
p.start()
p.join()
c.join()
print(out)
local = threading.local()
local.x = 'main'


def peek(box):
    box.append(getattr(local, 'x', 'unset'))
    local.x = 'thread'


seen = []
t = threading.Thread(target=peek, args=(seen,))
t.start()
t.join()
print(seen, local.x)
sem = threading.Semaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False))
b = threading.Barrier(2)
tb = threading.Thread(target=b.wait)
tb.start()
print(b.wait() in (0, 1))
tb.join()


def fails():
    raise ValueError('boom in thread')


captured = []
threading.excepthook = lambda args: captured.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
t = threading.Thread(target=fails, name='bad')
t.start()
t.join()
print(captured)
print(type(_thread.get_ident()), _thread.TIMEOUT_MAX > 0, threading.TIMEOUT_MAX == _thread.TIMEOUT_MAX)
timer_box = []
tm = threading.Timer(0.01, lambda: timer_box.append('timer'))
tm.start()
tm.join()
print(timer_box)
