"""Governing heads: a unit's head that governs another event, and what CAMEO makes of it.

A head of threat, refusal, intent or plan (:func:`kind_of`; ``*_verbs`` and ``*_adjectives`` of
``lexicons/events_patterns.json``), or one that names no event itself, passes to the event of a
complement inside the unit (:func:`embedded`: "took a train to meet X", "responded by
rebuilding…", "posted a message … blaming Iran"), never to a relative clause
(:func:`relative_clause`). CAMEO's own codes then give the reading: a threat to do X is 13x
(:func:`threat_code`), an intent to do X 03x (:func:`intent_code`), both by code or by the PLOVER
type of X through the CAMEO2PLOVER-2021 table (:func:`plover`, ``lexicons/events_cameo2plover.csv``).
A wish is no threat (:func:`wished`); an attempt is the act tried (:func:`attempted`).

Input: parsed spaCy tokens and CAMEO codes. Output: codes, kinds, a :class:`~.triggers.Found`
or None; sets nothing. Used by :mod:`.speech_acts` and :mod:`.coder`.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from spacy.tokens import Token

from newstrace.actors import lexicon, verb_keys
from newstrace.components.events.triggers import Found, code_token, noun_code, object_patterns


def plover(cameo: str) -> tuple[str, Optional[str]]:
    """PLOVER (type, mode) of a CAMEO code (its longest listed prefix). Raises KeyError."""
    table = lexicon()[2]
    for n in range(len(cameo), 1, -1):
        if cameo[:n] in table:
            return table[cameo[:n]]
    raise KeyError(cameo)


def kind_of(v: Token) -> Optional[str]:
    """"threat", "refuse", "intent" or "plan" for a governing verb or adjective, else None."""
    pats, keys = lexicon()[1], set(verb_keys(v))
    for kind, cls in (("threat", "threat_verbs"), ("refuse", "refuse_verbs"), ("intent", "intent_verbs"),
                      ("plan", "plan_verbs"), ("refuse", "refuse_adjectives"), ("intent", "intent_adjectives")):
        if keys & pats[cls] and (v.pos_ == "ADJ") == cls.endswith("adjectives"):
            return kind
    return None


def intent_code(cameo: str) -> str:
    """CAMEO 03x code of an intent to do ``cameo`` (cooperative)."""
    pats = lexicon()[1]
    return pats["intent_code_by_cameo"].get(cameo) or pats["intent_code"].get(plover(cameo)[0], "030")


def threat_code(cameo: Optional[str]) -> str:
    """CAMEO 13x code of a threat to do ``cameo`` (conflictual), "130" when unknown."""
    pats = lexicon()[1]
    if cameo is None:
        return "130"
    return pats["threat_code_by_cameo"].get(cameo) or pats["threat_code"].get(plover(cameo)[0], "130")


def aux_in(t: Optional[Token], words) -> bool:
    """Whether ``t`` has an auxiliary among ``words`` ("will", "must")."""
    return t is not None and any(c.dep_ == "aux" and c.lower_ in words for c in t.children)


def wished(v: Token) -> bool:
    """Whether ``v`` is, or is the complement of, a verb of wishing ("We hope we'll round up the
    cartels", VOA 2025-03-09). A wish threatens no one: a wished conflictual act keeps its own
    code (COERCE 173), where a plan or a bare "will" makes it a threat (13x)."""
    wish = lexicon()[1]["wish_verbs"]
    return bool(set(verb_keys(v)) & wish) or (v.dep_ in ("ccomp", "xcomp") and bool(set(verb_keys(v.head)) & wish))


def attempted(v: Token) -> bool:
    """Whether ``v`` is a verb of attempt (``attempt_verbs``: "has been trying to seize the town",
    FNC-1 body 219) with an infinitive and no future auxiliary. CAMEO codes an attempt as an act
    of the kind tried (185 "attempt to assassinate" is an ASSAULT, CAMEO2PLOVER-2021), neither a
    threat (13x) nor an intent (03x): the attempt is under way."""
    pats = lexicon()[1]
    return bool(set(verb_keys(v)) & pats["attempt_verbs"]) and not aux_in(v, pats["future_aux"]) and any(
        c.dep_ == "xcomp" for c in v.children)  # "seeking assistance from Russia" asks for it


def embedded(v: Token, inside: set[int]) -> Optional[Found]:
    """The event an uncoded or governing head passes to (see the package docstring)."""
    kids = [c for c in v.children if c.i in inside]
    for c in kids:
        uncoded = c.dep_ == "dobj" and any(p["cameo"] is None for p in object_patterns(v, c)[:1])
        if c.dep_ in ("nsubj", "nsubjpass", "dobj", "attr") and not uncoded and (code := noun_code(c)):
            return Found(code, c, None, c, nominal=True)  # not "attended the hearing": a pattern with no code
    for c in kids:
        marked = any(m.dep_ == "mark" for m in c.children)
        if c.dep_ == "advcl" and relative_clause(c):
            continue
        if c.dep_ in ("xcomp", "ccomp", "acomp") or (c.dep_ == "advcl" and not marked):
            if (f := code_token(c)) or (c.dep_ == "acomp" and (f := embedded(c, inside))):
                return f
        if c.dep_ == "dobj" and c.lemma_.lower() in lexicon()[1]["carrier_heads"]:
            act = next((t for t in c.subtree if t.dep_ == "acl" and t.tag_ == "VBG" and t.i in inside), None)
            if act is not None and (f := code_token(act)):
                return replace(f, verb=v)  # "posted a message … blaming Iran": the poster blames
        if c.dep_ == "prep" and c.lower_ in ("by", "to", "for", "in", "of"):
            obj = next((g for g in c.children if g.dep_ in ("pcomp", "pobj")), None)
            if obj is not None and (obj.dep_ == "pcomp" or (c.lower_ not in ("by", "of") and kind_of(v))) and (f := code_token(obj)):
                return f
    return None


def relative_clause(v: Token) -> bool:
    """Whether the clause of ``v`` is a relative clause, parsed as one or not: its subject is a
    relative pronoun or a part "of" one ("demonstrators, some of whom threw rocks at police", VOA
    6205674, parsed as an adverbial clause). It describes a participant: its act is not the
    claim's event."""
    subjects = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
    words = subjects + [g for c in subjects for p in c.children if p.lower_ == "of" for g in p.children]
    return v.dep_ == "relcl" or any(t.tag_ in ("WP", "WDT") for t in words)  # "who", "some of whom"
