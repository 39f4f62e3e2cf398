"""A claim's predicate as the tracker keys it: the lemma, with the infinitive after a verb of
intending or ordering or the particle of a phrasal verb (:func:`_control_key`: "refuse to
comment", "order to give", "run out"), the light predicates that give no key
(:data:`LIGHT_PREDICATES`), the text before the predicate (:func:`_before_predicate`) and, for a
noun after a copula, what it is said of (:func:`copular_subject`).

Reads a :class:`~newstrace.records.Claim` (its text and ``predicate``; the tracker sees no parse)
and returns strings or stems. The predicate key is half of the same-lemma rule of
:mod:`.stories` (Upadhyay et al. 2016; Kenyon-Dean et al. 2018).
"""
from __future__ import annotations

import re
from typing import Optional

from newstrace.lexicons import cues
from newstrace.records import Claim

from newstrace.track.cluster.words import content_stems, stem


#: Verbs of relation in time whose subject and object are two events: "The military strike
#: follows rocket attacks on the United States Embassy in Iraq" (Wikinews, 5 January 2020) and
#: "The move follows the United States' killing of Qasem Soleimani" (Wikinews, 6 January 2020:
#: the parliament's vote) say which event came after which; sharing the verb makes them no
#: one event (new-user trial 15), nor does the CAMEO code of the event they name as the
#: earlier one (:func:`signature`).
RELATION_PREDICATES = frozenset({"follow", "precede"})
#: Predicates too general to say which event a claim reports (copulas, light verbs, verbs of
#: speech and thought): "is", "had", "claimed", "said" in two articles of one topic are rarely
#: one event, so they give no predicate key (:func:`_predicate_keys`): "claimed responsibility" /
#: "claimed the killing of 33".
LIGHT_PREDICATES = frozenset({
    "be", "have", "do", "make", "get", "take", "give", "go", "come", "put", "seem", "become",
    "appear", "remain", "keep", "want", "need", "see", "know", "think", "use", "include",
    "say", "tell", "claim", "report", "announce", "state", "add", "note", "ask", "call",
    "describe", "believe", "expect", "confirm", "accuse", "urge",
    # verbs of attention, speech and relation that name no event of their own ("focuses on the
    # Chinese market" / "focus on preserving their assets", "do not respond to queries" /
    # "should respond to this provocation": one article of the session 15 new-user trial)
    "focus", "respond", "concern", "discuss", "talk", "speak", "comment", "work", "help", "look",
    "feel", "face", "consider", "understand", "mean", "matter", "involve", "allow", "require",
    "depend", "remain", "stay"}) | RELATION_PREDICATES
#: Verbs of intending, attempting and aspect whose event is the infinitive they govern:
#: "refused to enroll" and "refused to comment" (one VOA article of the session 14 new-user
#: trial) or "plans to visit" and "plans to sell" are different events, so the predicate key
#: is the verb with its infinitive (:func:`_control_key`). Verbs of intention after the cue
#: lexicon's intention list (``cue_rules.INTENT``) with those of attempting and aspect.
CONTROL_VERBS = frozenset({
    "want", "plan", "seek", "promise", "pledge", "vow", "threaten", "intend", "hope", "refuse",
    "decline", "agree", "decide", "aim", "offer", "try", "attempt", "fail", "manage", "continue",
    "begin", "start", "stop", "prepare", "move", "vote", "help", "need", "appear"})
#: Words after "to" that make it a preposition ("agreed to a ceasefire"), not an infinitive.
_NOT_VERBS = frozenset({"a", "an", "the", "this", "that", "these", "those", "his", "her", "its",
                        "their", "our", "my", "your", "some", "any", "all", "no", "every", "each",
                        "him", "them", "us", "me", "it", "what", "which", "whom"})
