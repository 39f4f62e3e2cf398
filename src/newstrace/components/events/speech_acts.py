"""The source's speech act as the event: a content whose immediate source speaks through an
event verb that governs it ("X warned that…": that warning; "X said Y must…": a demand, CAMEO
10x).

A warning is a threat (CAMEO 13x) only when its content is the source's own act
(:func:`source_threatens`); "should be seen as" demands nothing (:func:`regarded`); a cue over a
relative clause gives the claim no event (:func:`.governing.relative_clause`).

Input: the Doc, a claim unit with its attribution chain (``unit.chain[-1].cue``, ``cue_lemma``),
its head token, and the article's :class:`~.participants.Participants`. Output: (cue verb,
source head, CAMEO code) or None; sets nothing. Source: ``cue_events`` and ``must_modals`` of
``lexicons/events_patterns.json``. Used by :mod:`.coder`.
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Token

from newstrace.actors import lemmas, lexicon, subject
from newstrace.components.events.governing import aux_in, relative_clause
from newstrace.components.events.participants import Participants
from newstrace.entities import FIRST_PERSON
from newstrace.units import ClaimUnit, passive


def cue_event(doc: Doc, unit: ClaimUnit, head: Token, people: "Participants") -> Optional[tuple[Token, Token, str]]:
    """(cue verb, source head, CAMEO code) when the unit's immediate source speaks through an
    event verb that governs the unit ("X warned that…") or demands ("X said Y must…"); a threat
    cue only when the source threatens (:func:`source_threatens`)."""
    pats = lexicon()[1]
    link = unit.chain[-1] if unit.chain else None
    if link is None or link.cue is None:
        return None
    cue = [t for t in doc.char_span(*link.cue, alignment_mode="expand") or [] if t.pos_ == "VERB"]
    src = doc.char_span(link.start_char, link.end_char, alignment_mode="expand")
    if not cue or src is None or not len(src) or cue[-1] not in head.ancestors:
        return None
    if any(relative_clause(t) for t in [head, *head.ancestors] if cue[-1] in t.ancestors):
        return None  # "insists that the budget include funding for the wall, which was one of his promises"
    code = pats["cue_events"].get(link.cue_lemma or "")
    if code and code.startswith("13") and not source_threatens(head, src, people):
        code = None
    return (cue[-1], src.root, "100") if aux_in(head, pats["must_modals"]) and not regarded(head) else (
        (cue[-1], src.root, code) if code else None)


def regarded(v: Token) -> bool:
    """Whether ``v`` is a passive verb of regarding (``regard_verbs``: "It should be seen as a
    clear signal", VOA 6206085): "should" there gives the speaker's reading of an act, no demand
    that anyone act (CAMEO 10x demands an action of a target)."""
    return passive(v) and bool(set(lemmas(v)) & lexicon()[1]["regard_verbs"])


def source_threatens(head: Token, src, people: "Participants") -> bool:
    """Whether a warning's content is an act of its source, a threat (CAMEO 13x): the content's
    subject is the source itself ("Iran warned that it would retaliate") or a first person, its
    act has no named doer (a passive: "warned that protesters would be punished"), or it is
    conditional ("warned that if…"). "Ochieng warns that countries … could become future
    targets for IS Sahel militants" (VOA 2025, new-user trial 10) warns of a danger: no threat."""
    subj = subject(head)
    if subj is None or any(m.lower_ in ("if", "unless") for c in head.children if c.dep_ == "advcl"
                           for m in c.children if m.dep_ == "mark"):
        return True
    if subj.lower_ in FIRST_PERSON:
        return True
    ante = people.people.antecedent(subj) if subj.pos_ == "PRON" else subj
    return ante is not None and (src.start <= ante.i < src.end or ante.lower_ == src.root.lower_)
