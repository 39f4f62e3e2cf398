"""What a claim's text states that sets one event apart from another of its kind: its money
amounts and percentages (:func:`amounts`), the count of people its event acts on
(:func:`victim_count`) and the proper names right after its predicate (:func:`object_names`).

Reads a :class:`~newstrace.records.Claim` (text, event trigger, predicate, places) and returns
frozen sets of ``(kind, value)`` pairs, an int or None, and case-folded names. :mod:`.scores`
compares them between two claims of one article.
"""
from __future__ import annotations

import re
from typing import Optional

from newstrace.records import Claim
from newstrace.units import NUMBER_WORDS

from newstrace.track.cluster.words import _NAME, _NAME_STOP, _headline
from newstrace.track.cluster.predicates import _before_predicate, _control_key
from newstrace.track.cluster.parties import DEATH_PREDICATES


#: A money amount ("$94 million", "€5.2bn") or a percentage ("43%", "12 percent").
_AMOUNT = re.compile(
    r"[$€£¥]\s?(?P<money>\d[\d,]*(?:\.\d+)?)(?:\s*(?P<scale>million|billion|trillion|bn|m)\b)?"
    r"|(?<![\d.])(?P<percent>\d+(?:\.\d+)?)\s*(?:%|percent\b|per cent\b)", re.I)
_SCALE = {"million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12}


def amounts(text: str) -> frozenset[tuple[str, float]]:
    """The money amounts and percentages of ``text`` as ``("money", value)`` / ``("percent",
    value)``: "$94 million" → ("money", 94e6), "a 43% gap" → ("percent", 43.0)."""
    out = set()
    for m in _AMOUNT.finditer(text):
        if m.group("money"):
            value = float(m.group("money").replace(",", "")) * _SCALE.get((m.group("scale") or "").casefold(), 1)
            out.add(("money", round(value, 2)))
        else:
            out.add(("percent", float(m.group("percent"))))
    return frozenset(out)


#: A count of people right after an event's trigger ("killed twelve", "killing at least 20
#: people") or opening the subject of a death ("12 people died"), with its hedges; not a share,
#: a sum or a span of time ("killed 5 percent", "killed 10 years ago").
_COUNT = re.compile(r"(?:(?:at least|more than|over|about|around|some|nearly|almost|up to|as many as)\s+)?"
                    r"(?P<n>\d{1,3}(?:,\d{3})+|\d+|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")\b"
                    r"(?!\s*(?:%|percent\b|per cent\b|[$€£]|(?:minute|hour|day|week|month|year|decade)s?\b))", re.I)


_PASSIVE_END = re.compile(r"\b(?:was|were|been|being)\s*$", re.I)


def victim_count(claim: Claim) -> Optional[int]:
    """How many people the claim's event acts on, when it says so with a number: the number
    right after its trigger ("the attack had killed twelve" → 12, "killed 5 people" → 5) or,
    for a death with no event (:data:`DEATH_PREDICATES`) or a passive, opening its subject ("12
    people died", "Three Americans were killed");
    None for none or a count of no stated size ("Dozens died")."""
    ev, before, m = claim.event, _before_predicate(claim), None
    if ev is not None and claim.start_char <= ev.trigger.start_char < ev.trigger.end_char <= claim.end_char:
        before = claim.text[:ev.trigger.start_char - claim.start_char]
        m = _COUNT.match(claim.text[ev.trigger.end_char - claim.start_char:].lstrip())
    if m is None and (ev is None and _control_key(claim) in DEATH_PREDICATES or _PASSIVE_END.search(before)):
        m = _COUNT.match(before.lstrip())
    if m is None:
        return None
    n = m.group("n").casefold().replace(",", "")
    return NUMBER_WORDS[n] if n in NUMBER_WORDS else int(n)


#: Where the object of a predicate ends: punctuation, a conjunction or relative word, or a
#: preposition of place or time ("elected to the Lok Sabha, the lower legislature", "killed in
#: Mumbai": a place or time is no object).
_OBJECT_END = re.compile(r"[,;:.!?()\u2013\u2014\"]|\s(?:but|who|which|that|in|at|on|near|from|"
                         r"during|after|before|since|until|while|when|outside|inside|across|over|"
                         r"through|under)\s")


def object_names(claim: Claim) -> frozenset[str]:
    """The proper names (case-folded, whole) in the phrase right after the claim's predicate,
    up to :data:`_OBJECT_END`, leaving out places: "Mukherjee was elected to the Rajya Sabha"
    → {"rajya sabha"}; "endorsing Joe Biden for this year's election" → {"joe biden"}."""
    p = claim.predicate
    if p is None or not claim.start_char <= p.end_char <= claim.end_char or _headline(claim.text):
        return frozenset()
    at = p.end_char - claim.start_char
    if claim.text[at:at + 6].casefold() == " that ":     # "demanded that his party be eliminated"
        at += 5
    end = _OBJECT_END.search(claim.text, at)
    phrase = claim.text[at:end.start() if end else len(claim.text)]
    for place in claim.places:   # blank out place names ("attacked Baghdad" / "attacked Iraq")
        a, b = place.start_char - claim.start_char - at, place.end_char - claim.start_char - at
        if 0 <= a < len(phrase):
            phrase = phrase[:a] + " " * (min(b, len(phrase)) - a) + phrase[b:]
    out = set()
    for m in _NAME.finditer(phrase):
        words = [w for w in m.group(0).split() if w not in _NAME_STOP]
        if words:
            out.add(" ".join(words).casefold())
    return frozenset(out)