_INFINITIVE = re.compile(r"\s+(?:not\s+)?to\s+([A-Za-z][A-Za-z-]*)")
_GERUND = re.compile(r"\s+(at|on)\s+([a-z]+ing)\b")
#: Verbs of ordering and enabling whose event is the infinitive after their object: "ordered
#: all public schools to allow students with dreadlocks" and "also ordered the school to give
#: daughter Makeda extra classes" (VOA, 23 January 2020, new-user trial 10: one story) are two
#: orders, keyed "order to allow" and "order to give" (:func:`_control_key`). The verbs of
#: ``object_control_verbs`` of the cue lexicon but those in :data:`LIGHT_PREDICATES` ("ask",
#: "urge", "allow", "tell", "help"…), which stay light. With the merge of session 29 (cause,
#: convince, drive, enable, inspire, lead, press, prompt, push, request, spur added):
#: ``benchmarks/track.py`` ECB+ dev CoNLL F1 0.712 -> 0.712, Emergent headline stance 0.597 -> 0.597.
OBJECT_CONTROL_VERBS = cues()["object_control_verbs"] - LIGHT_PREDICATES
#: An object of up to five words, then "to" and a lower-case word (:data:`OBJECT_CONTROL_VERBS`).
_OBJECT_INFINITIVE = re.compile(r"\s+(?:[\w'\u2019-]+\s+){1,5}?to\s+([a-z][a-z-]*)\b")
#: Adverb particles that make a phrasal verb another lexeme than the verb alone: "they'd run
#: out of stock" is no running of "some stores can't run the Wednesday special", "stocking
#: up" no "stocks" (Wikinews, 13 March 2020, new-user trial 10: two stories each). The
#: predicate key takes the particle right after the verb (:func:`_control_key`). With the
#: object infinitive above, the subject rule of :func:`_in_subject` and no near-synonyms of one
#: verb (:func:`similar_predicates`): ``benchmarks/track.py`` ECB+ dev CoNLL F1 0.711 -> 0.711
#: (B³ P 0.866 -> 0.868), Emergent train headline stance accuracy 0.594 -> 0.595.
PARTICLES = frozenset({"up", "out", "off", "down", "away", "back"})
_PARTICLE = re.compile(r"\s+([a-z]+)\b")
#: "lost their lives", "lost his life": died.
_LIVES = re.compile(r"\s+(?:\w+\s+)?li(?:fe|ves)\b", re.I)


def _before_predicate(claim: Claim) -> str:
    """The claim's text before its predicate (empty when it has none)."""
    p = claim.predicate
    if p is None or not claim.start_char <= p.start_char <= claim.end_char:
        return ""
    return claim.text[:p.start_char - claim.start_char]


#: A copula and a determiner or possessive right before a claim's predicate, with up to eight
#: words between ("is a huge constitutional and legal and political crisis", "is another
#: crisis", "is al-Baghdadi's wife"): the predicate is a noun that says what the subject is.
_COPULA_NOUN = re.compile(r"(?:\b(?:is|are|was|were|be|been|being|am)|['’]s)\s+(?:not\s+|never\s+)?"
                          r"(?:a|an|the|another|his|her|its|their|our|this|that|[\w-]+['’]s)\s+"
                          r"(?:[\w'’-]+\s+){0,8}$", re.I)


def copular_subject(claim: Claim) -> Optional[frozenset[str]]:
    """What a claim whose predicate is a noun after a copula says that of, as the content-word
    stems (:func:`content_stems`) of its text before the copula: "This is a huge
    constitutional and legal and political crisis" → ``frozenset()`` ("this" is a stop word),
    "The last thing the world needs is another crisis" → {"thing", "world", "need", …}; None
    for any other claim. Such a claim is identified by its subject as an event is by its
    actor (:func:`_by_predicate`)."""
    before = _before_predicate(claim)
    m = _COPULA_NOUN.search(before) if before else None
    return None if m is None else content_stems(before[:m.start()])


def _control_key(claim: Claim) -> Optional[str]:
    """The predicate lemma of ``claim``, with the stem of the infinitive right after it when the
    predicate is a :data:`CONTROL_VERBS` verb ("refused to comment" → "refuse to comment", but
    "agreed to a ceasefire" → "agree": a lower-case word that is no determiner or pronoun), or
    of the gerund after "at" or "on" ("are aimed at raising government revenue" → "aim at
    rais"; "aimed at cutting … fentanyl deaths" is another aim: VOA, 9 March 2025); "lose" with
    "life" or "lives" is "die" ("31 people … lost their lives", VOA, 14 March 2025); an
    :data:`OBJECT_CONTROL_VERBS` verb with the infinitive after its object ("ordered the school
    to give" → "order to give"); any other verb with the :data:`PARTICLES` particle right after
    it ("run out of stock" → "run out"). None when the claim has no predicate. Reads the claim's text (the tracker sees no parse)."""
    p = claim.predicate
    if p is None:
        return None
    at = p.end_char - claim.start_char
    if p.lemma == "lose" and _LIVES.match(claim.text, max(at, 0)):
        return "die"
    if p.lemma in CONTROL_VERBS and 0 <= at <= len(claim.text):
        m = _INFINITIVE.match(claim.text, at)
        if m and m.group(1).islower() and m.group(1) not in _NOT_VERBS:
            return f"{p.lemma} to {stem(m.group(1))}"
        m = _GERUND.match(claim.text, at)
        if m:
            return f"{p.lemma} {m.group(1)} {stem(m.group(2))}"
    if p.lemma in OBJECT_CONTROL_VERBS and 0 <= at <= len(claim.text):
        m = _OBJECT_INFINITIVE.match(claim.text, at)
        if m and m.group(1) not in _NOT_VERBS:
            return f"{p.lemma} to {stem(m.group(1))}"
    m = _PARTICLE.match(claim.text, max(at, 0))
    if m and m.group(1) in PARTICLES:
        return f"{p.lemma} {m.group(1)}"
    return p.lemma
