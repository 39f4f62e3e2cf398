"""Coordinated verbs: when a conjunct is a claim of its own and when conjoined words make one
predication. CONVENTIONS.md ("What one claim is"): each conjunct of coordinated verb *phrases*
is a claim; verbs that share one object make one phrase.

* ``_coordinated``: a bare past participle right after a noun, which the parser made a conjunct
  verb ("…all crew & high-ranking CIA members killed"), is no second verb;
* ``_shares_complements``: verbs of a list, a disjunction, or under one "to" or one preposition
  that share their object (right node raising: "construct, install, establish, or operate a
  radio station"), and a base form misread after a past form ("issued a cease and desist
  order"), make one predication;
* ``_misparsed_gerund``: a gerund phrase of a series that the parser read as a conjoined noun
  phrase heads a unit.

Read by :func:`~newstrace.components.claims.heads.is_unit_head` only (a second verb of report in
a relative clause, which asks that function of its clause, is
:func:`~newstrace.components.claims.heads.relative_second_report`). Input: tokens of a parsed
spaCy Doc; output: booleans; sets nothing. Counts: PolNeAR train without its held-out fifth and
the fifth, Wikinews and VOA stories of new-user trials, as each docstring says.
"""
from __future__ import annotations

from spacy.tokens import Token

from newstrace.components.claims.reports import VERBAL


def _misparsed_gerund(tok: Token) -> bool:
    """A gerund phrase in a series that the parser read as a noun phrase ("responded by
    rebuilding a site, test-firing short-range missiles, and …": "firing" tagged as a modifier
    of "missiles"): a conjoined noun whose phrase opens, after a comma, with a gerund modifier,
    under a gerund verb."""
    first = tok.left_edge
    gerund = next((c for c in tok.children if c.dep_ == "amod" and c.tag_ == "VBG"), None)
    if gerund is None or first.i == 0 or tok.doc[first.i - 1].text != ",":
        return False
    if not all(t.i in range(first.i, gerund.i + 1) for t in gerund.subtree) or gerund.left_edge.i != first.i:
        return False
    return any(a.tag_ == "VBG" and a.pos_ == "VERB" for a in tok.ancestors)


def _coordinated(conj: Token) -> bool:
    """False for a bare past participle right after a noun that the parser made a conjunct verb
    ("…resulting in all crew & high-ranking CIA members killed": "killed", with no word of its
    own and no coordinator before it, describes "members"; it is no second verb of "crashed").
    Any other conjunct verb is coordinated (the parser's attachment of "and" and commas is too
    loose to ask for more: "…disdain, and the advent of Fox News gave…")."""
    prev = conj.doc[conj.i - 1] if conj.i else None
    return not (conj.tag_ == "VBN" and not list(conj.children) and prev is not None
                and prev.pos_ in ("NOUN", "PROPN"))


#: Dependents that do not complete a verb: a bare verb with only these to its right waits for
#: the complements of the verb conjoined to it.
_NO_COMPLEMENT = frozenset({"punct", "cc", "conj", "preconj"})


def _shares_complements(conj: Token) -> bool:
    """True when ``conj`` and the verb it is conjoined to make one predication: the first verb
    has nothing of its own to its right but its coordinator, its punctuation and ``conj``; the
    verbs make a list of three or more or a disjunction ("or", whose
    parts no one asserts alone); and the last verb of the series has a direct object, which all
    share (right node raising: "no person … shall construct, install, establish, or operate a
    radio station" (Wikinews), "freedom to seek, receive and communicate ideas", "spies are
    watching or suspecting you"), or the verbs are bare past participles, a list of states
    ("civilians remain unseen, unprotected, bombed, besieged, raped"). "Paused and said the
    talks had failed" and "They shot and killed people" keep two claims each. A pair of verbs
    under one "to" counts as a list, an infinitive naming one purpose or request ("ask local
    authorities to find and arrest a person", Wikinews 2020 no. 72, new-user trial 6, was two
    claims "…to find" / "arrest a person"): PolNeAR train without its held-out fifth, 31 such
    pairs ("to defend and expand Social Security"), 23 inside one gold content with both verbs,
    none split between two contents, 8 in no content; held-out fifth unchanged (attribution F1
    0.761, partial 0.726, cue 0.761, source 0.913; 5 claims fewer). So does a pair of gerunds
    under one preposition ("must be united in addressing and condemning this brazen behavior",
    VOA 8009004, new-user trial 9, was two claims "…united in addressing" / "condemning this
    brazen behavior"): PolNeAR train without its held-out fifth, 14 such pairs with a shared
    object, 10 inside one gold content with both verbs, none split, 4 in no content; held-out
    fifth (3 such pairs, all in one gold content), with :func:`~.adverbials._temporal_since`: attribution F1
    0.764 -> 0.765. Also True when
    ``conj`` is a base form (VB) with no subject or auxiliary of its own conjoined to a past or
    third-person form (VBD, VBZ), whose tense it cannot share: the parser read the first word of
    a compound noun as an object ("issued a cease and desist order"). CONVENTIONS.md: a claim is
    each conjunct of coordinated verb *phrases*; verbs that share one object make one phrase
    (new-user trial, Wikinews and VOA: one-word claims "install", "establish", and "issued a
    cease" / "desist order dated yesterday"). PolNeAR train without its held-out fifth: of the
    75 such conjuncts inside a gold content, 64 share that content with the verb they join (28
    more lie in none); held-out fifth unchanged (attribution F1 0.761, partial 0.725)."""
    def subjectless(v: Token) -> bool:
        return not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in v.children)

    if not subjectless(conj):
        return False  # "…, and he suspended his campaign": a clause of its own
    first, top = conj.head, conj.head
    while top.dep_ == "conj" and top.head.pos_ in VERBAL and subjectless(top):
        top = top.head
    series, todo = [], [top]
    while todo:
        series.append(v := todo.pop())
        todo.extend(c for c in v.children if c.dep_ == "conj" and c.pos_ in VERBAL and subjectless(c))
    last = max(series, key=lambda v: v.i)
    listed = len(series) > 2 or any(c.dep_ == "cc" and c.lower_ in ("or", "nor") for v in series for c in v.children) \
        or top.tag_ == "VB" and any(c.tag_ == "TO" for c in top.children) \
        or top.tag_ == "VBG" and top.dep_ == "pcomp"
    if listed and not any(c.i > first.i and c.dep_ not in _NO_COMPLEMENT for c in first.children) and (
            any(c.dep_ == "dobj" for c in last.children) or first.tag_ == conj.tag_ == "VBN"):
        return True
    return conj.tag_ == "VB" and first.tag_ in ("VBD", "VBZ") and not any(
        c.dep_ in ("aux", "auxpass") for c in conj.children)
