"""time (deterministic parts only): gmtime, struct_time fields, strftime/strptime with fixed values, asctime, clocks' types and monotonicity."""

import time

t0 = time.gmtime(0)
print(t0, tuple(t0), t0.tm_year, t0.tm_wday, t0.tm_yday, t0.tm_isdst, t0.tm_zone, t0.tm_gmtoff)
t = time.gmtime(1700000000)
print(time.strftime('%Y-%m-%d %H:%M:%S %a %b %j %U %W %w %y %I %p %%', t), time.asctime(t), time.strftime('%A %B %d', t))
print(time.gmtime(86400 * 365 * 30 + 12345.678)[:6], time.gmtime(-86400)[:3], time.gmtime(2 ** 31)[:6])
parsed = time.strptime('2024-02-29 13:45:00', '%Y-%m-%d %H:%M:%S')
print(parsed[:9], parsed.tm_wday, parsed.tm_yday, time.strftime('%d/%m/%Y', parsed))
print(time.strptime('Mar 5 1999', '%b %d %Y')[:3], time.strptime('23', '%y')[0], time.strptime('70', '%y')[0])
st = time.struct_time((2020, 1, 2, 3, 4, 5, 3, 2, 0))
print(st, st.tm_mon, len(st), time.strftime('%H:%M', st))
import calendar
print(calendar.timegm(t) == 1700000000, calendar.timegm(parsed), calendar.isleap(2024), calendar.monthrange(2024, 2))

a = time.monotonic()
b = time.monotonic()
c1 = time.perf_counter_ns()
c2 = time.perf_counter_ns()
print(b >= a, c2 >= c1, type(time.time()).__name__, type(time.time_ns()).__name__, type(time.process_time()).__name__, time.sleep(0) is None)
print(time.time() > 1.6e9, time.get_clock_info('monotonic').monotonic)
for call in [lambda: time.strptime('2024-13-01', '%Y-%m-%d'), lambda: time.strptime('x', '%Y'), lambda: time.gmtime('x'), lambda: time.sleep(-1),
             lambda: time.struct_time((1, 2))]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
