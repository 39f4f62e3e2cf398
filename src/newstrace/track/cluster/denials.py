"""Which story a denial or refutation (:mod:`.contradictions`) may join: it joins the story it
contradicts only when it shares a name with it (:func:`_contra_ok`), and not when it denies
allegations of a story that alleges nothing (:func:`_alleges`), is a source's denial of its own
report in one article (:func:`_self_denial`), denies another predication of the same article
(:func:`_other_predication`) or speaks of the future against a story of the past
(:func:`_other_tense`).

Reads a :class:`~.refs.ClaimRef` (the denial) and the members of a story; returns bools.
:func:`~.stories.cluster` applies them on a lower similarity bar (:data:`~.stories.CONTRA_THRESHOLD`).
"""
from __future__ import annotations

import re
from typing import Sequence

from newstrace.lexicons import cues

from newstrace.track.cluster.words import content_stems
from newstrace.track.cluster.parties import _FIRST_PERSON
from newstrace.track.cluster.polarity import future
from newstrace.track.cluster.refs import ClaimRef


#: Nouns by which a denial refers to what others allege ("rejected baseless allegations linking
#: X with Y"): such a denial contradicts an allegation, not a fact the author states.
ALLEGATION_NOUNS = re.compile(r"\b(" + "|".join(sorted(cues()["allegation_nouns"])) + r")\b", re.I)
#: Score taken off a story with a supporting claim its author states as fact, for a denial
#: that refers to allegations (:data:`ALLEGATION_NOUNS`): allegations are not facts the author
#: states, so such a denial belongs with a story of reported claims.
ALLEGATION_PENALTY = 0.15
#: An allegation noun (:data:`ALLEGATION_NOUNS`) not followed by a "that" clause saying what is
#: alleged ("rejected the allegations", not "denied all claims that Khashoggi was slain").
_ALLEGATIONS_UNSAID = re.compile(ALLEGATION_NOUNS.pattern + r"(?!\s+that\b)", re.I)


def _contra_ok(a: ClaimRef, b: ClaimRef) -> bool:
    """A contradicting claim joins only a story it shares a name or a participant with."""
    sa, sb = a.signature, b.signature
    return bool(sa.names & sb.names) or bool(sa.target and sa.target in (sb.target, sb.actor))


def _alleges(denial: ClaimRef, story: Sequence[ClaimRef]) -> bool:
    """A denial that refers to allegations (:data:`ALLEGATION_NOUNS`) contradicts only a
    story that alleges something: one of its supporting claims states an actual event (not
    irrealis) and, when it is of the denial's own article, alleges (:func:`_allegation`). A demand, an expectation, a condition or a threat alleges nothing: "“We strongly
    reject the baseless allegations made by Pakistan,” Indian foreign ministry spokesperson
    Randhir Jaiswal told reporters" (VOA, 14 March 2025) rejects Pakistan's charge of backing
    militants, not its demand that Afghanistan "deny use of its soil for terrorist activities
    against Pakistan" (VOA, 13 March 2025). Other contradictions are not judged here.
    ``benchmarks/track.py``: ECB+ dev CoNLL unchanged (0.709; 9 ECB+ claims name an
    allegation), Emergent headline stance accuracy 0.593 -> 0.594."""
    if denial.contra != "denial" or not ALLEGATION_NOUNS.search(denial.claim.text):
        return True
    return any(m.contra is None and not m.signature.irrealis
               and (m.article.id != denial.article.id or _allegation(m)) for m in story)


def _allegation(ref: ClaimRef) -> bool:
    """What a denial of "the accusations" in the same article can contest (another outlet's
    claim is that outlet's allegation, whatever its form: Emergent's headlines state rumours as
    fact; headline stance accuracy 0.593 when this applied across articles too, 0.595 without
    it): a source's claim about others
    (Pakistan's "handlers of Tuesday's attack are based in Afghanistan"), an accusation (PLOVER
    ``ACCUSE``, a ``alleged`` label) or a claim that names one (:data:`ALLEGATION_NOUNS`). A
    fact the author states in a relative clause ("…, who is leading Zamora's international legal
    team") or a source speaking of itself in the first person ("We're very troubled by what's
    happening in Zamora's case") alleges nothing, so "Zamora's legal team has rejected all the
    accusations" (VOA, 13 March 2025; new-user trial 12) contests neither."""
    claim = ref.claim
    if ref.signature.event_type == "ACCUSE" or ALLEGATION_NOUNS.search(claim.text) \
            or any(s.factuality.label == "alleged" for s in claim.attribution.chain):
        return True
    return not _stated_as_fact(ref) and bool(claim.attribution.chain) and not _FIRST_PERSON.match(claim.text) \
        and not _own_act(ref)


