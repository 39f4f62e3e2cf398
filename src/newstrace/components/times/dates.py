"""Dates: those that carry their year (:func:`_absolute`: "2018", "the 1990s", "May 31, 2019",
"March 2019", "Easter 2019", "summer 2019", "the first quarter of 2019"; dateparser, whose
``period`` gives the granularity) and those placed against the publication date
(:func:`_relative`: "yesterday", "later this week", "three weeks ago", "last year", and weekdays,
months, month-days, quarters and holidays in the tense of their clause, :mod:`.tense`; "last" /
"next" force the direction). A weekday named with its date ("Tuesday, January 21") takes the year
in which that date is that weekday. :func:`_anchored_range` gives the range of a stretch anchored
at the publication date ("since 2009", "the last 15 months", "the next three weeks").

Input: a normalised expression (lower case, ASCII apostrophe, leading preposition removed), the
publication date and the tense; output: ``(value, TIMEX3 type, range)`` (TimeML 1.2.1). Only
expressions with a year go to dateparser, which reads "May 31" as the year 2031.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re

from dateparser.date import DateDataParser
from dateutil.relativedelta import relativedelta

from newstrace.components.times.calendar_units import (_NONE, _Res, _SHIFT, _holiday, _pick, _unit_bounds,
                                                       _unit_value)
from newstrace.components.times.words import (_DAYS, _HOLIDAYS, _MON, _MONTHS, _NUMS, _NUMW, _RELATIVE, _SEASONS,
                                              _UNITS, _VAGUE, _WDAY, _alt)

_AGO = re.compile(rf"({_NUMW})\s+({_UNITS})s?\s+(ago|from now|hence)")
_REL = re.compile(rf"({_alt(_RELATIVE)})\s+({_UNITS})")
_LATER = re.compile(r"(later|earlier)\s+(?:this|in\s+the)\s+(week|month|year)")
_MD = re.compile(rf"(?:({_WDAY}),?\s+)?(?:the\s+)?(?:(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?)?"
                 rf"({_MON})\.?(?:\s+(\d{{1,2}})(?:st|nd|rd|th)?)?")
_QUARTER = re.compile(r"(?:the )?(first|second|third|fourth) quarter(?: of (\d{4}))?")
_DDP = DateDataParser(languages=["en"], settings={"REQUIRE_PARTS": ["year"],
                                                  "PREFER_DAY_OF_MONTH": "first"})
_ANCHORED = re.compile(rf"the (past|last|next|coming) (?:({_NUMW}) )?({_UNITS})s?")


def _absolute(core: str) -> _Res | None:
    """Expressions that carry their year: "2018", "the 1990s", "May 31, 2019", "March 2019"."""
    if m := re.fullmatch(r"(?:the\s+)?(\d{3})0s", core):
        return m[1], "DATE", None
    if not re.search(r"\b\d{4}\b", core):
        return None
    if re.fullmatch(r"\d{4}", core):
        return core, "DATE", None
    if m := re.fullmatch(rf"({_alt(_HOLIDAYS)}),?\s+(\d{{4}})", core):
        return _holiday(m[1], int(m[2])).isoformat(), "DATE", None
    if m := re.fullmatch(rf"(?:the\s+)?({_alt(_SEASONS)})\s+(?:of\s+)?(\d{{4}})", core):
        return f"{m[2]}-{_SEASONS[m[1]]}", "DATE", None
    if m := _QUARTER.fullmatch(core):
        return f"{m[2]}-Q{('first', 'second', 'third', 'fourth').index(m[1]) + 1}", "DATE", None
    got = _DDP.get_date_data(core)
    d, size = got.date_obj, {"day": 10, "month": 7, "year": 4}.get(got.period)
    if not d or not size or f"{d.year:04d}" not in core:  # "2019 years" read as "ago"
        return _NONE
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"[:size], "DATE", None


def _relative(core: str, pub: dt.date, tense: str) -> _Res:
    """Expressions resolved against ``pub``: deictic words, shifted units, tense-anchored
    weekdays, months, month-days, quarters and holidays."""
    if core in ("yesterday", "today", "tomorrow"):
        shift = ("yesterday", "today", "tomorrow").index(core) - 1
        return (pub + dt.timedelta(days=shift)).isoformat(), "DATE", None
    if m := _LATER.fullmatch(core):
        start, end = _unit_bounds(pub, m[2])
        one = dt.timedelta(days=1)
        lo, hi = (pub + one, end) if m[1] == "later" else (start, pub - one)
        rng = [lo.isoformat(), hi.isoformat()] if lo <= hi else None
        return _unit_value(pub, m[2]), "DATE", rng
    if m := _AGO.fullmatch(core):
        if m[1] in _VAGUE:
            return ("PAST_REF" if m[3] == "ago" else "FUTURE_REF"), "DATE", None
        unit = "week" if m[2] == "weekend" else m[2]
        step = (-1 if m[3] == "ago" else 1) * int(_NUMS.get(m[1], m[1]))
        if unit not in _SHIFT:  # "three hours ago": no day-level value
            return _NONE
        return _unit_value(pub + step * _SHIFT[unit], unit), "DATE", None
    if m := _REL.fullmatch(core):
        step = {"last": -1, "previous": -1, "past": -1, "next": 1, "coming": 1}.get(m[1], 0)
        unit = "week" if m[2] == "weekend" else m[2]
        return (_unit_value(pub + step * _SHIFT[unit], m[2]) if unit in _SHIFT else None,
                "DATE", None)
    core = re.sub(r"^this (?=past |coming )", "", core)  # "this past Tuesday": "past Tuesday"
    mod, _, rest = core.partition(" ")
    if mod not in ("last", "past", "next", "this", "coming"):
        mod, rest = None, core
    mode = {"last": "past!", "past": "past!", "next": "future!", "coming": "future!"}.get(mod)
    mode = mode or tense
    years = (pub.year - 1, pub.year, pub.year + 1)
    if rest in _HOLIDAYS:
        return _pick([_holiday(rest, y) for y in years], pub, mode).isoformat(), "DATE", None
    if m := _QUARTER.fullmatch(rest):
        q = ("first", "second", "third", "fourth").index(m[1]) + 1
        ref = dt.date(pub.year, (pub.month - 1) // 3 * 3 + 1, 1)
        year = _pick([dt.date(y, 3 * q - 2, 1) for y in years], ref, mode).year
        return f"{year}-Q{q}", "DATE", None
    if m := _MD.fullmatch(rest):
        month, day = _MONTHS[m[3]], int(m[2] or m[4] or 0)
        if not day:
            first = _pick([dt.date(y, month, 1) for y in years], pub.replace(day=1), mode)
            return f"{first:%Y-%m}", "DATE", None
        cands = [dt.date(y, month, day) for y in years if day <= calendar.monthrange(y, month)[1]]
        if m[1] and (named := [c for c in cands if c.weekday() == _DAYS[m[1]]]):
            cands = named  # "Tuesday, January 21": the year in which that day is a Tuesday
        hit = _pick(cands, pub, mode) or (_pick(cands, pub, "near") if m[1] and len(cands) == 1 else None)
        return (hit.isoformat() if hit else None), "DATE", None
    if rest in _DAYS:
        cands = [pub + dt.timedelta(days=k) for k in range(-7, 8)]
        hit = _pick([c for c in cands if c.weekday() == _DAYS[rest]], pub,
                    "future!" if mode == "future" else mode)
        return hit.isoformat(), "DATE", None
    return _NONE


def _anchored_range(prep: str, core: str, value: str | None, kind: str,
                    pub: dt.date | None) -> list[str] | None:
    """``[first_day, last_day]`` of a stretch anchored at the publication date ``pub``: "since
    2009" / "since March" (a DATE value after "since": its first day to ``pub``), "in the last 15
    months" / "over the past two years" (a DURATION back from ``pub``), "the next three weeks"
    (forward from ``pub``). ``None`` for any other expression, a vague count ("the past few
    years") or an unknown ``pub``."""
    if pub is None or not value:
        return None
    if prep == "since" and kind == "DATE" and re.fullmatch(r"\d{4}(?:-\d\d(?:-\d\d)?)?", value):
        first = dt.date.fromisoformat(value if len(value) == 10 else (value + "-01-01")[:10])
        return [first.isoformat(), pub.isoformat()] if first <= pub else None
    m = _ANCHORED.fullmatch(core)
    if kind != "DURATION" or m is None or m[2] in _VAGUE or m[3] in ("minute", "hour", "weekend"):
        return None
    n = int(_NUMS.get(m[2], m[2] or 1))
    if m[3] == "quarter":
        span = relativedelta(months=3 * n)
    else:
        span = _SHIFT[{"centurie": "century"}.get(m[3], m[3])] * n
    if m[1] in ("past", "last"):
        return [(pub - span).isoformat(), pub.isoformat()]
    return [pub.isoformat(), (pub + span).isoformat()]
