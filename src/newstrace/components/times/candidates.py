"""The spans of a Doc that may be temporal expressions (:func:`_candidates`): spaCy's DATE and
TIME entities (not a quoted, capitalised title, ABC's “This Week”: :func:`_quoted_title`), the
holiday names of ``lexicons/times.json``, and what the NER misses: clock times ("at 4:00 A.M.",
"0100 UTC"), recurring times ("every month"), "that day" and "the same week", a day number
conjoined to a dated month ("on March 4 and 5": :func:`_elided_month`) and the end of a "from ...
to" range ("from 1963 to late 2024": ``1963/2024``).

A holiday name that is part of a place name ("Easter Island") is none; "from A to B" / "between
A and B" entity pairs are merged into one range; a day and a part of day that follows it are one
expression ("Thursday evening", "yesterday afternoon"); "the night of" and the day after it are
one expression ("On the night of Monday to Tuesday": Monday's night, which the NER tags as
three; new-user trial 8, Wikinews); a list of deictic days the NER took as one entity ("today,
tomorrow") is one span each (:func:`_deictic_list`). Each is widened to its preposition ("on
Friday", "until June"), to a trailing "ago" and to a time zone after a clock time ("8:30 p.m.
BST"); a possessive day ("at Friday's meeting") is not widened to the preposition of its noun; a
trailing "and" is dropped ("in late January and early February" is two times).

Input: a Doc parsed by the English pipeline (tagger, parser, NER); output: spans in text order.
Which of them are times at all (no ages, no bare numbers) :func:`.finder.find_times` decides.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from newstrace.components.times.words import (_CLOCK, _CUE, _DAYS, _HOLIDAYS, _MONTHS, _POD, _PREPS, _RELATIVE,
                                              _UNITS, _WDAY, _ZONES, _alt)
from newstrace.units import text_of

_UNIT_WORD = re.compile(rf"(?:{_UNITS})s?")
_POD_RE = re.compile(r"(?:(?:early|late|mid)[\s-]+)?(?:the\s+)?(?:morning|afternoon|evening|night)")
#: A part of day opening a day's name ("the night of Monday to Tuesday"): one expression with the
#: day (the NER tags "the night of" apart from the day).
_POD_OF = re.compile(rf"(?:the\s+)?(?:{'|'.join(_POD)})\s+of")
#: A single day, which takes "on", never "in": an "in" before it is a particle ("moved in the day
#: before the blast", Wikinews 2019-01-04) and no part of the time.
_ONE_DAY = re.compile(rf"(?:the )?(?:day|{_WDAY})")
_HOLIDAY_RE = re.compile(r"\b(?:" + _alt(_HOLIDAYS).replace("'", "[’']") + r")\b", re.I)
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
#: resolved by :func:`.anchors._anaphoric`.
_THAT_SCAN = re.compile(r"\b(?:that|the same) (?:day|week|month|year)\b", re.I)
#: The end of a range whose start the NER found and whose end it missed ("from 1963 to late 2024").
_RANGE_END = re.compile(r"\s+(?:to|until|till|through|and)\s+(?:(?:early|mid|late)[\s-]+)?"
                        r"(?:[A-Z][a-z]+\.?\s+)?\d{4}\b")


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
