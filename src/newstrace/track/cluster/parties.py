"""Who takes part in a claim's event, as the tracker compares participants: :class:`Party`
(content-word stems of the name, country, proper name or not, sectors), built from an event
participant (:func:`party`) or, for a claim with no event or no actor, from its text: the dead of a
verb of dying (:func:`_victims`), the source of a claim in the first person
(:func:`_first_person_speaker`), a proper name that is the subject or passive agent
(:func:`_named_subject`); and whether two participants may be one party (:func:`_one_party`).

Reads :class:`~newstrace.records.Claim` and :class:`~newstrace.records.EventParticipant` records
and the sector table of :func:`~newstrace.actors.sector_table`. Shared participants raise a pair's
score and other parties in one role (another actor or other victims) lower it (:mod:`.scores`).
"""
from __future__ import annotations

import re
from typing import NamedTuple, Optional

from newstrace.actors import sector_table
from newstrace.records import Claim, EventParticipant

from newstrace.track.cluster.words import _NAME_STOP, _headline, content_stems
from newstrace.track.cluster.predicates import _before_predicate, _control_key


class Party(NamedTuple):
    """An event participant as :func:`_other_participants` compares it: the content-word stems
    of its name (:func:`content_stems`), its country (ISO alpha-3 or None), whether the name is
    a proper name (:func:`_proper`), and its sectors (``lexicons/events_sectors.json``, the
    state's own sectors as one: :data:`STATE_SECTORS`)."""

    words: frozenset[str]
    country: Optional[str]
    named: bool
    sectors: frozenset[str] = frozenset()


#: Sectors of the state (``lexicons/events_sectors.json``): one party where parties are told
#: apart ("the Pakistan military" and "Pakistani officials").
STATE_SECTORS = frozenset({"government", "military", "police", "intelligence", "judiciary", "legislature"})


def _sector_class(sector: Optional[str]) -> frozenset[str]:
    """``{sector}``, ``{"state"}`` for one of :data:`STATE_SECTORS`, empty for None."""
    return frozenset() if not sector else frozenset({"state" if sector in STATE_SECTORS else sector})


def party(p: EventParticipant) -> Party:
    """The :class:`Party` of an event participant."""
    return Party(content_stems(p.name), p.country, _proper(p.name), _sector_class(p.sector))


def _proper(name: str) -> bool:
    """The name opens (after an article or possessive and numbers) with a capitalised word: a
    proper name ("Afghan Taliban", "33 BLA terrorists"), not a description that holds one ("its
    former top negotiator with Washington", "The airline")."""
    first = re.search(r"[A-Za-z][\w'\-]*", re.sub(r"^(?:the|a|an|its|his|her|their|our)\s+", "",
                                                  name.strip(), flags=re.I))
    return bool(first) and first.group(0)[:1].isupper()


#: Predicates whose subject is who died (the victims, as the target of a killing is):
#: "At least 21 passengers and four paramilitary troops died in the attack" (VOA, 13 March 2025).
DEATH_PREDICATES = frozenset({"die", "perish", "drown"})
#: Words of a subject that say nothing of which side the dead were on ("31 people, including
#: 23 security personnel").
_ANYONE = frozenset({"people", "persons", "person", "others", "dozens", "hundreds", "thousands"})


def _victims(claim: Claim) -> Optional[Party]:
    """Who died, for a claim with no event whose predicate is a verb of dying
    (:data:`DEATH_PREDICATES`, or "lost their lives"): the words before the predicate, with the
    sectors their words name (:func:`~newstrace.actors.sector_table`, plural "-s" dropped).
    None for any other claim."""
    if claim.event is not None or _control_key(claim) not in DEATH_PREDICATES:
        return None
    subject = _before_predicate(claim)
    table = sector_table()[0]
    words = [w.casefold() for w in re.findall(r"[A-Za-z]+", subject)]
    sectors = {table.get(w) or table.get(w[:-1]) for w in words if w not in _ANYONE and len(w) > 2}
    return Party(content_stems(subject), None, False, frozenset().union(*map(_sector_class, sectors - {None})))


