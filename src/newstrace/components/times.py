"""Temporal expressions with TIMEX3 values: :func:`find_times`, component ``newstrace_times``.

Method. spaCy's DATE and TIME entities, plus the holiday names of ``lexicons/times.json``, are
the candidates. Each is widened to its preposition ("on Friday", "until June") and to a trailing
"ago"; "from A to B" / "between A and B" entity pairs are merged into one range; candidates
that are no time at all (ages such as "62-year-old", bare numbers) are dropped. Values follow
TIMEX3 (ISO-TimeML, ISO 24617-1:2012; TimeML 1.2.1 annotation guidelines): ``2019-05-31``,
``2019-02``, ``2018``, ``199`` (decade), ``2019-W22`` (ISO week), ``2019-W22-WE``, ``2019-Q2``,
``2019-SU`` (season), ``P1W`` / ``PT3H`` (durations), ``2019-05-31T16:00`` / ``T16:00`` (clock
times), ``2019-05-31TMO`` (parts of day), ``PAST_REF``, ranges ``start/end``; sets (type SET,
quant EVERY) ``P1M`` ("every month"), ``XXXX-WXX-1`` ("every Monday"), ``XXXX-WXX-WE``
("every weekend", the week-part notation of ``2019-W22-WE``).

Libraries first: dates that carry a year go to dateparser (its ``period`` gives the
granularity); Easter and n-th-weekday holidays use dateutil. The relative and tense logic is
hand-rolled because neither library is tense-aware: dateparser's ``PREFER_DATES_FROM`` is one
setting per call, not per clause, and it reads "May 31" as the year 2031. As in HeidelTime's
news-document rules (Strötgen & Gertz 2013, tense-based anchoring to the document creation
time), an underspecified weekday, month, month-day or holiday is placed by the tense of the clause
it modifies (:func:`_tense`, from the dependency parse: the nearest verb above the expression, its
auxiliaries and tag, climbing through infinitives and participles):

* future — the next occurrence (weekdays strictly after the publication day, months and days
  from the publication month or day on): "will" / "shall" / "is going to" and the modals of
  possibility and obligation ("may", "must", "can", "should"); a present-tense or present-perfect
  plan predicate ("plans to", "is scheduled for", "has been planned", "is due to", "is to be
  sentenced", ``lexicons/times.json``); an infinitival relative ("the election to be held on");
  a present tense on the expression's own verb ("the ban starts in March", "remain in place until
  March", "has until Feb. 4 to appeal"), unless it is a speech verb ("says") or a perfect;
* near — whichever occurrence is closer to the publication date (the later on a tie): future
  in the past ("would", "could", "was due to", "was scheduled for", "the debate, scheduled
  for"), a noun modified as planned ("an expected arrival of March 26"), "until" after a past action that is not a state ("extended its order until May 1",
  not "was envoy until December"), a plan predicate above a noun ("is scheduled to continue
  with the caucuses on February 22");
* past — the latest occurrence on or before the publication date: everything else, and always
  "since", "back in" and a time on a speech act ("said Sunday", "speaking on Monday").

A time that modifies a noun ("at Friday's meeting") takes its tense from the verb above only
through a future auxiliary or a plan; a present tense in a temporal clause ("as they march
Thursday", "when he arrives on Tuesday") takes the main clause's; a temporal participle of another clause ("Encouraged by
... in January, leaders are going all out") does not take a present tense from it. "last" /
"next" force the direction. A weekday in the content of a report dated to its own day ("On
Tuesday, ALDI announced that ... can't run the Wednesday special") is placed from that day, not the
publication date (:func:`_report_anchored`). A weekday named with its date ("Tuesday, January 21") takes the year
in which that date is that weekday. A range whose end would come before its start is read as
one stretch: the start moves back (future) or the end forward ("Wednesday through Friday").

Candidates: a holiday name that is part of a place name ("Easter Island") is none; a day and a
part of day that follows it are one expression ("Thursday evening", "yesterday afternoon"); a
possessive day ("at Friday's meeting") is not widened to the preposition of its noun; a bare part
of day ("at night") is ``TNI`` and takes the day named in its sentence, if any; "the night of" and
the day after it are one expression ("On the night of Monday to Tuesday": Monday's night, which
the NER tags as three; new-user trial 8, Wikinews); a day number conjoined to a dated month
("on March 4 and 5") is a day of that month; "that day", "the same week" the NER missed
are candidates too (:func:`_anaphoric` resolves them).

Clock times the NER missed ("at 4:00 A.M.", "0100 UTC") are candidates too; a time zone
abbreviation after a clock time ("8:30 p.m. BST") gives the ISO 8601 offset (dateparser's
table); a trailing "and" is dropped ("in late January and early February" is two times); the
end of a "from ... to" range the NER missed is added ("from 1963 to late 2024": ``1963/2024``). Anaphoric
expressions take the last date resolved before them (:func:`_anaphoric`).

Simplifications (documented, deliberate): a clock time takes the date of a day-level expression
in the same sentence, else the last day resolved before it, else it stays ``T16:00``; "in three
days" is a duration; "later this week/month/year" (or "later in the week", read as the
publication's week, not a week the story told of) has the range day-after-publication to the unit's end, "earlier this ..." the
unit's start to the day before publication; a stretch up to the publication date has the
range from its start to that date ("since 2009", "since March", "in the last 15 months", "over
the past two years"; TIMEX3 gives these a DURATION or DATE value and an anchor, the range makes
the anchor explicit), "the next N units" from the publication date on; relative
expressions without a publication date get ``value=None``.
"""
from __future__ import annotations

