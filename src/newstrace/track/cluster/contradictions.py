"""Whether a claim denies or refutes the event it states (:func:`contradiction`): the author's or a
source's label ``denied``, a negated event, predicate or state, a statement that something does
not exist, a refutation phrase such as "proven false" (``refutation_phrases`` of
``lexicons/cues.json``), or a re-appearance such as "appeared in public"
(:data:`REAPPEARANCE_PHRASES`); and whether its text is what a source denies as others state it
(:func:`denied_as_stated`).

Reads a :class:`~newstrace.records.Claim` (text, factuality, attribution chain, event, predicate
with its polarity: whether a predication is negated, and by which word, comes from the parse
through :mod:`.polarity`) and returns ``"refutation"``, ``"denial"`` or None (with the reason,
:func:`_contradiction`).
Such a claim joins the story it contradicts with ``relation = "contradicts"`` (:mod:`.denials`,
:mod:`.stories`).
"""
from __future__ import annotations

import re
from typing import Optional

from newstrace.lexicons import cues
from newstrace.records import Claim

from newstrace.track.cluster.polarity import copula_before, existential, negation, negation_in_text


#: Phrases that report the observable opposite of an execution or death claim (a refutation);
#: ``reappearance_phrases`` of ``lexicons/cues.json``.
REAPPEARANCE_PHRASES = tuple(cues()["reappearance_phrases"])


def contradiction(claim: Claim) -> Optional[str]:
    """Whether ``claim`` contradicts the event it states, and how.

    Returns:
        ``"refutation"`` when the author denies it (author label ``denied``), or the claim
        reports the observable opposite (:data:`REAPPEARANCE_PHRASES`), or the author calls
        it false (``refutation_phrases`` of ``lexicons/cues.json`` with no source);
        ``"denial"`` when a source in the chain denies it (label ``denied``), the claim says
        something does not exist ("there is no separation…", :func:`_none_exists`), its own event
        is negated in an actual clause (:func:`_negated_event`) or its source's report verb is
        ("does not list", :func:`_negated_predicate`), or a state is negated with no event ("ISIS
        is not defeated", :func:`_negated_state`), or a source calls it false; ``None`` otherwise.
    """
    return _contradiction(claim)[0]


def denied_as_stated(claim: Claim) -> bool:
    """Whether ``claim``'s text is what a source of its chain denies, as others state it: a link
    labelled ``denied`` whose cue lies outside the claim ("An Iraqi official today denied that
    [a woman detained in Lebanon yesterday is the wife of … al-Baghdadi]", FNC-1 body 1192) and
    no negation anywhere in the text itself (:func:`~.polarity.negation_in_text`, not only one
    of its predication). Such a claim is the story its report contradicts, even when no report
    of the story is at hand; a claim whose text holds its own denial ("Dodik rejected the arrest
    warrant", "I do not believe there will be Dodik's arrest", "No, they don't - it's a hoax")
    is the story of that denial."""
    if negation_in_text(claim):
        return False
    return any(s.factuality.label == "denied" and s.cue is not None
               and (s.cue.end_char <= claim.start_char or s.cue.start_char >= claim.end_char)
               for s in claim.attribution.chain)


def negation_only(claim: Claim) -> bool:
    """Whether :func:`contradiction` finds ``claim`` contradicting only because its event is
    negated (no denial label, no refutation phrase or re-appearance). Such a claim contradicts
    a story only if it negates the same predication: "did not execute" against "executed";
    "did not reply to VOA's email" contradicts no story about the group it names."""
    return _contradiction(claim)[1] == "negation"


