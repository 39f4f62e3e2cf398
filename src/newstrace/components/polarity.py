"""Polarity and tense of a claim's predication, read from the parse of the claim's head.

What it reads: the head token of a claim unit (spaCy's English dependency labels, ClearNLP
style: ``neg``, ``aux``, ``auxpass``, ``nsubj``, ``dobj``, ``attr``, ``det``, ``preconj``). What it
gives: ``(polarity, cue)`` (:func:`polarity`) and ``(tense, cue)`` (:func:`tense`), each cue a
half-open character span of the word(s) that set the value, or None. :mod:`newstrace.export`
puts them on :class:`~newstrace.records.Predicate`.

Polarity is FactBank's (Saurí & Pustejovsky, "FactBank: a corpus annotated with event
factuality", Language Resources and Evaluation 43, 2009): the ``+``/``-`` half of a factuality
value, kept apart from the commitment label (``factuality``), which it does not change: "it will
not resume talks" is asserted (the negation is in the content, shared/cases/README.md) and its
predication is negative. The negation of a predication (TimeML's ``polarity="NEG"`` of an event
instance, Pustejovsky et al., TimeML 1.2.1, 2005) is:

* a ``neg`` dependent ("not", "n't", "never") of the head, of one of its auxiliaries or of its
  copular complement ("is not defeated", "did not happen", "won't", "was long-awaited but not a
  very big surprise"), or "never" as an adverb of the head;
* a negative quantifier as its subject, object or copular complement: the determiner "no" or
  "neither" ("no evidence was found", "found no evidence", "there is no separation"), the
  pronouns of :data:`NEGATIVE_PRONOUNS` ("nobody was hurt", "none were found"), "neither" before
  a conjoined subject ("Neither ICE nor DHS responded");
* a governor that leaves the predication undone (:data:`NOT_DONE`: "Russian forces failed to
  attack Kyiv", "the army was unable to capture the town"): the head itself with an open
  complement, or its copular complement ("unable") with one; the cue is the governor. The claim
  predicates the complement's act, which did not happen: MEANTIME (Minard et al. 2016) marks it
  NEG ("US automaker bailout deal fails to pass Senate": "pass" NEG, MEANTIME 118147), as FactBank
  does a complement of "fail" (Saurí 2008, ch. 5). A verb of refusing (:data:`REFUSING`, "refused
  to meet") is an act of its own, a positive predication (below);
* a negation or negative subject of the first conjunct, for a conjunct that shares its auxiliaries
  and subject ("did not attack or kill", "nobody was hurt or killed": "kill" and "killed" are
  negated; "did not fire but withdrew" is not, nor is "arrest" in "will find no weapons and
  arrest the men"), and "nor" before a conjunct ("neither confirmed nor denied").

"not only", "not just", "not merely" and "whether or not" negate nothing. Negations of a clause
below the head ("explained why they were not deported"), of a noun phrase ("a not unreasonable
request"), of a prepositional object ("at no time") and "no longer" are not read, nor is a
refusal, which FactBank and MEANTIME mark on its complement ("The UAW refused to meet the
demands": "meet" is NEG in MEANTIME; here "refused" is positive).

The governors of an undone act (:data:`NOT_DONE`, :data:`REFUSING`, :data:`TRYING`) and which
one leaves a verb undone (:func:`undoing_governor`) are kept here for every stage that reads
them: the factuality stage (a source "unable to verify" a claim, ``factuality._negators``) and
the stance stage (no stance in "failed to condemn", ``stance.undone``). The events stage codes a
failure as CAMEO does, as a refusal (12x, PLOVER REJECT: "Palestinians and Israelis failed to
reach agreement…", PLOVER GSR REJECT-0017, from the CAMEO 1.1b3 manual), the negation held in
the type, so that event is not negated again (``refuse_verbs`` of ``events_patterns.json``).

Tense is TimeML's (TENSE of an event instance, minus NONE, which is ``None`` here), from the
finite verb of the clause:

* ``future``: the auxiliary "will", "shall", "'ll" or "wo(n't)"; "be going to" ("is going to
  strike"); "would" (and "'d"), the future seen from the past ("said it would not give more
  financial aid to the firm unless…", an event MEANTIME, Minard et al. 2016, marks FUTURE) or
  of a prediction ("a deal would raise antitrust issues"), but not the counterfactual "would
  have" nor "would like" ("I'd like to thank…": a wish in the present, :data:`WISHES`);
* ``past``: a finite verb or auxiliary in the past (Penn tag VBD: "executed", "did not happen",
  "had ordered", "was not defeated");
* ``present``: one in the present (VBZ, VBP: "is", "has explained", "says");
* ``None``: another modal ("could", "may", "must", "should": TimeML puts it in MODALITY with tense
  NONE) or no finite verb (an infinitive, a participle or a noun heading a headline: "Ford Taurus
  to be revived").

A conjunct with no auxiliary or subject of its own and not finite takes the first conjunct's
("will fire and strike": "strike" is future). Method and lists are ours; the spaCy parse is
the library that does the work. On MEANTIME's 75 shared documents (``shared/data/meantime-en``),
of the 443 gold event mentions that are a claim's predicate, polarity agrees on 428 (NEG found
8 of 9 times, 1 false NEG; 13 are UNDERSPECIFIED; session 34, with :data:`NOT_DONE`: of 439 such
mentions 423, the one more false NEG the "fails" of "fails to pass", which MEANTIME marks POS and
its complement NEG) and 51 of the 67 FUTURE events are ``future``
(1 false future; most misses are may/could/should, which TimeML leaves without tense, and
headlines "X to be revived").
"""
from __future__ import annotations