import calendar
import datetime as dt
import json
import re
from pathlib import Path

from dateparser.date import DateDataParser
from dateparser.timezones import timezone_info_list
from dateutil.easter import easter
from dateutil.relativedelta import relativedelta
from dateutil.relativedelta import weekday as rd_weekday
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from newstrace.components import ext  # noqa: F401  (declares doc._.nt_published / nt_times)
from newstrace.components.cue_rules import reports_in_person
from newstrace.records import TimeExpression
from newstrace.units import NUMBER_WORDS, text_of
from newstrace.lexicons import cues

_LEXDIR = Path(__file__).resolve().parent.parent / "lexicons"
_LEX = json.loads((_LEXDIR / "times.json").read_text(encoding="utf-8"))
_REPORT = cues()["report_neutral"]  # reporting verbs decide anchor="report" ("first reported on Friday")
_FUT_PRED = set(_LEX["future_predicates"])
_FUT_ADJ = set(_LEX["future_adjectives"])
_PLANNED = set(_LEX["planned_modifiers"])
_TEMPORAL_MARKS = {"as", "while", "when", "whenever", "after", "before", "once", "until", "till"}
_SPEECH = (_REPORT - _FUT_PRED) | {"speak", "talk"}  # a time on the speech act itself is past
_DURATIVE = set(_LEX["durative_predicates"])
_FUT_AUX = {"will", "'ll", "’ll", "shall", "wo", "can", "ca", "may", "might", "must", "should",
            "ought"}
_NEAR_AUX = {"would", "could", "'d", "’d"}
_HAVE = {"have", "has", "had", "'ve", "’ve"}
_PRESENT = {"is", "are", "am", "'s", "’s", "'re", "’re", "has", "have", "'ve", "’ve", "do", "does"}
_PAST = {"was", "were", "had", "did"}
_PREPS = {"on", "in", "at", "until", "till", "since", "by", "from", "through", "throughout",
          "during", "before", "after", "for", "between", "within", "over"}
_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_MONTHS |= {m.lower(): i for i, m in enumerate(calendar.month_abbr) if m} | {"sept": 9}
_DAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
#: "a couple of weeks": two (TIMEX3 ``P2W``; VOA 6203525, new-user trial 11, "over the last couple
#: of weeks" was unresolved).
_NUMS = NUMBER_WORDS | {"a": 1, "an": 1, "a couple of": 2, "couple of": 2}
_RELATIVE = {"this", "last", "next", "coming", "current", "previous", "past"}  # the words of _REL
#: Counts of no stated size: "several days", "recent days" (TIMEX3 ``PXD``, TimeML 1.2.1).
_VAGUE = ("several", "a few", "few", "many", "some", "recent")
_UNITS = "minute|hour|day|weekend|week|month|quarter|year|decade|century|centurie"
_UNIT_WORD = re.compile(rf"(?:{_UNITS})s?")
_POD = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
_POD_RE = re.compile(r"(?:(?:early|late|mid)[\s-]+)?(?:the\s+)?(?:morning|afternoon|evening|night)")
#: A part of day opening a day's name ("the night of Monday to Tuesday"): one expression with the
#: day (the NER tags "the night of" apart from the day).
_POD_OF = re.compile(rf"(?:the\s+)?(?:{'|'.join(_POD)})\s+of")
#: Words before a part of day that name no day of their own ("in the early morning", "later in the
#: evening", "that same night"): the day is the one named in the sentence, else the last one.
_POD_ANAPHOR = {"the", "early", "late", "later", "earlier", "in", "that", "same"}
_SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
_HOLIDAYS = {**_LEX["fixed"], **_LEX["easter"], **_LEX["nth_weekday"]}