def _contradiction(claim: Claim) -> tuple[Optional[str], Optional[str]]:
    """``(kind, reason)`` behind :func:`contradiction`: reason ``label``, ``reappearance``,
    ``source``, ``negation`` or ``phrase`` (the first that applies), or ``(None, None)``."""
    low = claim.text.casefold()
    if claim.factuality.label == "denied":
        return "refutation", "label"
    if any(p in low for p in REAPPEARANCE_PHRASES):
        return "refutation", "reappearance"
    chain = claim.attribution.chain
    if any(s.factuality.label == "denied" for s in chain):
        return "denial", "source"
    if (_negated_event(claim) or _negated_predicate(claim) or _negated_state(claim) or _none_exists(claim)) \
            and not _FOR_NOW.search(low):
        return "denial", "negation"  # "there is no separation between the branches"
    phrases = cues().get("refutation_phrases", frozenset())
    if any(_says_false(low, p) for p in phrases):
        return ("refutation" if not chain else "denial"), "phrase"
    return None, None


#: A word opening a clause below the predicate ("has explained why they were not deported"):
#: an event negated after it is not what the claim states.
_SUBORDINATOR = re.compile(r"\b(?:why|whether|if|how|that|which|who|whom|what|when|where|because|"
                           r"after|before|since|until|while|although|though)\b", re.I)


def _negated_event(claim: Claim) -> bool:
    """The claim's event is negated in an actual clause (not a conditional or planned one: "in
    case a ceasefire is not agreed" denies nothing) and is the claim's own predication: not an
    event of a clause below its predicate. "Neither China nor Thailand has explained why they
    were not deported along with the 40 last month" (VOA, 11 March 2025) says no one explained;
    it denies no deportation (new-user trial 7). An event named in the subject of a negated
    copula is denied only by a predicate of occurrence (:data:`OCCURRENCE_PREDICATES`: "the
    report was not true"): "the ban on Mahan Air is not part of any broader plan to increase
    sanctions on Iran" (Wikinews, 23 January 2019) confirms the ban (new-user trial 8: it made
    "Germany bans Mahan Air" contested). ECB+ dev CoNLL F1 0.719 and Emergent train stance
    accuracy 0.592 before and after."""
    ev = claim.event
    if ev is None or not ev.negated or ev.modality != "actual":
        return False
    p, neg = claim.predicate, negation(claim)
    copula = copula_before(claim, neg) if neg is not None else None
    if p is not None and copula is not None and ev.trigger.end_char <= copula.start_char \
            and neg.end_char <= p.start_char <= claim.end_char:
        return p.lemma in OCCURRENCE_PREDICATES
    if p is None or p.start_char >= ev.trigger.start_char or not claim.start_char <= p.end_char <= claim.end_char:
        return True
    between = claim.text[p.end_char - claim.start_char:ev.trigger.start_char - claim.start_char]
    return not _SUBORDINATOR.search(between)


def _negated_predicate(claim: Claim) -> bool:
    """The claim's predicate is its source's report verb and is negated (:func:`~.polarity.negation`):
    "It does not, however, list any 707s" (Wikinews, 15 January 2019, of an aviation
    database) says the database gives no 707s; it cannot corroborate a report that the airline
    flies 707s (new-user trial 7: it made that story corroborated). Any other negated predicate
    with no negated event is left alone: taken for a denial, each of the 149 such claims of ECB+
    dev ("he did n't hear a gunshot", "would not release any details") left the stories of its
    predicate, and CoNLL F1 fell 0.722 → 0.720."""
    p, chain = claim.predicate, claim.attribution.chain
    cue = chain[-1].cue if chain else None
    if p is None or cue is None or not cue.start_char <= p.start_char < cue.end_char \
            or not claim.start_char <= p.start_char <= claim.end_char:
        return False
    return negation(claim) is not None


