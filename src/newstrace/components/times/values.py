"""The TIMEX3 value, type and range of one normalised expression (:func:`_resolve`): clock times
and parts of day (:func:`_time_of_day`: "4 p.m." ``T16:00``, "0100 UTC" ``T01:00Z``, "8:30 p.m.
BST" with the ISO 8601 offset of dateparser's time zone table, "Friday night" ``…TNI``; a bare
part of day, "at night", stays ``TNI`` for :mod:`.finder` and :mod:`.anchors` to date); ranges
("from March to May 2019": ``start/end``; a range whose end would come before its start is read
as one stretch: the start moves back (future) or the end forward, "Wednesday through Friday");
sets ("every Monday" ``XXXX-WXX-1``, "every month" ``P1M``); durations (:func:`_period`: "three
days" ``P3D``, "for years" ``PXY``); a month, holiday or season "this / last / next year"; then
the dates of :mod:`.dates`.

Input: the expression (lower case, ASCII apostrophe, leading preposition removed), the
publication date (``None`` leaves relative ones at ``value=None``) and the tense of :mod:`.tense`;
output: ``(value, type, range)`` (TIMEX3, ISO 24617-1:2012). Qualifiers ("early 2019",
"mid-February") are dropped: TIMEX3's ``mod`` is not recorded.
"""
from __future__ import annotations

import datetime as dt
import re

from newstrace.components.times.calendar_units import _ISO, _NONE, _Res, _day_of
from newstrace.components.times.dates import _MD, _absolute, _relative
from newstrace.components.times.words import (_CLOCK, _DAYS, _HOLIDAYS, _NUMS, _NUMW, _POD, _SEASONS, _UNITS, _VAGUE,
                                              _WDAY, _ZONES, _alt)

#: Words before a part of day that name no day of their own ("in the early morning", "later in the
#: evening", "that same night"): the day is the one named in the sentence, else the last one.
_POD_ANAPHOR = {"the", "early", "late", "later", "earlier", "in", "that", "same"}
_UTC = re.compile(r"\b([01]\d|2[0-3])([0-5]\d)\s*(?:utc|gmt)\b")
_RANGE = re.compile(r"(?:from |between )?(.+?)(?: to | until | till | through | and "
                    r"|\s*[–—]\s*|(?<=\d{4})-(?=\d{2,4}$))(.+)")
_DUR = re.compile(rf"(?:(?:about|around|nearly|almost|roughly|more than|less than|over|under|"
                  rf"at least|up to|some|another|the (?:past|last|next|coming))\s+)?"
                  rf"({_NUMW})?[\s-]*(?:(?:full|whole|more)\s+)?({_UNITS})s?(?:\s+long)?")
#: A month or day named with a year relative to the publication date ("In June this year",
#: fnc1-273, published 2014-12-02: June 2014; "in March of this year", Wikinews 2019-09-17,
#: new-user trial nine: 2019-03, had been unresolved).
_OF_YEAR = re.compile(r"(.+?),?\s+(?:of\s+)?(this|last|next)\s+year")
_QUAL = re.compile(r"^(?:early|mid|late|(?:the )?(?:end|beginning|start|middle) of)[\s-]+")


def _time_of_day(core: str, pub: dt.date | None, tense: str) -> _Res | None:
    """Clock times ("4 p.m.", "10:30") and parts of day ("this morning", "Friday night"; "every
    night" is TIMEX3's SET ``XXXX-XX-XXTNI``, quant EVERY, as "every Monday" is ``XXXX-WXX-1``)."""
    if m := _UTC.search(core):  # "0100 UTC": a time zone designator (ISO 8601 "Z")
        return f"T{m[1]}:{m[2]}Z", "TIME", None
    head, _, last = core.rpartition(" ")
    if head and last.upper() in _ZONES and _CLOCK.search(head):  # "8:30 p.m. bst": ISO 8601 offset
        value, kind, rng = _time_of_day(head, pub, tense)
        off = _ZONES[last.upper()]
        zone = "Z" if off == 0 else f"{'+' if off > 0 else '-'}{abs(off) // 3600:02d}:{abs(off) % 3600 // 60:02d}"
        return (value and value + zone), kind, rng
    if m := _CLOCK.search(core):
        if m[4]:
            hh, mm = (0 if m[4] == "midnight" else 12), 0
        elif m[3]:
            hh, mm = int(m[1]) % 12 + (12 if m[3] == "p" else 0), int(m[2] or 0)
        else:
            hh, mm = int(m[5]), int(m[6])
        rest = re.sub(r"^(?:at|on|,)\s*|\s*(?:,|on|at)$", "", core[:m.start()] + core[m.end():])
        day = _day_of(_resolve(rest.strip(), pub, tense)[0]) if rest.strip() else ""
        return (f"{day}T{hh:02d}:{mm:02d}" if hh < 24 and mm < 60 else None), "TIME", None
    if m := re.fullmatch(rf"(?:the\s+)?({_alt(_POD)})\s+of\s+(.+?)(?:\s+to\s+(?:{_WDAY}))?", core):
        day = _day_of(_resolve(m[2], pub, tense)[0])  # "the night of Monday to Tuesday": Monday's night
        return (f"{day}T{_POD[m[1]]}" if day else None), "TIME", None
    if m := re.fullmatch(rf"(?:every|each)\s+({_alt(_POD)})", core):  # "every night": any day's night, a SET
        return f"XXXX-XX-XXT{_POD[m[1]]}", "SET", None
    if m := re.fullmatch(rf"(?:(.+?)\s+)?({_alt(_POD)})|tonight", core):
        rest, code = (m[1], _POD[m[2]]) if m[2] else ("this", "NI")
        if rest is None or set(rest.split()) <= _POD_ANAPHOR:
            return f"T{code}", "TIME", None  # "at night", "later in the evening", "that night": the day named in the sentence, else the last one
        if rest in ("this", "last"):
            day = pub and (pub - dt.timedelta(days=rest == "last")).isoformat()
        else:
            day = _day_of(_resolve(rest, pub, tense)[0])
        return (f"{day}T{code}" if day else None), "TIME", None
    return None