def _alt(words) -> str:
    """Regex alternation of ``words``, longest first."""
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


_MON, _WDAY, _NUMW = _alt(_MONTHS), _alt(_DAYS), r"\d+|" + _alt([*_NUMS, *_VAGUE])
#: A single day, which takes "on", never "in": an "in" before it is a particle ("moved in the day
#: before the blast", Wikinews 2019-01-04) and no part of the time.
_ONE_DAY = re.compile(rf"(?:the )?(?:day|{_WDAY})")
_HOLIDAY_RE = re.compile(r"\b(?:" + _alt(_HOLIDAYS).replace("'", "[’']") + r")\b", re.I)
_CLOCK = re.compile(r"\b(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?\s*m\b\.?"
                    r"|\b(noon|midday|midnight)\b|\b(\d{1,2}):(\d{2})\b")
_CUE = re.compile(rf"\b(?:{_MON}|{_WDAY}|(?:{_UNITS})s?|today|tomorrow|yesterday|tonight|"
                  rf"{_alt(_POD)}|{_alt(_SEASONS)}|{_alt(_HOLIDAYS)}|\d{{4}}|\d{{3}}0s)\b"
                  rf"|{_CLOCK.pattern}")
#: Clock times the NER may miss ("at 4:00 A.M."), four-digit UTC times ("0100 UTC") and 24-hour
#: times after "at" or before "local time" ("at around 14:00 local time"; not "John 3:16").
_CLOCK_SCAN = re.compile(r"\b\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?\s*m\b\.?|\b(?:[01]\d|2[0-3])[0-5]\d\s*(?:UTC|GMT)\b"
                         r"|(?<=\bat )(?:(?:around|about|approximately|roughly) )?(?:[01]?\d|2[0-3]):[0-5]\d\b"
                         r"|\b(?:[01]?\d|2[0-3]):[0-5]\d(?= local time\b)", re.I)
#: A recurring time the NER leaves unlabelled ("report to police every month", VOA 7836916):
#: TIMEX3's SET with quant EVERY.
_EVERY_SCAN = re.compile(rf"\b(?:every|each) (?:{_WDAY}|(?:{_UNITS})|{_alt(_POD)})\b", re.I)
#: A unit anchored at the last date of the text that the NER leaves unlabelled ("In a meeting that
#: day he was told…", Wikinews 2019-01-04, new-user trial 8: Monday, named a sentence before):
#: resolved by :func:`_anaphoric`.
_THAT_SCAN = re.compile(r"\b(?:that|the same) (?:day|week|month|year)\b", re.I)
#: A number in a name that is no year: "Republic Act No. 7966", "Resolution 2254", "Route 1960".
_NUMBERED = re.compile(r"\b(?:no|nos|number|act|law|bill|resolution|decree|order|article|section|"
                       r"chapter|route|flight|room|case|code|ordinance|#)\.?\s*$", re.I)
_UTC = re.compile(r"\b([01]\d|2[0-3])([0-5]\d)\s*(?:utc|gmt)\b")
#: Time zone abbreviation -> UTC offset in seconds, dateparser's table (its first reading of an
#: ambiguous one: IST is Israel's +02:00 there, not India's +05:30).
_ZONES: dict[str, int] = {}
for _group in timezone_info_list:
    for _name, _offset in _group["timezones"]:
        _ZONES.setdefault(_name, _offset)
#: The end of a range whose start the NER found and whose end it missed ("from 1963 to late 2024").
_RANGE_END = re.compile(r"\s+(?:to|until|till|through|and)\s+(?:(?:early|mid|late)[\s-]+)?"
                        r"(?:[A-Z][a-z]+\.?\s+)?\d{4}\b")
