"""Who may be an event's actor or target (CONVENTIONS.md "Events"): :class:`Participants`.

Never a time (the article's TIMEX3 expressions, spaCy DATE / TIME entities, weekday, month and
calendar-unit words: :func:`time_tokens`), a bare number, an unresolved or dummy pronoun
(:func:`expletive`), or a "they" actor standing for things; a phrase that runs into a time is
cut before (or after) it. Names, countries and sectors come from :mod:`newstrace.actors`
(:class:`~newstrace.actors.ParticipantResolver`).

Input: a parsed Doc with ``doc._.nt_times`` set (component ``newstrace_times``). Output:
:class:`~newstrace.records.EventParticipant` records with character offsets, or None; sets
nothing. Source of the time words: ``time_words`` of ``lexicons/events_patterns.json``. Used by
:mod:`.coder` and :mod:`.speech_acts`.
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Token

from newstrace.actors import PERSONAL, PLURAL, ParticipantResolver, is_participant, lexicon
from newstrace.components import ext  # noqa: F401
from newstrace.records import EventParticipant
from newstrace.units import text_of


_NAMED = ("PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT")
_NUMERIC = ("CARDINAL", "QUANTITY", "MONEY", "PERCENT", "ORDINAL")


def time_tokens(doc: Doc) -> frozenset[int]:
    """Indices of the tokens that say when, not who: the article's time expressions
    (``doc._.nt_times``), spaCy's DATE / TIME entities, and weekday, month and calendar-unit
    words ("Tuesday", "March", "week") outside a name ("Fridays for Future", "Theresa May")."""
    words = lexicon()[1]["time_words"]
    out = {t.i for t in doc if t.ent_type_ in ("DATE", "TIME")}
    out.update(t.i for t in doc if t.lower_ in words and t.pos_ in ("NOUN", "PROPN") and t.ent_type_ not in _NAMED)
    for t in doc._.nt_times or []:
        sp = doc.char_span(t.start_char, t.end_char, alignment_mode="expand")
        out.update(tok.i for tok in sp or [] if tok.pos_ not in ("ADP", "SCONJ", "PUNCT"))
    return frozenset(out)


def expletive(t: Token) -> bool:
    """"it" as a dummy subject: "It was a mistake to support…", "it is too big to put out"."""
    if t.lower_ != "it":
        return False
    if t.dep_ == "expl":
        return True
    h = t.head
    preds = [h] + [c for c in h.children if c.dep_ in ("acomp", "attr")]
    return t.dep_ in ("nsubj", "nsubjpass") and h.lemma_ in ("be", "seem", "appear", "become", "remain") and any(
        c.dep_ in ("xcomp", "ccomp", "csubj") and c.i > t.i for p in preds for c in p.children)


class Participants:
    """Who may be an actor or target (CONVENTIONS.md "Events"): a name or a noun phrase for a
    person, group, organisation, country or thing acted upon, never a time ("Tuesday's attack",
    "suspended by March 13", "extended by two weeks"), a bare number ("1,217 pledged delegates"),
    a pronoun the article does not resolve ("it", "this", "we") or an expletive "it"; a "they"
    actor must stand for people, not things ("they" → "weeks"). A phrase that runs on into a time
    loses it ("Malawi's High Court on Jan. 14" → "Malawi's High Court", "Saturday Sirhan Sirhan"
    → "Sirhan Sirhan")."""

    def __init__(self, doc: Doc):
        self.doc, self.people, self.times = doc, ParticipantResolver(doc), time_tokens(doc)

    def _bare_number(self, t: Token) -> bool:
        if not (t.pos_ == "NUM" or t.ent_type_ in _NUMERIC or t.like_num):
            return False
        return not any(g.dep_ == "pobj" and is_participant(g) for c in t.children if c.lower_ == "of" for g in c.children)

    def head_ok(self, t: Optional[Token], role: str) -> bool:
        """Whether the head token ``t`` may fill ``role`` (``actor`` or ``target``)."""
        if t is None or t.i in self.times or self._bare_number(t) or expletive(t):
            return False
        if t.pos_ != "PRON":
            return True
        low = t.lower_
        ante = self.people.antecedent(t) if (low in PERSONAL or low in PLURAL) else None
        if ante is None or ante.i == t.i or ante.pos_ == "PRON":
            return False
        if ante.i in self.times or self._bare_number(ante):
            return False
        return role != "actor" or low not in PLURAL or is_participant(ante) or any(
            is_participant(g) for c in ante.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj")

    def describe(self, t: Optional[Token], role: str) -> Optional[EventParticipant]:
        """The participant headed by ``t``, or None when it may not fill ``role``."""
        if not self.head_ok(t, role):
            return None
        return self.trim(self.people.describe(t), t)

    def trim(self, p: EventParticipant, head: Token) -> EventParticipant:
        """``p`` without a time its phrase runs into, before or after its head."""
        span = self.doc.char_span(p.start_char, p.end_char, alignment_mode="expand")
        if span is None or head.i not in range(span.start, span.end) or not any(t.i in self.times for t in span):
            return p
        lo, hi = span.start, span.end
        for t in span:
            if t.i not in self.times:
                continue
            top = t  # the child of the head whose subtree holds the time
            while top.head.i != head.i and top.head.i != top.i and span.start <= top.head.i < span.end:
                top = top.head
            if top.head.i != head.i:
                top = t
            if t.i < head.i:
                lo = max(lo, top.right_edge.i + 1)
            else:
                hi = min(hi, top.left_edge.i)
        toks = [t for t in self.doc[lo:hi] if lo <= t.i < hi]
        while toks and (toks[-1].is_punct or toks[-1].dep_ in ("cc", "case") or toks[-1].is_space):
            toks.pop()
        while toks and (toks[0].is_punct or toks[0].tag_ == "POS" or toks[0].is_space):
            toks.pop(0)
        if not toks or head.i not in {t.i for t in toks}:
            return p
        start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
        text = text_of(self.doc)[start:end]
        name = text if p.name == p.text else p.name
        return p.model_copy(update={"text": text, "start_char": start, "end_char": end, "name": name})