#: A first-person subject opening a claim ("We strongly reject …", "I saw …", "We’re troubled …").
_FIRST_PERSON = re.compile(r"^\W*(?:we|i)(?:\s|['’](?:re|m|ve|d|ll)\b)", re.I)


def _first_person_speaker(claim: Claim) -> Optional[Party]:
    """The actor of a claim in the first person with a source: the source who speaks ("“We
    strongly reject the baseless allegations made by Pakistan,” Indian foreign ministry
    spokesperson Randhir Jaiswal told reporters", VOA, 14 March 2025: the spokesperson, for
    India), as a :class:`Party` named after the last source of the chain; None otherwise."""
    chain = claim.attribution.chain
    if not chain or not _FIRST_PERSON.match(claim.text):
        return None
    name = chain[-1].name
    return Party(content_stems(name), None, _proper(name))


#: A subject that is a proper name right before a claim's predicate, after an optional
#: subordinator and before up to three lower-case words ("Christian Bale will star", "when
#: David Fincher was reportedly directing").
_NAMED_SUBJECT = re.compile(r"^(?:(?:when|as|while|after|before|because|since|that|and|but)\s+)?"
                            r"(?P<name>(?:[A-Z][\w'’.\-]*\s+){1,4})(?:[a-z]+\s+){0,3}$")
#: The agent of a passive right after its predicate, when the name ends the phrase ("directed
#: by Danny Boyle instead"; not the name that opens "written by The Social Network writer
#: Aaron Sorkin").
_AGENT = re.compile(r"^\s+by\s+(?P<name>(?:[A-Z][\w'’.\-]*)(?:\s+[A-Z][\w'’.\-]*){0,3})"
                    r"(?=\s*(?:[,.;:!?)\u2013\u2014]|$)|\s+(?:in|on|at|for|instead|after|before|and|who|which|"
                    r"as|from|with|to|since|during|last|this|next)\b)")


def _named_subject(claim: Claim) -> Optional[Party]:
    """Who acts in a claim with no event, when a proper name says so: the name that is the
    subject right before its predicate (:data:`_NAMED_SUBJECT`), else the agent of its passive
    (:data:`_AGENT`), of two or more words (a first and last name: one capitalised word opening
    a sentence may be a common noun, "Police", "Protesters"), in a text not in title case
    (:func:`_headline`); None otherwise (pronouns and the words of :data:`_NAME_STOP` are
    no name). "Christian Bale will star as late Apple CEO Steve Jobs" and
    "Ashton Kutcher famously starred as Steve Jobs in the "JOBS" movie", "when David Fincher was
    reportedly directing the film" and "The film will be directed by Danny Boyle instead" (FNC-1
    bodies 1019, 2017, 1157: one topic) are acts of other people (:func:`_other_participants`).
    ``benchmarks/track.py`` ECB+ dev CoNLL F1 0.715 -> 0.716 (B³ P 0.885 -> 0.891, R 0.633 ->
    0.631); with one-word names and title-case texts too it fell to 0.704 (B³ R 0.617).
    Emergent's headlines are in title case: stance 0.602 before and after."""
    p = claim.predicate
    if p is None or not claim.start_char <= p.end_char <= claim.end_char or _headline(claim.text):
        return None
    for m in (_NAMED_SUBJECT.match(_before_predicate(claim)), _AGENT.match(claim.text[p.end_char - claim.start_char:])):
        words = [w for w in m.group("name").split() if w not in _NAME_STOP] if m else []
        if len(words) >= 2:
            return Party(content_stems(" ".join(words)), None, True)
    return None


def _one_party(x: Party, y: Party) -> bool:
    """Two participants may be one party: not when their sectors differ (civilians and rebels:
    "people on the train" and "suicide bombers"), else when of one country ("the Pakistan
    military", "Pakistani officials"), else unless both are proper names with no word in
    common ("Afghan Taliban", "Randhir Jaiswal"). Descriptions ("the gunman", "the suspect")
    may name anyone."""
    if x.sectors and y.sectors and not x.sectors & y.sectors:
        return False
    if x.country and y.country:
        return x.country == y.country
    return not (x.named and y.named) or bool(x.words & y.words)