#: Expressions anchored at the last date of the text, not at the publication date.
_THAT = re.compile(r"(?:that|the same) (day|week|month|year)")
_LATER_BY = re.compile(rf"({_NUMW}) ({_UNITS})s? (later|earlier)")
#: One unit before or after the last date: "the previous day", "the day before", "the following
#: week", "the next day" (the last is a sequence, not the duration "the next day" would read as).
_NEXT_TO = re.compile(r"(?:the )?(?:(previous|preceding|following|next) (day|week|month|year)"
                      r"|(day|week|month|year) (before|after))")
#: A stretch before or after an event ("two days before the formal vote") measures an offset, no duration.
_OFFSET = re.compile(r"\s+(?:before|after|prior to|ahead of)\s")
_AGE = re.compile(r"(?:year|month|week|day)s?[\s-]+old\b|\baged?\b")
_ISO = re.compile(r"\d{4}-\d\d-\d\d")
_RANGE = re.compile(r"(?:from |between )?(.+?)(?: to | until | till | through | and "
                    r"|\s*[–—]\s*|(?<=\d{4})-(?=\d{2,4}$))(.+)")
_DUR = re.compile(rf"(?:(?:about|around|nearly|almost|roughly|more than|less than|over|under|"
                  rf"at least|up to|some|another|the (?:past|last|next|coming))\s+)?"
                  rf"({_NUMW})?[\s-]*(?:(?:full|whole|more)\s+)?({_UNITS})s?(?:\s+long)?")
_AGO = re.compile(rf"({_NUMW})\s+({_UNITS})s?\s+(ago|from now|hence)")
_REL = re.compile(rf"({_alt(_RELATIVE)})\s+({_UNITS})")
_LATER = re.compile(r"(later|earlier)\s+(?:this|in\s+the)\s+(week|month|year)")
#: A month or day named with a year relative to the publication date ("In June this year",
#: fnc1-273, published 2014-12-02: June 2014; "in March of this year", Wikinews 2019-09-17,
#: new-user trial nine: 2019-03, had been unresolved).
_OF_YEAR = re.compile(r"(.+?),?\s+(?:of\s+)?(this|last|next)\s+year")
_MD = re.compile(rf"(?:({_WDAY}),?\s+)?(?:the\s+)?(?:(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?)?"
                 rf"({_MON})\.?(?:\s+(\d{{1,2}})(?:st|nd|rd|th)?)?")
_QUARTER = re.compile(r"(?:the )?(first|second|third|fourth) quarter(?: of (\d{4}))?")
_QUAL = re.compile(r"^(?:early|mid|late|(?:the )?(?:end|beginning|start|middle) of)[\s-]+")
_SHIFT = {"day": relativedelta(days=1), "week": relativedelta(weeks=1),
          "month": relativedelta(months=1), "quarter": relativedelta(months=3),
          "year": relativedelta(years=1), "decade": relativedelta(years=10),
          "century": relativedelta(years=100)}
_DDP = DateDataParser(languages=["en"], settings={"REQUIRE_PARTS": ["year"],
                                                  "PREFER_DAY_OF_MONTH": "first"})
_Res = tuple  # (value | None, TIMEX3 type, range | None)
_NONE: _Res = (None, "DATE", None)


def _governor(span: Span):
    """The nearest verb above ``span`` (the sentence root when there is none); a bare day right
    after a reporting verb belongs to it ("said Sunday Israel will ...")."""
    doc = span.doc
    if span.start > 0 and span[0].lower_ not in _PREPS and doc[span.start - 1].lemma_ in _REPORT \
            and doc[span.start - 1].pos_ == "VERB":
        return doc[span.start - 1]
    tok = span.root
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _nominal(span: Span, verb) -> bool:
    """True when ``span`` modifies a noun on its way up to ``verb`` ("Friday's meeting", "the
    report in March") rather than the verb itself ("met on Friday", "said Monday")."""
    tok = span.root
    while tok.i != verb.i and tok.head.i != tok.i:
        tok = tok.head
        if tok.i != verb.i and tok.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
            return True
    return False


