"""The event signature of a claim (:class:`Signature`, :func:`signature`): what it says happened,
in comparable form: PLOVER type, actor, target, event times and countries, as the ``events``,
``times`` and ``places`` components set them, with the names, predicate key, CAMEO code, content
words, amounts, objects and parties read by the other modules of the package.

Reads a :class:`~newstrace.records.Claim` (never a spaCy Doc) and returns a :class:`Signature`;
:func:`_day_range` turns a TIMEX3 value into an inclusive day range. A conditional or threatened
event never merges with an actual one (:func:`~.scores.pair_score`).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Optional

from newstrace.records import Claim, Event

from newstrace.track.cluster.words import _names, _norm_name, content_stems, stem, strip_dateline
from newstrace.track.cluster.predicates import LIGHT_PREDICATES, RELATION_PREDICATES, _control_key, copular_subject
from newstrace.track.cluster.parties import Party, _first_person_speaker, _named_subject, _victims, party
from newstrace.track.cluster.mentions import amounts, object_names, victim_count


_IRREALIS = {"conditional", "threatened"}


@dataclass
class Signature:
    """What a claim says happened, in comparable form.

    ``event_type``: PLOVER type or None; ``irrealis``: the event is conditional or threatened
    (or the claim only speculates); ``actor``/``target``: normalised names; ``countries``:
    ISO alpha-3 codes of the claim's places (where it happened); ``parties``: those of its
    actor and target (who took part: an Indian warship and Somali pirates meet off Yemen, so
    a participant's country never places an event); ``days``: (first, last) date
    ranges of the claim's event-anchored times; ``names``: normalised proper names in the
    claim text and its participants; ``trigger``: the stem of the event trigger's last word;
    ``predicate``: the lemma of the claim's predicate unless it is a light one
    (:data:`LIGHT_PREDICATES`), with its infinitive after a verb of intending or aspect
    (:func:`_control_key`: "refuse to comment"); ``cameo``: the event's CAMEO code when it is specific (four
    digits, or three not ending in 0: "1823" kill, "173" arrest; not "190" use force), which
    makes synonyms one predicate ("executed", "put to death"), and none for a verb of relation
    (:data:`RELATION_PREDICATES`: its event is the earlier one it names); ``words``: stems of the
    claim's content words (:func:`stem`); ``amounts``: its money amounts and percentages
    (:func:`amounts`) and the count of people its event acts on (:func:`victim_count`);
    ``objects``: the proper names right after its predicate (:func:`object_names`: "elected to
    the Rajya Sabha"); ``actor_party``/``target_party``:
    its actor and target as :class:`Party` (for a claim in the first person with no actor, its
    speaker: :func:`_first_person_speaker`; for a claim with no event, the proper name that is
    its subject or the agent of its passive: :func:`_named_subject`; for a death with no event, the dead:
    :func:`_victims`); ``subject``: for a claim whose predicate is a noun after a copula ("This
    is a huge … crisis"), the content-word stems of what it says that of
    (:func:`copular_subject`), else None.
    """

    event_type: Optional[str] = None
    irrealis: bool = False
    actor: Optional[str] = None
    target: Optional[str] = None
    countries: frozenset[str] = frozenset()
    parties: frozenset[str] = frozenset()
    days: tuple[tuple[dt.date, dt.date], ...] = ()
    names: frozenset[str] = frozenset()
    trigger: Optional[str] = None
    predicate: Optional[str] = None
    cameo: Optional[str] = None
    words: frozenset[str] = frozenset()
    amounts: frozenset[tuple[str, float]] = frozenset()
    objects: frozenset[str] = frozenset()
    actor_party: Optional["Party"] = None
    target_party: Optional["Party"] = None
    subject: Optional[frozenset[str]] = None


def _day_range(value: Optional[str], rng: Optional[list[str]]) -> Optional[tuple[dt.date, dt.date]]:
    """The inclusive day range of a TIMEX3 value (``2019-05-31``, ``2019-05``, ``2019``)."""
    try:
        if rng and len(rng) == 2:
            return dt.date.fromisoformat(rng[0]), dt.date.fromisoformat(rng[1])
        if not value:
            return None
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            d = dt.date.fromisoformat(value)
            return d, d
        if re.fullmatch(r"\d{4}-\d{2}", value):
            y, m = map(int, value.split("-"))
            last = (dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1))
            return dt.date(y, m, 1), last
        if re.fullmatch(r"\d{4}-W\d{2}", value):     # an ISO week ("last week")
            monday = dt.date.fromisocalendar(int(value[:4]), int(value[6:]), 1)
            return monday, monday + dt.timedelta(days=6)
        if re.fullmatch(r"\d{4}", value):
            y = int(value)
            return dt.date(y, 1, 1), dt.date(y, 12, 31)
    except ValueError:
        return None
    return None


def signature(claim: Claim) -> Signature:
    """The :class:`Signature` of ``claim`` (reads ``event``, ``times``, ``places``, factuality)."""
    ev = claim.event
    countries = {p.country for p in claim.places if p.country}
    names = _names(strip_dateline(claim.text))
    parties = set()
    actor = target = None
    if ev is not None:
        for part in (ev.actor, ev.target):
            if part is not None:
                if part.country:
                    parties.add(part.country)
                n = _norm_name(part.name)
                if n and n[:1].isalpha() and any(ch.isupper() for ch in part.name[:1]):
                    names.add(n)
        actor, target = _norm_name(ev.actor.name if ev.actor else None), _norm_name(
            ev.target.name if ev.target else None)
    speaker = (_first_person_speaker(claim) or _named_subject(claim)) if ev is None else \
        _first_person_speaker(claim) if actor is None else None
    # a negated event did not happen: no report of it happening ("did not immediately endorse
    # another candidate at the time" / "she was endorsing Joe Biden", Wikinews, 16 April 2020)
    irrealis = bool(ev is not None and (ev.modality in _IRREALIS or ev.negated and ev.modality == "actual"))
    if ev is None:
        labels = [claim.factuality.label] + [s.factuality.label for s in claim.attribution.chain]
        irrealis = "speculated" in labels
    days = tuple(r for t in claim.times if t.anchor == "event"
                 for r in [_day_range(t.value, t.range)] if r is not None)
    trigger = stem(ev.trigger.text.split()[-1]) if ev is not None and ev.trigger.text.split() else None
    predicate = _control_key(claim)
    code = ev.cameo if ev is not None and ev.cameo and not _in_subject(ev, claim) \
        and predicate not in RELATION_PREDICATES else None
    return Signature(event_type=ev.type if ev else None, irrealis=irrealis, actor=actor,
                     target=target, countries=frozenset(countries), parties=frozenset(parties), days=days,
                     names=frozenset(names), trigger=trigger,
                     predicate=None if predicate in LIGHT_PREDICATES else predicate,
                     cameo=code if code and (len(code) == 4 or not code.endswith("0")) else None,
                     words=content_stems(strip_dateline(claim.text)),
                     amounts=amounts(claim.text) | ({("count", float(n))} if (n := victim_count(claim)) is not None else set()),
                     objects=object_names(claim),
                     actor_party=party(ev.actor) if ev is not None and ev.actor else speaker,
                     target_party=party(ev.target) if ev is not None and ev.target else _victims(claim),
                     subject=copular_subject(claim))


def _in_subject(ev: Event, claim: Claim) -> bool:
    """The event's trigger ends before the claim's predicate: the claim says something of an
    event its subject names ("local council restrictions on the timing of truck-deliveries
    make it hard", Wikinews, 13 March 2020), and the event's CAMEO code is not what the claim
    reports (new-user trial 10: that claim joined "Woolworths and Coles lowered their purchase
    restrictions" by the code of "restrictions")."""
    p = claim.predicate
    return p is not None and ev.trigger.end_char <= p.start_char