from typing import Iterable, Optional

from spacy.tokens import Token

#: Governors that leave their open complement undone, as "not" does: "failed to attack", "was
#: unable to verify that X", "neglected to mention". FactBank's negative polarity predicates
#: (Saurí 2008, ch. 5: "fail" makes its complement CT-), with "unable" of "not able".
NOT_DONE = frozenset({"fail", "unable", "neglect"})
#: Governors of a refusal: the complement is undone as well, but the refusal is itself an act
#: (CAMEO 12x "Decline to…"), a positive predication: "refused to meet", "declined to comment".
REFUSING = frozenset({"refuse", "decline"})
#: Governors that leave their complement not done yet, an attempt: "is trying to confirm
#: reports that X", "sought to verify" (FNC-1 body 346, new-user trial 17: Canada asserted X).
TRYING = frozenset({"try", "seek", "attempt"})

#: Pronouns that are negative quantifiers: as a subject or object they negate the predication.
NEGATIVE_PRONOUNS = frozenset({"nobody", "nothing", "none", "noone", "no-one", "neither"})
#: Determiners that are negative quantifiers ("no evidence", "neither side").
NEGATIVE_DETERMINERS = frozenset({"no", "neither"})
#: Dependents whose negative quantifier negates the predication.
ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "oprd"})
#: The subjects among them, which a conjunct shares with the first ("Nobody was hurt or killed").
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
#: Words after "not" that make it no negation of the predicate ("not only … but also").
_NOT_ONLY = frozenset({"only", "just", "merely", "simply"})
#: Auxiliaries of the future (lemmas of Penn MD tokens: "wo" of "won't" and "'ll" are "will").
FUTURE_MODALS = frozenset({"will", "shall"})
#: Modals that may be the future seen from the past ("'d" is "would" when tagged MD).
WOULD = frozenset({"would", "'d", "\u2019d"})
#: Verbs whose "would" is a wish in the present ("would like", "'d love", "would prefer"), no future.
WISHES = frozenset({"like", "love", "prefer"})

CharSpan = Optional[tuple[int, int]]


def polarity(head: Token) -> tuple[str, CharSpan]:
    """``("negative", cue span)`` when the predication headed by ``head`` is negated (module
    docstring), else ``("positive", None)``. ``head`` is the claim unit's head token (the verb, or
    the copula of a copular clause); the cue is the first negation word in the text."""
    cues = sorted(_negations(head), key=lambda t: t.i)
    return ("negative", _span(cues[0])) if cues else ("positive", None)


def tense(head: Token) -> tuple[Optional[str], CharSpan]:
    """``(tense, cue span)`` of the predication headed by ``head`` (module docstring): ``"future"``
    with the modal ("will", "won't": both tokens; "going to"), ``"past"`` or ``"present"`` with
    the finite verb or auxiliary that carries it, ``(None, None)`` when no finite verb does."""
    verbs = _clause(head)
    auxes = sorted((c for v in verbs for c in v.children if c.dep_ in ("aux", "auxpass")),
                   key=lambda t: t.i)
    for a in auxes:
        if a.tag_ == "MD" and a.lemma_.lower() in FUTURE_MODALS:
            return "future", _modal_span(a)
    going = _going_to(head)
    if going is not None:
        return "future", going
    for a in auxes:
        if a.tag_ == "MD" and a.lower_ in WOULD and not _counterfactual(a) \
                and head.lemma_.lower() not in WISHES:
            return "future", _span(a)
    if any(a.tag_ == "MD" for a in auxes):
        return None, None
    for t in sorted(auxes + [head], key=lambda t: t.i):
        if t.tag_ == "VBD":
            return "past", _span(t)
        if t.tag_ in ("VBZ", "VBP"):
            return "present", _span(t)
    return None, None


def _clause(head: Token) -> list[Token]:
    """``head``, and the first conjunct whose auxiliaries, negation and subject it shares: a
    conjunct in a non-finite form (VB, VBN, VBG) with no subject or auxiliary of its own ("did not
    attack or kill", "will fire and strike"); a finite one ("withdrew") shares nothing."""
    out = [head]
    t = head
    while t.dep_ == "conj" and t.head.i != t.i and t.tag_ in ("VB", "VBN", "VBG") \
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl") for c in t.children):
        t = t.head
        out.append(t)
    return out