def _planned_noun(span: Span, verb) -> bool:
    """True when a noun between ``span`` and ``verb`` is modified as planned or expected ("an
    expected arrival of March 26", "the scheduled vote on Friday"): the time is the plan's,
    not the verb's (new-user trial, VOA 2025-03-14: "reporting its destination as Bandar Abbas
    with an expected arrival of March 26" was dated 2024)."""
    tok = span.root
    while tok.i != verb.i and tok.head.i != tok.i:
        tok = tok.head
        if tok.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "amod" and c.lower_ in _PLANNED
                                                 for c in tok.children):
            return True
    return False


def _tense(span: Span) -> str:
    """Where the clause that ``span`` modifies lies in time: ``past``, ``future`` or ``near``
    (either side of the publication date: "would", past-tense plans, "until" after a past
    action); rules in the module docstring."""
    verb = _governor(span)
    nominal = _nominal(span, verb)
    prep = span[0].lower_ if span[0].lower_ in _PREPS else None
    if prep == "since" or (span.start > 0 and span.doc[span.start - 1].lower_ == "back"):
        return "past"  # "since March", "back in February"
    if nominal and _planned_noun(span, verb):
        return "near"  # "with an expected arrival of March 26"
    prospective = False  # the clause is the complement of a plan ("due to meet", "to be held")
    direct = not nominal  # ``span`` modifies ``verb`` itself
    for _ in range(12):
        aux = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
        finite = [a for a in aux if a != "to"]
        perfect = any(a in _HAVE for a in finite)
        if verb.dep_ == "xcomp" and verb.head.lower_ == "going":  # "is going to resign"
            return "future"
        if any(a in _FUT_AUX for a in finite):  # "will start on Monday", "may cause ... by August"
            return "past" if perfect else "future"
        if any(a in _NEAR_AUX for a in finite):  # "would be out by September 11"
            return "past" if perfect else "near"
        present = verb.tag_ in ("VBZ", "VBP") or any(a in _PRESENT for a in finite)
        past = verb.tag_ == "VBD" or any(a in _PAST for a in finite)
        plan = verb.lemma_ in _FUT_PRED or any(
            c.dep_ in ("acomp", "attr") and c.lemma_ in _FUT_ADJ for c in verb.children)
        if direct and plan and past:  # "was scheduled for Monday", not "pledged on Wednesday"
            plan = any(c.dep_ == "auxpass" for c in verb.children) or verb.lemma_ == "be"
        if direct and verb.lemma_ in _SPEECH and verb.tag_ != "VB" and not (present and verb.tag_ == "VBG"):
            return "past"  # "said Sunday", "speaking on Monday", "told reporters Friday"
        temporal = verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _TEMPORAL_MARKS
                                                for c in verb.children)
        if present and not plan and temporal and verb.head.pos_ in ("VERB", "AUX"):
            verb = verb.head  # "chanted as they march in Khartoum Thursday": the main clause's time
            continue
        if present or past:
            if nominal and plan and not prospective:  # "is scheduled to continue with the caucuses on February 22"
                return "near"
            if plan or prospective:  # "is scheduled for", "has been planned", "was due to"
                return "future" if present else "near"
            if present and direct and verb.lemma_ not in _REPORT and not (perfect and verb.tag_ == "VBN"):
                return "future"  # "meet again on Tuesday", "has until Feb. 4", "is visiting on Monday"
            if past and prep in ("until", "till") and verb.lemma_ not in _DURATIVE:
                return "near"  # "extended its order until May 1"
            return "past"
        head = verb.head
        passive_inf = "to" in aux and ("be" in aux or verb.lemma_ == "be")
        if head.i == verb.i:  # a headline without a finite verb ("Masks to be mandatory from June 15")
            return "near" if prospective or passive_inf else "past"
        if "to" in aux and ((verb.dep_ == "xcomp" and head.lemma_ == "be")
                            or (verb.dep_ in ("acl", "relcl") and passive_inf)):
            prospective = True  # "is to present on ...", "the election to be held on August 9"
        elif verb.lemma_ in _FUT_PRED and verb.tag_ == "VBN" and not nominal:
            prospective = True  # "the debate, scheduled for November 20"
        elif verb.dep_ == "xcomp" and head.pos_ == "ADJ" and head.lemma_ in _FUT_ADJ and not nominal:
            prospective = True  # "is due to meet"
        # "starting in" and an infinitive keep the time on the verb they hang from ("Starting in
        # September, the rules apply", "has until May 1 to appeal"); other clauses do not
        direct = direct and head.pos_ in ("VERB", "AUX") and (
            (verb.tag_ == "VBG" and verb.lemma_ in ("start", "begin"))
            or ("to" in aux and verb.dep_ in ("advcl", "xcomp")))
        while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
            nominal = nominal or head.pos_ in ("NOUN", "PROPN", "PRON", "NUM")
            head = head.head
        if head.pos_ not in ("VERB", "AUX"):
            return "near" if prospective else "past"
        verb = head
    return "past"


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
        return _period("X" if m[1] in _VAGUE else _NUMS.get(m[1], m[1] or 1), m[2]), "DURATION", None
    if (m := re.fullmatch(rf"({_UNITS})s", core)) and m[1] != "weekend":  # "for years": PXY
        return _period("X", m[1]), "DURATION", None
    core = _QUAL.sub("", core)  # "early 2019", "mid-February": TIMEX3 mod is not recorded
    if pub is not None and (m := _OF_YEAR.fullmatch(core)) and (
            _MD.fullmatch(m[1]) or m[1] in _HOLIDAYS or m[1] in _SEASONS):  # "June this year": "June 2014"
        core = f"{m[1]} {pub.year + {'last': -1, 'next': 1}.get(m[2], 0)}"
    if found := _absolute(core):
        return found
    return _NONE if pub is None else _relative(core, pub, tense)


