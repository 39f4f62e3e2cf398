"""Calendar arithmetic the resolvers share: the TIMEX3 value of the day, ISO week, weekend,
month, quarter, year, decade or century that holds a date (:func:`_unit_value`), the first and
last day of its week, month or year (:func:`_unit_bounds`), one unit as a ``relativedelta``
(``_SHIFT``), the date of a ``lexicons/times.json`` holiday in a year (:func:`_holiday`: a fixed
month-day, Easter Sunday plus n days by dateutil's ``easter``, or the n-th weekday of a month by
``relativedelta``), the candidate date nearest a reference date in a direction (:func:`_pick`),
and whether a value is a day (:func:`_day_of`).

A resolution is ``_Res`` = (value or ``None``, TIMEX3 type, range or ``None``); ``_NONE`` is the
unresolved DATE. Input: ``datetime.date`` values and unit names; output: dates and TIMEX3 value
strings (``2019-05-31``, ``2019-W22``, ``2019-W22-WE``, ``2019-05``, ``2019-Q2``, ``2019``,
``201`` a decade, ``20`` a century; TimeML 1.2.1 guidelines).
"""
from __future__ import annotations

import calendar
import datetime as dt
import re

from dateutil.easter import easter
from dateutil.relativedelta import relativedelta
from dateutil.relativedelta import weekday as rd_weekday

from newstrace.components.times.words import _HOLIDAYS

_ISO = re.compile(r"\d{4}-\d\d-\d\d")
_SHIFT = {"day": relativedelta(days=1), "week": relativedelta(weeks=1),
          "month": relativedelta(months=1), "quarter": relativedelta(months=3),
          "year": relativedelta(years=1), "decade": relativedelta(years=10),
          "century": relativedelta(years=100)}
_Res = tuple  # (value | None, TIMEX3 type, range | None)
_NONE: _Res = (None, "DATE", None)


def _pick(cands, ref: dt.date, mode: str):
    """The candidate nearest ``ref`` in direction ``mode`` (past / future, ``!`` = strictly;
    near = either side, the later one on a tie)."""
    if mode == "near":
        return min(cands, key=lambda c: (abs((c - ref).days), c < ref), default=None)
    ok = {"past": lambda c: c <= ref, "past!": lambda c: c < ref,
          "future": lambda c: c >= ref, "future!": lambda c: c > ref}[mode]
    hits = [c for c in cands if ok(c)]
    return (max if mode.startswith("past") else min)(hits) if hits else None


def _unit_value(d: dt.date, unit: str) -> str:
    """TIMEX3 value of the calendar ``unit`` (day, week, weekend, month, ...) containing ``d``."""
    if unit in ("week", "weekend"):
        y, w, _ = d.isocalendar()
        return f"{y}-W{w:02d}" + ("-WE" if unit == "weekend" else "")
    return {"day": d.isoformat(), "month": f"{d:%Y-%m}", "year": f"{d.year:04d}",
            "quarter": f"{d.year}-Q{(d.month + 2) // 3}", "decade": f"{d.year // 10:03d}",
            }.get(unit, f"{d.year // 100:02d}")


def _unit_bounds(d: dt.date, unit: str) -> tuple[dt.date, dt.date]:
    """First and last day of the week, month or year containing ``d``."""
    if unit == "week":
        start = d - dt.timedelta(days=d.weekday())
        return start, start + dt.timedelta(days=6)
    if unit == "month":
        return d.replace(day=1), d.replace(day=calendar.monthrange(d.year, d.month)[1])
    return d.replace(month=1, day=1), d.replace(month=12, day=31)


def _holiday(name: str, year: int) -> dt.date:
    """Date in ``year`` of a ``lexicons/times.json`` holiday (fixed, Easter + n, n-th weekday)."""
    rule = _HOLIDAYS[name]
    if isinstance(rule, str):
        return dt.date(year, int(rule[:2]), int(rule[3:]))
    if isinstance(rule, int):
        return easter(year) + dt.timedelta(days=rule)
    month, wday, n = rule
    first = dt.date(year, month, 1 if n > 0 else calendar.monthrange(year, month)[1])
    return first + relativedelta(weekday=rd_weekday(wday, n))


def _day_of(value: str | None) -> str:
    """``value`` when it is a day (``YYYY-MM-DD``), else the empty string."""
    return value if value and _ISO.fullmatch(value) else ""
