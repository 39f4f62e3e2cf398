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
it modifies (:func:`.tense._tense`, from the dependency parse): future, near or past, by the rules in
:mod:`.tense`.

Simplifications (documented, deliberate): a clock time takes the date of a day-level expression
in the same sentence, else the last day resolved before it, else it stays ``T16:00``; "in three
days" is a duration; "later this week/month/year" (or "later in the week", read as the
publication's week, not a week the story told of) has the range day-after-publication to the unit's end, "earlier this ..." the
unit's start to the day before publication; a stretch up to the publication date has the
range from its start to that date ("since 2009", "since March", "in the last 15 months", "over
the past two years"; TIMEX3 gives these a DURATION or DATE value and an anchor, the range makes
the anchor explicit), "the next N units" from the publication date on; relative
expressions without a publication date get ``value=None``.

Its modules, by kind:

* :mod:`.words`: the word lists and patterns the others share (``lexicons/times.json``, month and
  weekday names, units, parts of day, seasons, clock times, time zones);
* :mod:`.tense`: where the clause a time modifies lies in time (past, near, future), and the verb
  that governs it;
* :mod:`.calendar_units`: calendar arithmetic: the week, month or year that holds a day and its
  TIMEX3 value, a holiday's date in a year, the candidate date nearest a reference date;
* :mod:`.dates`: dates that carry their year (dateparser), dates placed against the publication
  date, and stretches anchored at it ("since 2009");
* :mod:`.values`: the TIMEX3 value, type and range of one expression: clock times, parts of day,
  ranges, sets, durations, then the dates of :mod:`.dates`;
* :mod:`.candidates`: the spans that may be times (NER entities and what the NER misses), merged
  and widened to their preposition;
* :mod:`.anchors`: times anchored at other times of the text ("that day", "three years later",
  a weekday in a report dated to its own day, "the day before the rally");
* :mod:`.finder`: :func:`find_times` and the factory of the component, :func:`make_times`.

Reads a parsed spaCy Doc and ``doc._.nt_published``; the component sets ``doc._.nt_times``. The
names below are the package's public ones; a name with a leading underscore is shared only
between its modules.
"""
from newstrace.components.times.finder import find_times, make_times

__all__ = ["find_times", "make_times"]