def _candidates(doc: Doc) -> list[Span]:
    """DATE/TIME entities, holiday names, clock times, recurring times ("every month") and
    anaphoric units ("that day") the NER missed: ranges merged, a part of day with the day it
    opens ("the night of Monday to Tuesday"), widened to preposition and "ago"."""
    spans = [e for e in doc.ents if e.label_ in ("DATE", "TIME") and not _quoted_title(e)]
    for m in _HOLIDAY_RE.finditer(text_of(doc)):
        sp = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        last = sp[-1] if sp is not None else None
        if sp is not None and not (last.dep_ == "compound" and last.head.i >= sp.end
                                   and last.head.is_title and last.head.ent_type_ not in ("DATE", "TIME")):
            spans.append(sp)  # not "Easter Island", "Christmas Island"
    for m in [*_CLOCK_SCAN.finditer(text_of(doc)), *_EVERY_SCAN.finditer(text_of(doc)),
              *_THAT_SCAN.finditer(text_of(doc))]:
        if (sp := doc.char_span(m.start(), m.end(), alignment_mode="expand")) is not None:
            spans.append(sp)
    spans += [doc[t.i:t.i + 1] for t in doc if t.is_digit and _elided_month(doc[t.i:t.i + 1])]
    merged: list[Span] = []
    for sp in sorted(filter_spans(spans), key=lambda s: s.start):
        prev = merged[-1] if merged else None
        if (prev is not None and sp.start - prev.end == 1 and prev.start > 0
                and doc[prev.end].lower_ in ("to", "until", "till", "through", "and")
                and doc[prev.start - 1].lower_ in ("from", "between")):
            merged[-1] = doc[prev.start - 1:sp.end]  # "from March to May"
        elif prev is not None and sp.start == prev.end and _POD_RE.fullmatch(sp.text.lower()):
            merged[-1] = doc[prev.start:sp.end]  # "Thursday" + "evening", "early yesterday" + "afternoon"
        elif prev is not None and (sp.start == prev.end and _POD_OF.fullmatch(prev.text.lower())
                                   or sp.start - prev.end == 1 and doc[prev.end].lower_ == "to"
                                   and _POD_OF.match(prev.text.lower()) and sp.text.lower() in _DAYS):
            merged[-1] = doc[prev.start:sp.end]  # "the night of" + "Monday" (+ "to" + "Tuesday")
        else:
            merged.append(sp)
    for i, sp in enumerate(merged):
        m = _RANGE_END.match(text_of(doc), sp.end_char) if sp.start and doc[sp.start - 1].lower_ in ("from", "between") else None
        tail = m and doc.char_span(sp.end_char, m.end(), alignment_mode="expand")
        if tail and (i + 1 == len(merged) or merged[i + 1].start >= tail.end):
            merged[i] = doc[sp.start - 1:tail.end]  # "from 1963 to late 2024": the NER missed the end
    out = []
    for sp in (one for whole in merged for one in _deictic_list(whole)):
        start, end = sp.start, sp.end
        possessive = False
        while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].tag_ == "POS"
                               or doc[end - 1].lower_ in ("and", "or")):  # "in late January and"
            possessive = possessive or doc[end - 1].tag_ == "POS"
            end -= 1
        possessive = possessive or (end < len(doc) and doc[end].tag_ == "POS")
        while start < end and doc[start].is_space:
            start += 1
        if end - start > 2 and doc[start].like_num and doc[start + 1].lower_ in _RELATIVE:
            start += 1  # "the 40 last month": the number counts people, not months
        while (end - start > 1 and doc[end - 1].pos_ in ("NOUN", "NUM") and doc[end - 1].lower_ != "time"
               and not _CUE.search(doc[end - 1].lower_) and _UNIT_WORD.fullmatch(doc[end - 2].lower_)):
            end -= 1  # "over the past few months dozens (of militants)": the object, no time
        while (end - start > 1 and doc[end - 1].is_title and doc[end - 2].text.endswith(".")
               and not _CUE.search(doc[end - 1].lower_)):
            end -= 1  # "at 4 p.m. Lawmakers": an entity run on past the sentence end
        if (start > 0 and doc[start - 1].lower_ in _PREPS | {"every", "each"} and not possessive
                and doc[start].lower_ not in _PREPS  # not "at" in "at Friday's meeting"
                and not (doc[start - 1].lower_ == "in" and _ONE_DAY.fullmatch(doc[start:end].text.lower()))):
            start -= 1
        if end < len(doc) and doc[end].lower_ == "ago":
            end += 1
        if end < len(doc) and doc[end].is_upper and doc[end].text in _ZONES and _CLOCK.search(doc[start:end].text.lower()):
            end += 1  # "8:30 p.m. BST"
        if end > start:
            out.append(doc[start:end])
    return out


