"""The word lists and patterns the modules of ``components/times/`` share: the lexicon
``lexicons/times.json`` (holidays, plan predicates and adjectives, planned modifiers, durative
predicates), the cue lexicon's neutral reporting verbs, the prepositions of a time, month and
weekday names (English, from Python's ``calendar``), number words (``units.NUMBER_WORDS``) and
counts of no stated size, calendar units, parts of day (TIMEX3 ``MO``, ``AF``, ``EV``, ``NI``),
seasons (``SP``, ``SU``, ``FA``, ``WI``), the clock-time pattern, the pattern of a word that makes
a span a time at all (``_CUE``), and time zone abbreviations with their UTC offsets (dateparser's
table).

Data only, and :func:`_alt`, the regular-expression alternation of a word list.
"""
from __future__ import annotations

import calendar
import json
import re
from pathlib import Path

from dateparser.timezones import timezone_info_list

from newstrace.lexicons import cues
from newstrace.units import NUMBER_WORDS

_LEXDIR = Path(__file__).resolve().parents[2] / "lexicons"
_LEX = json.loads((_LEXDIR / "times.json").read_text(encoding="utf-8"))
_REPORT = cues()["report_neutral"]  # reporting verbs decide anchor="report" ("first reported on Friday")
_PREPS = {"on", "in", "at", "until", "till", "since", "by", "from", "through", "throughout",
          "during", "before", "after", "for", "between", "within", "over"}
_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_MONTHS |= {m.lower(): i for i, m in enumerate(calendar.month_abbr) if m} | {"sept": 9}
_DAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
#: "a couple of weeks": two (TIMEX3 ``P2W``; VOA 6203525, new-user trial 11, "over the last couple
#: of weeks" was unresolved).
_NUMS = NUMBER_WORDS | {"a": 1, "an": 1, "a couple of": 2, "couple of": 2}
_RELATIVE = {"this", "last", "next", "coming", "current", "previous", "past"}  # the words of dates._REL
#: Counts of no stated size: "several days", "recent days" (TIMEX3 ``PXD``, TimeML 1.2.1).
_VAGUE = ("several", "a few", "few", "many", "some", "recent")
_UNITS = "minute|hour|day|weekend|week|month|quarter|year|decade|century|centurie"
_POD = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
_SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
_HOLIDAYS = {**_LEX["fixed"], **_LEX["easter"], **_LEX["nth_weekday"]}


def _alt(words) -> str:
    """Regex alternation of ``words``, longest first."""
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


_MON, _WDAY, _NUMW = _alt(_MONTHS), _alt(_DAYS), r"\d+|" + _alt([*_NUMS, *_VAGUE])
_CLOCK = re.compile(r"\b(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?\s*m\b\.?"
                    r"|\b(noon|midday|midnight)\b|\b(\d{1,2}):(\d{2})\b")
_CUE = re.compile(rf"\b(?:{_MON}|{_WDAY}|(?:{_UNITS})s?|today|tomorrow|yesterday|tonight|"
                  rf"{_alt(_POD)}|{_alt(_SEASONS)}|{_alt(_HOLIDAYS)}|\d{{4}}|\d{{3}}0s)\b"
                  rf"|{_CLOCK.pattern}")
#: Time zone abbreviation -> UTC offset in seconds, dateparser's table (its first reading of an
#: ambiguous one: IST is Israel's +02:00 there, not India's +05:30).
_ZONES: dict[str, int] = {}
for _group in timezone_info_list:
    for _name, _offset in _group["timezones"]:
        _ZONES.setdefault(_name, _offset)