def _negated_state(claim: Claim) -> bool:
    """The claim has no event and its predication is negated (:func:`~.polarity.negation`) by
    "not", "never" or "n't" on a copula before its predicate (:func:`~.polarity.copula_before`):
    "ISIS is not defeated" (Lindsey Graham, Wikinews, 8 October 2019; new-user trial 16: it
    supported the White House statement "US troops had defeated ISIS"). It says the state does
    not hold; as a negation (:func:`negation_only`) it contradicts only a story of the same
    predicate. A negative determiner ("This is no surprise") denies no state, nor does a gerund
    ("What is so sad for me is not seeing the punishment", trial 16); an existential ("there
    was never a panel") is :func:`_none_exists`'s. With a noun predicate too ("Woman detained in
    Lebanon is not al-Baghdadi's wife", Emergent; before, only a participle or adjective right
    after the copula counted): Emergent headline stance 0.601 -> 0.602, ECB+ dev CoNLL F1 0.716
    unchanged."""
    p, neg = claim.predicate, negation(claim)
    if claim.event is not None or p is None or neg is None or p.text.endswith("ing") \
            or not claim.start_char < p.start_char < claim.end_char:
        return False
    return neg.text.casefold() in NEGATING_ADVERBS and neg.end_char <= p.start_char \
        and copula_before(claim, neg) is not None and not existential(claim, neg)


#: The negations of a copula that deny a state ("is not", "was never", "isn't").
NEGATING_ADVERBS = frozenset({"not", "never", "n't", "n\u2019t"})
#: Predicates after a negated copula that say an event named in its subject did not take place
#: ("the report was not true"): only these deny that event (:func:`_negated_event`).
OCCURRENCE_PREDICATES = frozenset({"true", "real", "accurate", "correct"})
#: A negation bounded in time ("did not immediately endorse another candidate at the time",
#: Wikinews, 16 April 2020; "has not yet", "so far"): it says the event had not happened then,
#: which a later report of it does not contradict.
_FOR_NOW = re.compile(r"(?:\b(?:not|never|no)|n't)\s+(?:\w+\s+)?(?:immediately|yet)\b|"
                      r"\b(?:at the time|at that time|at first|initially|so far|as yet)\b")
#: What follows "no evidence" when it says evidence was not made public ("no evidence linking
#: the camps with al-Shabab has been publicly released", VOA, 2 April 2021): a statement about
#: disclosure, which establishes no opposite.
_UNDISCLOSED = re.compile(r"^[^,;.]*?\b(?:been|be|is|was|were)\s+(?:\w+\s+)?(?:released|made public|"
                          r"published|disclosed|presented|provided|produced|shown|shared|offered)\b")

def _none_exists(claim: Claim) -> bool:
    """The claim says something does not exist: its predication is an existential "there is"
    (:func:`~.polarity.existential`) whose noun is negated by "no" or by "not"/"n't" before "any…"
    ("there is no separation between…", "there have been no arrests", "there wasn't anyone
    freaking out"), also under a verb of showing ("which shows there is no separation between the
    executive and legislative branches", VOA, 14 March 2025: new-user trial 16, where it
    corroborated "The constitution says there is separation between government branches").
    "never" is left out: "There was never a panel discussion on domestic violence planned for
    ESPN's Monday Night Football pregame show" (Emergent) denies the panel too, but as a denial
    it made one story, corroborated, of the two headlines that deny it, and Emergent claim
    veracity fell 0.419 -> 0.415 (the benchmark reads a corroborated story as a true claim)."""
    neg = negation(claim)
    if neg is None or not existential(claim, neg):
        return False
    word = neg.text.casefold()
    after = claim.text[neg.end_char - claim.start_char:].split()[:1]
    return word == "no" or word in NEGATING_ADVERBS - {"never"} and bool(after) \
        and after[0].casefold().startswith("any")


def _says_false(low: str, phrase: str) -> bool:
    """Whether the claim text ``low`` (case-folded) holds the refutation ``phrase`` as a word or
    words, outside a relative clause about something else ("on espionage charges which
    Washington has dismissed as baseless" calls the charges baseless, not the claim)."""
    for m in re.finditer(rf"(?<![a-z]){re.escape(phrase)}(?![a-z])", low):
        if phrase == "no evidence" and _UNDISCLOSED.search(low[m.end():]):
            continue
        if not re.search(r"\b(which|who|whom|whose)\b[^,;.]*$", low[:m.start()]):
            return True
    return False