def _elided_month(span: Span) -> str | None:
    """The month of a day number that shares it with the date before ("on March 4 and 5": the 5
    is March 5, which the NER tags as a bare number; new-user trial 10, Wikinews), else ``None``:
    a one-token number 1-31 outside any DATE entity, conjoined to a month inside one."""
    tok = span[0]
    head = tok.head
    if (len(span) == 1 and tok.is_digit and 1 <= int(tok.text) <= 31 and tok.dep_ == "conj"
            and tok.ent_type_ != "DATE" and head.lower_ in _MONTHS and head.ent_type_ == "DATE"):
        return head.lower_
    return None


_DEICTIC = {"yesterday", "today", "tomorrow", "tonight"}


def _deictic_list(span: Span) -> list[Span]:
    """The days of a list of deictic days the NER took as one entity ("today, tomorrow",
    "yesterday and today"), one span each; any other ``span`` alone. Each is its own TIMEX3
    (new-user trial, VOA 2025-03-13: "go up today, tomorrow, next week" had one unresolved time)."""
    words = [t for t in span if not (t.is_punct or t.is_space or t.lower_ in ("and", "or"))]
    if len(words) > 1 and all(t.lower_ in _DEICTIC for t in words):
        return [span.doc[t.i:t.i + 1] for t in words]
    return [span]


_OPEN_MARKS, _CLOSE_MARKS = "\"“‘'", "\"”’'"


def _quoted_title(span: Span) -> bool:
    """``span`` is the whole of a quoted, capitalised title, no time: ABC's “This Week”, NBC's
    "Today" (new-user trial, VOA: "an interview on ABC News' “This Week” program" got the value
    of the current week). Signs: a quotation mark right before and right after it (a closing
    comma or full stop may sit inside the mark), and every word capitalised mid-sentence; "on
    “Friday”" quoted for emphasis would fall under it too, which news writing all but never does."""
    doc, text = span.doc, text_of(span.doc)
    before, after = text[span.start_char - 1:span.start_char], text[span.end_char:span.end_char + 2]
    words = [t for t in span if t.is_alpha]
    return bool(words) and span.start_char > 0 and before in _OPEN_MARKS and after[:1] in _CLOSE_MARKS + ",." \
        and (after[:1] in _CLOSE_MARKS or after[1:2] in _CLOSE_MARKS) \
        and all(t.is_title or t.is_upper for t in words) and doc[span.start - 1].i != span.sent.start


def _sent(span: Span) -> int:
    """Start token of the sentence of ``span`` (0 when the doc has no sentence boundaries)."""
    try:
        return span.sent.start
    except ValueError:
        return 0


