"""datetime arithmetic in depth: month ends, leap years, ISO weeks, ordinal math, timedelta normalisation, sorting and min/max of dates."""

import calendar
from datetime import date, datetime, timedelta

def add_months(d, months):
    m = d.month - 1 + months
    y = d.year + m // 12
    m = m % 12 + 1
    return d.replace(year=y, month=m, day=min(d.day, calendar.monthrange(y, m)[1]))
start = date(2024, 1, 31)
print([str(add_months(start, k)) for k in range(0, 14, 1)])
print([y for y in range(1896, 1912) if calendar.isleap(y)], calendar.leapdays(1900, 2100), [calendar.monthrange(2023, m)[1] for m in range(1, 13)])
print([date(2024, 12, d).isocalendar()[:2] for d in (28, 29, 30, 31)], date(2021, 1, 3).isocalendar(), date.fromisocalendar(2020, 53, 5))
days = [date(2024, 3, 15) - timedelta(days=n * 37) for n in range(6)]
print(sorted(days), min(days), max(days), (max(days) - min(days)).days, sorted(days, key=lambda d: (d.month, d.day))[0])
print(timedelta(hours=36), timedelta(seconds=-1), timedelta(minutes=90) * 1.5, timedelta(days=1) / timedelta(hours=7), divmod(timedelta(hours=25), timedelta(days=1)))
print(timedelta(weeks=1, days=-8, hours=23, minutes=59, seconds=60), timedelta(milliseconds=1500, microseconds=-1), round(timedelta(days=1) / 3 * 3 == timedelta(days=1)))
dt = datetime(2024, 2, 29, 23, 59, 59, 999999)
print(dt + timedelta(microseconds=1), dt.replace(year=2028), (dt - datetime(2000, 1, 1)).days, dt.toordinal(), dt.isoweekday(), dt.weekday())
try:
    dt.replace(year=2023)
except ValueError as e:
    print(type(e).__name__, e)
print(calendar.month(2024, 2))
print(calendar.weekday(2024, 7, 4), calendar.day_name[calendar.weekday(2024, 7, 4)], list(calendar.month_abbr)[1:4], calendar.firstweekday())
cal = calendar.Calendar(firstweekday=6)
print([d for d in cal.itermonthdays(2024, 2)][:10], len(list(cal.itermonthdates(2024, 2))))