def _negations(head: Token) -> Iterable[Token]:
    """The negation words of the predication headed by ``head`` (module docstring)."""
    for verb in _clause(head):
        shared = verb is not head  # a first conjunct shares its negation and subject, not its objects
        for c in _near(verb):
            if (c.dep_ == "neg" or c.lower_ == "never" and c.dep_ == "advmod") and not _no_negation(c):
                yield c
            elif c.dep_ in (SUBJECTS if shared else ARGUMENTS) and c.head == verb:
                yield from _quantifier(c)
            elif c.dep_ == "preconj" and c.lower_ == "neither":
                yield c
    yield from _undoing(head)  # "failed to attack", "was unable to capture"
    yield from (d for d in head.children if d.dep_ == "det" and d.lower_ in NEGATIVE_DETERMINERS)  # "No deal"
    if head.dep_ == "conj":
        yield from (c for c in head.head.children if c.dep_ == "cc" and c.lower_ == "nor" and c.i < head.i)


def undoing_governor(verb: Token, governors: frozenset[str] = NOT_DONE) -> Token | None:
    """The governor of which ``verb`` is the open complement (``xcomp``) when its lemma is one of
    ``governors`` (by default :data:`NOT_DONE`; pass ``NOT_DONE | TRYING`` or ``NOT_DONE |
    REFUSING`` for the wider readings): "failed" for "attack" in "failed to attack Kyiv",
    "unable" for "verify" in "was unable to verify". None otherwise."""
    gov = verb.head
    return gov if verb.dep_ == "xcomp" and gov.i != verb.i and gov.lemma_.lower() in governors else None


def _undoing(verb: Token) -> list[Token]:
    """``verb`` or its copular complement when it is a :data:`NOT_DONE` governor with an open
    complement: "failed" of "failed to attack", "unable" of "was unable to capture"."""
    govs = [verb] + [c for c in verb.children if c.dep_ == "acomp"]
    return [g for g in govs if any(undoing_governor(c) == g for c in g.children)]


def _near(verb: Token) -> list[Token]:
    """The dependents of ``verb``, of its auxiliaries and the ``neg`` of its copular complement."""
    out = list(verb.children)
    for c in verb.children:
        if c.dep_ in ("aux", "auxpass"):
            out += c.children
        elif c.dep_ in ("attr", "acomp"):
            out += [g for g in c.children if g.dep_ == "neg"]
    return out


def _quantifier(arg: Token) -> Iterable[Token]:
    """The negative quantifier of an argument: itself ("nobody", "none"), its determiner ("no
    evidence") or the "neither" before it ("Neither ICE nor DHS")."""
    if arg.lower_ in NEGATIVE_PRONOUNS:
        yield arg
    for d in arg.children:
        if d.dep_ == "det" and d.lower_ in NEGATIVE_DETERMINERS \
                or d.dep_ == "preconj" and d.lower_ == "neither":
            yield d


def _no_negation(neg: Token) -> bool:
    """"not only/just/merely" and "whether or not" negate nothing."""
    doc = neg.doc
    after = doc[neg.i + 1].lower_ if neg.i + 1 < len(doc) else ""
    before = doc[neg.i - 1].lower_ if neg.i > 0 else ""
    return after in _NOT_ONLY or before == "or"


def _going_to(head: Token) -> CharSpan:
    """The span "going to" when the predication is "be going to" + verb: ``head`` is the verb
    under "going" ("is going to strike") or "going" itself with such a verb under it."""
    going = head.head if head.dep_ == "xcomp" else head
    if going.lower_ != "going" or not any(c.dep_ in ("aux", "auxpass") and c.lemma_ == "be"
                                          for c in going.children):
        return None
    verb = head if going is not head else next((c for c in going.children if c.dep_ == "xcomp"), None)
    to = None if verb is None else next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    return None if to is None else (going.idx, to.idx + len(to.text))


def _counterfactual(modal: Token) -> bool:
    """A "would" that is no future: "would have" + participle, a counterfactual past."""
    doc = modal.doc
    return modal.i + 1 < len(doc) and doc[modal.i + 1].lower_ in ("have", "'ve", "\u2019ve")


def _modal_span(modal: Token) -> tuple[int, int]:
    """The modal's span; "wo" (spaCy's half of "won't") with its "n't", the word as written."""
    doc = modal.doc
    if modal.lower_ == "wo" and modal.i + 1 < len(doc) and not modal.whitespace_:
        nxt = doc[modal.i + 1]
        return modal.idx, nxt.idx + len(nxt.text)
    return _span(modal)


def _span(t: Token) -> tuple[int, int]:
    return t.idx, t.idx + len(t.text)