_ANCHORED = re.compile(rf"the (past|last|next|coming) (?:({_NUMW}) )?({_UNITS})s?")


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


def find_times(doc: Doc, published: dt.date | None) -> list[TimeExpression]:
    """Every temporal expression of ``doc`` with its TIMEX3 value (method: module docstring).

    Args:
        doc: a Doc parsed by the English pipeline (tagger, parser, NER); it is not changed.
        published: the publication date relative expressions are resolved against (a
            ``datetime`` counts as its date); ``None`` leaves relative ones at ``value=None``.

    Returns:
        One :class:`TimeExpression` per expression, in text order, with
        ``doc.text[t.start_char:t.end_char] == t.text``; ``value`` ``None`` where unresolvable;
        ``type`` DATE, TIME, DURATION or SET; ``range`` only for "later / earlier this ..." and
        stretches anchored at the publication date ("since 2009", "the last 15 months");
        ``anchor`` ``report`` when the governing verb is a reporting verb, else ``event``
        ("report to police every month" presents oneself: ``cue_rules.reports_in_person``).

    Raises:
        TypeError: ``published`` is neither a date nor ``None``.
    """
    if isinstance(published, dt.datetime):
        published = published.date()
    if published is not None and not isinstance(published, dt.date):
        raise TypeError(f"published must be a datetime.date or None, "
                        f"not {type(published).__name__}")
    found = []
    for sp in _candidates(doc):
        core = re.sub(r"\s+", " ", sp.text.lower().replace("’", "'")).strip(" ,.;:")
        if month := _elided_month(sp):
            core = f"{month} {core}"  # "March 4 and 5"
        if _AGE.search(core) or not _CUE.search(core):
            continue  # "62-year-old", bare numbers
        if re.fullmatch(r"\d+", core) and _NUMBERED.search(text_of(doc)[max(0, sp.start_char - 12):sp.start_char]):
            continue  # "Republic Act No. 7966": a number, no year
        prep = core.split(" ", 1)[0] if " " in core else ""
        while core.split(" ", 1)[0] in _PREPS and " " in core:
            core = core.split(" ", 1)[1]
        try:
            value, kind, rng = _resolve(core, published, _tense(sp))
            rng = rng or _anchored_range(prep, core, value, kind, published)
            if (kind == "DURATION" and prep not in ("for", "over", "within") and not rng
                    and _OFFSET.match(text_of(doc), sp.end_char)):  # not "in the past three years after ..."
                value, kind, rng = _NONE  # "two days before the formal vote": a date of unknown anchor
        except (ValueError, OverflowError):  # beyond the calendar ("99999 years ago")
            value, kind, rng = _NONE
        gov = _governor(sp)
        anchor = "report" if gov.lemma_ in _REPORT and not reports_in_person(gov) else "event"
        found.append((sp, TimeExpression(text=sp.text, start_char=sp.start_char,
                                         end_char=sp.end_char, value=value, type=kind,
                                         range=rng, anchor=anchor, quant=_quant(core, kind))))
    _report_anchored(found)
    for sp, t in found:  # a bare clock time takes the day named in its sentence
        if t.type == "TIME" and t.value and t.value.startswith("T"):
            days = [u.value for s, u in found if _sent(s) == _sent(sp) and _day_of(u.value)]
            t.value = days[0] + t.value if days else t.value
    _anaphoric(found)
    for sp, t in found:
        if t.value is None:
            _before_event(sp, t, found)
    return [t for _, t in found]


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


def _quant(core: str, kind: str) -> str | None:
    """TIMEX3's ``quant`` of a SET: ``EVERY`` for "every / each ..." (TimeML 1.2.1), else None."""
    return "EVERY" if kind == "SET" and core.split(" ", 1)[0] in ("every", "each") else None


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


@Language.factory("newstrace_times")
def make_times(nlp: Language, name: str):
    """Factory of the ``newstrace_times`` component (``Doc -> Doc``).

    Reads ``doc._.nt_published``; sets ``doc._.nt_times`` to :func:`find_times` of the doc.
    Needs the tagger, parser and NER before it in the pipeline.
    """

    def times(doc: Doc) -> Doc:
        doc._.nt_times = find_times(doc, doc._.nt_published)
        return doc

    return times
