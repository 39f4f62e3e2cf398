"""Times anchored at other times of the text rather than at the publication date (TIMEX3's
``anchorTimeID``, TimeML 1.2.1 guidelines): a weekday in the content of a report dated to its own
day ("On Tuesday, ALDI announced that ... can't run the Wednesday special") is placed from that
day (:func:`_report_anchored`); a clock time or part of day with no day in its sentence, "that
day", "three years later" and "the previous day" take the last date resolved before them
(:func:`_anaphoric`); "the day before the rally" takes the day of that event
(:func:`_before_event`). Hand-rolled: dateparser and dateutil resolve against one reference date,
not against the text's last one.

Input: ``(span, TimeExpression)`` pairs in text order, as :func:`.finder.find_times` builds them;
each function sets ``value`` (and ``type``) in place and returns nothing.
"""
from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Span

from newstrace.components.times.calendar_units import _SHIFT, _day_of, _unit_value
from newstrace.components.times.dates import _relative
from newstrace.components.times.tense import _SPEECH, _governor, _tense
from newstrace.components.times.words import _DAYS, _NUMS, _NUMW, _PREPS, _UNITS, _VAGUE, _alt
from newstrace.records import TimeExpression
from newstrace.units import text_of

#: Expressions anchored at the last date of the text, not at the publication date.
_THAT = re.compile(r"(?:that|the same) (day|week|month|year)")
_LATER_BY = re.compile(rf"({_NUMW}) ({_UNITS})s? (later|earlier)")
#: One unit before or after the last date: "the previous day", "the day before", "the following
#: week", "the next day" (the last is a sequence, not the duration "the next day" would read as).
_NEXT_TO = re.compile(r"(?:the )?(?:(previous|preceding|following|next) (day|week|month|year)"
                      r"|(day|week|month|year) (before|after))")


def _sent(span: Span) -> int:
    """Start token of the sentence of ``span`` (0 when the doc has no sentence boundaries)."""
    try:
        return span.sent.start
    except ValueError:
        return 0


def _speech_of(sp: Span):
    """The speech verb whose content clause (``ccomp``) holds ``sp`` ("announced that ... can't run
    the Wednesday special"), or ``None`` when ``sp`` modifies the speech act itself or lies in no
    reported content."""
    verb = _governor(sp)
    while verb.head.i != verb.i and verb.dep_ in ("ccomp", "xcomp", "conj"):  # not "while ALDI, on Tuesday, called it…"
        if verb.dep_ == "ccomp" and verb.head.lemma_ in _SPEECH and verb.head.pos_ == "VERB":
            return verb.head
        verb = verb.head
    return None


def _report_anchored(found: list) -> None:
    """Place a weekday inside the content of a report relative to the report's own day, not the
    publication date: TimeML anchors the times of reported speech at the speech time (TimeML
    1.2.1 guidelines, ``anchorTimeID``). "On Tuesday, ALDI announced that ... some stores can't run
    the Wednesday special" (published Friday 2020-03-13) is the Wednesday after that Tuesday,
    2020-03-11, not 2020-03-18 (new-user trial 10, Wikinews). The report's day is a day-level
    DATE on the speech verb in the same sentence; the weekday keeps the tense of its clause."""
    for sp, t in found:
        core = re.sub(rf"^(?:{_alt(_PREPS)})\s+", "", sp.text.lower().strip(" ,.;:"))
        if core not in _DAYS or (speech := _speech_of(sp)) is None:
            continue
        days = [u.value for s, u in found if s is not sp and _governor(s).i == speech.i and _day_of(u.value)]
        if days:
            t.value = _relative(core, dt.date.fromisoformat(days[0]), _tense(sp))[0]


_DAYS_OFF = re.compile(rf"(?:the|a|one|({_NUMW})) days?")


