"""The ``newstrace_times`` component. :func:`find_times` resolves each span of :mod:`.candidates`
to its TIMEX3 value (:func:`.values._resolve`, in the tense of :func:`.tense._tense`; a stretch
anchored at the publication date gets its range, :func:`.dates._anchored_range`), drops the ones
that are no time ("62-year-old", bare numbers, "Republic Act No. 7966"), reads a stretch before
or after an event ("two days before the formal vote") as a date of unknown anchor, not a
duration, sets ``anchor`` (``report`` on a reporting verb) and ``quant`` (``EVERY``), gives a
bare clock time the day named in its sentence, then applies :mod:`.anchors`. :func:`make_times`
is the factory.

Reads a parsed Doc and ``doc._.nt_published``; the component sets ``doc._.nt_times``. Method and
sources: the package docstring (``components/times/__init__.py``).
"""
from __future__ import annotations

import datetime as dt
import re

from spacy.language import Language
from spacy.tokens import Doc

from newstrace.components import ext  # noqa: F401  (declares doc._.nt_published / nt_times)
from newstrace.components.cue_rules import reports_in_person
from newstrace.components.times.anchors import _anaphoric, _before_event, _report_anchored, _sent
from newstrace.components.times.calendar_units import _NONE, _day_of
from newstrace.components.times.candidates import _candidates, _elided_month
from newstrace.components.times.dates import _anchored_range
from newstrace.components.times.tense import _governor, _tense
from newstrace.components.times.values import _resolve
from newstrace.components.times.words import _CUE, _PREPS, _REPORT
from newstrace.records import TimeExpression
from newstrace.units import text_of

#: A number in a name that is no year: "Republic Act No. 7966", "Resolution 2254", "Route 1960".
_NUMBERED = re.compile(r"\b(?:no|nos|number|act|law|bill|resolution|decree|order|article|section|"
                       r"chapter|route|flight|room|case|code|ordinance|#)\.?\s*$", re.I)
#: A stretch before or after an event ("two days before the formal vote") measures an offset, no duration.
_OFFSET = re.compile(r"\s+(?:before|after|prior to|ahead of)\s")
_AGE = re.compile(r"(?:year|month|week|day)s?[\s-]+old\b|\baged?\b")


def _counted(span) -> bool:
    """Whether a bare number the NER took for a year counts the plural noun it opens: "the virus
    claimed 6606 lives" (Wikinews 2020 no. 39, new-user trial 18: the year 6606), "killed 1998
    people". Signs: one token, the ``nummod`` of a plural noun (NNS, NNPS) and the first word of
    that noun's phrase; a year there has a determiner before it ("the 2020 elections")."""
    tok = span[0]
    return len(span) == 1 and tok.dep_ == "nummod" and tok.head.tag_ in ("NNS", "NNPS") \
        and tok.head.left_edge.i == tok.i


def find_times(doc: Doc, published: dt.date | None) -> list[TimeExpression]:
    """Every temporal expression of ``doc`` with its TIMEX3 value (method: the package docstring).

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
        if re.fullmatch(r"\d+", core) and _counted(sp):
            continue  # "the virus claimed 6606 lives": a count, no year
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


def _quant(core: str, kind: str) -> str | None:
    """TIMEX3's ``quant`` of a SET: ``EVERY`` for "every / each ..." (TimeML 1.2.1), else None."""
    return "EVERY" if kind == "SET" and core.split(" ", 1)[0] in ("every", "each") else None



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