def _period(n, unit: str) -> str:
    """TIMEX3 duration value of ``n`` (a number or "X") of ``unit`` ("hour", "quarter", ...):
    "PT2H", "P3D", "P6M" (two quarters), "P1DE" (a decade)."""
    if unit in ("minute", "hour"):
        return f"PT{n}{unit[0].upper()}"
    if unit == "quarter":
        return "PXM" if n == "X" else f"P{3 * int(n)}M"
    return f"P{n}" + {"decade": "DE", "century": "CE", "centurie": "CE"}.get(unit, unit[0].upper())


def _resolve(core: str, pub: dt.date | None, tense: str = "past") -> _Res:
    """TIMEX3 (value, type, range) of a normalised expression (lower case, ASCII apostrophe,
    leading preposition removed); ``tense``: past, future or near (see :func:`_tense`)."""
    if found := _time_of_day(core, pub, tense):
        return found
    if (m := _RANGE.fullmatch(core)) and not _ISO.fullmatch(core):
        left, right = m[1], m[2]
        if (y := re.search(r"\b\d{4}$", right)) and not re.search(r"\b\d{4}\b", left):
            left = f"{left} {y[0]}"  # "from March to May 2019"
        a, b = _resolve(left, pub, tense), _resolve(right, pub, tense)
        if (pub is not None and a[0] and b[0] and len(a[0]) == len(b[0]) and a[0] > b[0]
                and re.fullmatch(r"\d{4}-\d\d(?:-\d\d)?", b[0]) and not re.search(r"\d{4}", left + right)):
            if tense == "future":  # the start is the last one before the end
                end = dt.date.fromisoformat(b[0] if len(b[0]) == 10 else b[0] + "-01")
                a = _relative(_QUAL.sub("", left), end, "past")
            elif re.fullmatch(r"\d{4}-\d\d(?:-\d\d)?", a[0]) and not re.search(r"\d{4}", right):
                start = dt.date.fromisoformat(a[0] if len(a[0]) == 10 else a[0] + "-01")
                b = _relative(_QUAL.sub("", right), start, "future")  # the end is the first one after the start
        if a[0] and b[0] and a[1] == b[1] == "DATE":
            return f"{a[0]}/{b[0]}", "DATE", None
    if m := re.fullmatch(rf"(?:every|each)\s+(?:({_WDAY})|({_UNITS}))", core):
        week_part = f"XXXX-WXX-{_DAYS[m[1]] + 1}" if m[1] else "XXXX-WXX-WE" if m[2] == "weekend" else None
        return week_part or _period(1, m[2]), "SET", None
    if (m := _DUR.fullmatch(core)) and (m[1] or core.startswith("the ")) and m[2] != "weekend":
        # a plural with no count is vague ("the next hours": PTXH, new-user trial 18), as "for years" is
        vague = m[1] in _VAGUE or not m[1] and re.search(rf"\b{m[2]}s\b", core)
        return _period("X" if vague else _NUMS.get(m[1], m[1] or 1), m[2]), "DURATION", None
    if (m := re.fullmatch(rf"({_UNITS})s", core)) and m[1] != "weekend":  # "for years": PXY
        return _period("X", m[1]), "DURATION", None
    core = _QUAL.sub("", core)  # "early 2019", "mid-February": TIMEX3 mod is not recorded
    if pub is not None and (m := _OF_YEAR.fullmatch(core)) and (
            _MD.fullmatch(m[1]) or m[1] in _HOLIDAYS or m[1] in _SEASONS):  # "June this year": "June 2014"
        core = f"{m[1]} {pub.year + {'last': -1, 'next': 1}.get(m[2], 0)}"
    if found := _absolute(core):
        return found
    return _NONE if pub is None else _relative(core, pub, tense)