def _before_event(sp: Span, t: TimeExpression, found: list) -> None:
    """Date "the day before the rally" / "two days after the vote" by the day of that event: the
    last earlier sentence that names the event's noun (the same lemma) and has one day-level
    date ("gathered on Saturday … for a rally": the day before is the Friday; new-user trial,
    fifth, Wikinews 2020-12-15). The event's own date is what TIMEX3's ``anchorTimeID`` names;
    with no such sentence the value stays ``None``."""
    doc = sp.doc
    m = _DAYS_OFF.fullmatch(sp.text.lower().strip())
    nxt = doc[sp.end] if sp.end < len(doc) else None
    if m is None or nxt is None or nxt.lower_ not in ("before", "after"):
        return
    event = next((c for c in nxt.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
    if event is None or (m[1] in _VAGUE if m[1] else False):
        return
    for tok in reversed(doc[:_sent(sp)]):
        if tok.lemma_ != event.lemma_:
            continue
        days = {u.value for s, u in found if _sent(s) == tok.sent.start and _day_of(u.value)}
        if len(days) == 1:
            n = int(_NUMS.get(m[1], m[1])) if m[1] else 1
            day = dt.date.fromisoformat(days.pop()) + dt.timedelta(days=n if nxt.lower_ == "after" else -n)
            t.value, t.type = day.isoformat(), "DATE"
        return


def _anaphoric(found: list) -> None:
    """Resolve, in text order, the expressions anchored at the last date the text resolved
    before them (TIMEX3's ``anchorTimeID``; TimeML 1.2.1 guidelines): a clock time or part of
    day with no day in its sentence ("the attacks occurred at 4:00 A.M." after "Yesterday,
    ..."), "that day" / "the same week" (the anchor cut to that unit), "three years later" /
    "two days earlier" (the anchor moved by that much, at the unit's granularity: "2011 ...
    three years later" is 2014) and "the previous day" / "the day after" / "the following week"
    (moved by one unit). The anchor is the last date fine enough for the unit ("The previous
    day" after "On Thursday ... last October" is the day before Thursday; new-user trial,
    Wikinews) and no more than one paragraph break before the expression: a story told after
    a paragraph with no date of its own has left the last date's time ("found guilty on
    Thursday of raping a tourist in 2014" ... two paragraphs on, "a late night tour" is not
    Thursday night; new-user trial, Wikinews). With no such date, they stay ``value=None`` (a
    clock time ``T04:00``). Hand-rolled: dateparser and dateutil resolve against one reference
    date, not against the text's last one."""
    dated: list[tuple[int, str]] = []  # (end offset, value) of the day-, month-, year-level DATEs so far
    for sp, t in found:
        core = re.sub(r"\s+", " ", sp.text.lower()).strip(" ,.;:")
        core = core.split(" ", 1)[1] if core.split(" ", 1)[0] in _PREPS and " " in core else core
        clock = t.type == "TIME" and t.value and t.value.startswith("T")
        m = None if clock else (_NEXT_TO.fullmatch(core) or (
            t.value is None and (_THAT.fullmatch(core) or _LATER_BY.fullmatch(core))))
        unit = "day" if clock else m and (m[2] or m[3] if m.re is _NEXT_TO else m[1] if m.re is _THAT else m[2])
        need = {"day": 10, "week": 10, "month": 7, "year": 4}.get(unit)
        text = text_of(sp.doc)
        last = next((v for end, v in reversed(dated) if len(v) >= need
                     and len(re.findall(r"[^\S\n]*\n\s*", text[end:sp.start_char])) <= 1), None) if need else None
        if clock and last:
            t.value = last[:10] + t.value
        elif m and last:
            if m.re is _NEXT_TO:
                n = -1 if (m[1] or m[4]) in ("previous", "preceding", "before") else 1
            else:
                n = 0 if m.re is _THAT else int(_NUMS.get(m[1], m[1])) * (1 if m[3] == "later" else -1) \
                    if m[1] not in _VAGUE else None
            if n is not None:
                d = dt.date.fromisoformat((last + "-01-01")[:10]) + _SHIFT[unit] * n
                t.value, t.type = _unit_value(d, unit), "DATE"
        if t.value and re.match(r"\d{4}(?:-\d\d){0,2}(?:T|$)", t.value) and t.type == "DATE":
            dated.append((sp.end_char, t.value.split("T")[0]))
