"""datetime: date, time, datetime, timedelta arithmetic, formatting (strftime/isoformat), parsing, fixed-offset timezones."""

from datetime import date, datetime, time, timedelta, timezone

d = date(2024, 2, 28)
print(d, repr(d), d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.isocalendar(), d.toordinal(), d.timetuple().tm_yday)
print(d + timedelta(days=1), d + timedelta(days=2), d - date(2023, 12, 25), d.replace(day=1), date.fromordinal(1), date.fromisoformat('2000-01-31'))
print(d.strftime('%Y/%m/%d %A %B %j %U %a %b'), d.isoformat(), str(date.min), str(date.max), date(2024, 12, 30).isocalendar())

t = time(13, 5, 9, 123456)
print(t, repr(t), t.isoformat(), t.isoformat(timespec='minutes'), t.strftime('%I:%M %p'), t.replace(hour=0), time.fromisoformat('04:23:01.000384'))

dt = datetime(2024, 3, 10, 14, 30, 15, 500)
print(dt, repr(dt), dt.date(), dt.time(), dt.isoformat(sep=' ', timespec='seconds'), dt.strftime('%Y-%m-%dT%H:%M:%S.%f'))
print(dt + timedelta(hours=10, minutes=45), dt - timedelta(weeks=1), dt - datetime(2024, 1, 1), (dt - datetime(2024, 1, 1)).total_seconds())
print(datetime.strptime('2021-07-04 09:08:07', '%Y-%m-%d %H:%M:%S'), datetime.fromisoformat('2011-11-04T00:05:23+04:00'), datetime.combine(d, t))
print(datetime(2024, 1, 31) + timedelta(days=30), datetime(2023, 2, 28) + timedelta(days=1), datetime(2024, 2, 28) + timedelta(days=1))

td = timedelta(days=1, hours=25, minutes=-30, seconds=3661, microseconds=1500000)
print(td, repr(td), td.days, td.seconds, td.microseconds, td.total_seconds(), -td, abs(-td), td * 2, td / 3, td // timedelta(hours=1), td % timedelta(hours=1))
print(timedelta(0), timedelta(microseconds=1), timedelta(days=-1, seconds=1), str(timedelta(hours=-1)), timedelta.max, timedelta.resolution)
print(timedelta(seconds=90) > timedelta(minutes=1), sorted([timedelta(1), timedelta(hours=1), timedelta(0)]))

utc = timezone.utc
cet = timezone(timedelta(hours=1), 'CET')
aware = datetime(2024, 6, 1, 12, 0, tzinfo=utc)
print(aware, aware.astimezone(cet), aware.astimezone(timezone(timedelta(hours=-5, minutes=-30))), aware.utcoffset(), aware.tzname(), cet.tzname(None))
print(aware == datetime(2024, 6, 1, 13, 0, tzinfo=cet), aware.isoformat(), datetime(2024, 1, 1, tzinfo=timezone(timedelta(0))).tzname(), repr(cet))
print(datetime.fromtimestamp(0, tz=utc), datetime.fromtimestamp(86400 * 365.25, tz=utc), aware.timestamp())

for src in ["date(2023, 2, 29)", "date(2024, 13, 1)", "time(24, 0)", "datetime(2024, 1, 1) - datetime(2024, 1, 1, tzinfo=timezone.utc)",
            "datetime(2024, 1, 1) < datetime(2024, 1, 1, tzinfo=timezone.utc)", "datetime.strptime('2024-99', '%Y-%m')", "timedelta(days=10**9)",
            "date.fromisoformat('2024/01/01')", "d + 1", "timezone(timedelta(hours=24))"]:
    try:
        print(src, '->', eval(src))
    except (ValueError, TypeError, OverflowError) as e:
        print(src, '->', type(e).__name__, e)