def _own_act(ref: ClaimRef) -> bool:
    """The claim's event is an act of its own innermost source (the event's actor and the
    source share a name word): a source announcing what it does alleges nothing of anyone. "In
    announcing the sanctions on Sali Berisha…, U.S. Secretary of State Antony Blinken said…"
    (VOA, 22 May 2021; new-user trial 13): Berisha's "rejected the allegations" answers Blinken's
    charge of corruption, not the sanctions Blinken imposes."""
    chain, actor = ref.claim.attribution.chain, ref.signature.actor_party
    return bool(chain) and actor is not None and bool(actor.words & content_stems(chain[-1].name))


def _self_denial(denial: ClaimRef, story: Sequence[ClaimRef]) -> bool:
    """Whether ``denial`` is a source's denial set against that same source's own report in
    the same article: every supporting claim of ``story`` comes from the denial's article and
    is reported from a source (its innermost link) who is also a denying link of the denial.
    A source does not contradict itself within one article: "Exantus described the jailbreak
    as 'deplorable'" and "Exantus told VOA he did not think the jailbreak would affect plans to
    hold elections" (VOA, 27 February 2021; new-user trial 12) are two statements of one
    person, not a report and its denial."""
    deniers = {s.name for s in denial.claim.attribution.chain if s.factuality.label == "denied"}
    support = [m for m in story if m.contra is None]
    return bool(deniers) and bool(support) and all(
        m.article.id == denial.article.id and m.claim.attribution.chain
        and m.claim.attribution.chain[-1].name in deniers for m in support)


def _other_predication(denial: ClaimRef, story: Sequence[ClaimRef]) -> bool:
    """Whether ``denial``, a source's denial in the article of every supporting claim of
    ``story``, denies another predication than all of them: within one article the text says
    what a source denies, so a denial contests a claim of its own article only when it negates
    the same predicate (or CAMEO code), or names "the allegations" (:func:`_alleges` judges
    those). "I don't think that the audience in Albania is unaware of the degree of public
    corruption…," Countryman said (VOA, 22 May 2021; new-user trial 13) denies that the audience
    is unaware; it does not contest Blinken's "Berisha was involved in corrupt acts". Across
    articles the wording of a denial and of the report it answers differ too often (Emergent's
    "X denies reports that…"), so only the same article is judged. A denial of "claims that X"
    names its predication, as any other denial does: "Saudi Arabia initially denied all claims
    that Khashoggi was slain" (Wikinews, 2019; new-user trial 16) had contested Hatice Cengiz's
    "calling for the killers of Khashoggi to be brought to justice"."""
    if denial.contra != "denial" or _ALLEGATIONS_UNSAID.search(denial.claim.text):
        return False
    support = [m for m in story if m.contra is None]
    return bool(support) and all(m.article.id == denial.article.id and not _same_predication(denial, m)
                                 for m in support)


def _other_tense(denial: ClaimRef, story: Sequence[ClaimRef]) -> bool:
    """Whether ``denial`` speaks of the future (:func:`~.polarity.future`) and no supporting claim of
    ``story`` does: a doubt that an event will happen denies no report that it was set in
    motion. Anto Nobilo's "I do not believe there will be Dodik's arrest" does not contest
    "Bosnian state prosecutors on Wednesday had ordered the arrest of Dodik" (VOA, 14 March
    2025; new-user trial 15): the order was given, whether the arrest will follow is another
    claim. ``benchmarks/track.py``: ECB+ dev CoNLL F1 unchanged; Emergent stance 0.602 with
    or without it; the other way round too (a denial of the past kept from a story told in the
    future) Emergent claim veracity fell 0.419 -> 0.407 (three Apple Watch claims)."""
    support = [m for m in story if m.contra is None]
    return future(denial.claim) and bool(support) and not any(future(m.claim) for m in support)


def _same_predication(a: ClaimRef, b: ClaimRef) -> bool:
    """The two claims share their predicate lemma or their specific CAMEO code."""
    sa, sb = a.signature, b.signature
    return bool(sa.predicate and sa.predicate == sb.predicate or sa.cameo and sa.cameo == sb.cameo)


def _stated_as_fact(ref: ClaimRef) -> bool:
    """The author states the claim as fact: label ``asserted``, with no source or through a
    factive one ("the attack shows that …", "officials confirmed that …")."""
    return ref.claim.factuality.label == "asserted"
