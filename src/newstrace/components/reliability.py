"""Reliability statements: claims about how far a source, or a kind of source, can be trusted.

"Previous reports in South Korean media about … have proven false" stays a claim (with its own
attribution and factuality) and is in addition recorded as a statement about South Korean media
(direction ``unreliable``), for the tracker's source track records (Emergent-style rumour
tracking keeps such statements beside the claims; Silverman 2015).

Method: a claim unit whose subject is a report-like noun ("reports", "claims", "allegations",
"the account", lexicon ``reliability_subjects``) or a media noun, and whose predicate says
false/unfounded/debunked (``unreliable``), could not be verified or confirmed
(``unverified``) or proved true/accurate (``reliable``); the judged source is the media or
organisation phrase inside the subject ("in South Korea media"), its country from the gazetteer.
Reads ``doc._.nt_claims`` (after factuality); sets ``unit.reliability`` (a dict, or None).
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from newstrace.components import ext  # noqa: F401
from newstrace.entities import source_type, source_words
from newstrace.gazetteer import country, country_of_demonym
from newstrace.units import ClaimUnit

SUBJECTS = frozenset({"report", "claim", "allegation", "account", "story", "rumor", "rumour",
                      "information", "assertion", "charge", "accusation", "statement", "reporting"})
FALSE = frozenset({"false", "untrue", "wrong", "inaccurate", "unfounded", "baseless", "fabricated",
                   "fake", "bogus", "misleading", "incorrect", "groundless"})
FALSE_VERBS = frozenset({"debunk", "discredit", "retract", "refute", "disprove", "deny", "correct"})
TRUE = frozenset({"true", "accurate", "correct", "right", "reliable"})
VERIFY = frozenset({"verify", "confirm", "corroborate", "substantiate"})


def _subject(head: Token) -> Token | None:
    subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return next((c for c in subjects if c.pos_ in ("NOUN", "PROPN", "PRON")), None)


def _direction(head: Token) -> tuple[str, Token] | None:
    """``(direction, cue token)`` from the unit's predicate, or None."""
    kids = list(head.children)
    negated = any(c.dep_ == "neg" for c in kids)
    comp = next((c for c in kids if c.dep_ in ("acomp", "oprd", "attr")), None)
    lemma = head.lemma_.lower()
    if comp is not None and comp.lower_ in FALSE:
        return ("reliable" if negated else "unreliable"), comp
    if comp is not None and comp.lower_ in TRUE:
        return ("unreliable" if negated else "reliable"), comp
    passive = any(c.dep_ == "auxpass" for c in kids)
    if lemma in VERIFY and passive:
        return ("unverified" if negated else "reliable"), head
    if lemma in FALSE_VERBS and passive and not negated:
        return "unreliable", head
    return None


def _judged_source(subject: Token) -> tuple[str | None, str | None, str | None]:
    """``(name, type, country)`` of the source named inside a subject phrase."""
    media = source_words()["media"]
    for t in subject.subtree:
        if t.pos_ in ("NOUN", "PROPN") and (t.lower_ in media or t.lemma_.lower() in media
                                             or t.ent_type_ == "ORG") and t != subject and t.dep_ != "compound":
            phrase = [x for x in t.subtree if x.i <= t.i and not x.is_punct and x.lower_ not in ("the", "a")]
            name = " ".join(x.text for x in phrase)
            where = None
            for x in phrase:
                where = where or country_of_demonym(x.text)
            if where is None and len(phrase) > 1:
                entry = country(" ".join(x.text for x in phrase[:-1]))
                where = entry.country if entry else None
            return name, source_type(t, phrase, t.ent_type_ or None, None), where
    return None, None, None


def judge(doc: Doc, unit: ClaimUnit) -> dict | None:
    """The reliability statement a unit makes, as a dict of char spans and values, or None."""
    head = doc[unit.head]
    subject = _subject(head)
    found = _direction(head)
    if subject is None or found is None:
        return None
    if subject.lemma_.lower() not in SUBJECTS and subject.lower_ not in source_words()["media"] \
            and not any(t.lemma_.lower() in SUBJECTS for t in subject.subtree if t.head == subject):
        return None
    direction, cue = found
    toks = list(subject.subtree)
    name, kind, where = _judged_source(subject)
    return {"subject": (toks[0].idx, toks[-1].idx + len(toks[-1].text)), "direction": direction,
            "cue": (cue.idx, cue.idx + len(cue.text)), "source_name": name, "source_type": kind,
            "country": where}


def assess(doc: Doc) -> Doc:
    """Set ``unit.reliability`` on every non-frame claim unit of ``doc``."""
    for unit in doc._.nt_claims or []:
        unit.reliability = None if unit.frame else judge(doc, unit)
    return doc


@Language.factory("newstrace_reliability")
def make_reliability(nlp: Language, name: str):
    """Factory of the reliability-statement component (after factuality)."""
    return assess
