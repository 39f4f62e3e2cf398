"""Stances that someone else gives: a stance act the subject of a receiving verb meets with
("Cruz won the endorsement of Pence", "the proposal drew criticism from both parties":
:func:`received_stance`, holder Pence, the parties), and the support a group gives ("Clinton's
deep support among black voters": :func:`support_among`, holder the voters). PolNeAR annotates
both as attributions whose source is the giver, as for "Pence endorsed Cruz".

Input: a noun of a parsed spaCy Doc; output: ``(holder, (start, end))``, the holder's token and
the half-open character range of what the stance is about, or None. Word list:
``stance_act_nouns`` of ``lexicons/cues.json``; counts: PolNeAR train without its held-out fifth,
in the docstrings. Sets nothing.
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from newstrace.lexicons import cues

from newstrace.components.stance.circumstances import _prep_content
from newstrace.components.stance.content import char_range


#: Verbs of obtaining or meeting with what someone else gives ("won the endorsement of X",
#: "drew criticism from Y", "faced opposition from Z"): the subject is what the stance is about.
RECEIVING = frozenset({"win", "receive", "get", "earn", "secure", "gain", "garner", "attract", "draw",
                       "face", "spark", "have", "land", "snag", "pick", "lock", "sew"})
#: Stance nouns whose "of" phrase names the holder after a receiving verb ("the endorsement of
#: Gov. Pence"); for the others "of" names the target ("faced criticism of his plan").
SUPPORT_NOUNS = frozenset({"endorsement", "support", "backing"})
#: Prepositions of what a received stance is about when the noun says it ("opposition to his plan",
#: "criticism for the move"), rather than the subject.
TARGET_PREPS = frozenset({"to", "for", "of", "about", "over", "on", "against"})


def received_stance(noun: Token) -> Optional[tuple[Token, tuple[int, int]]]:
    """A stance act that the subject of a receiving verb meets with ("Cruz received the
    endorsement of Gov. Mike Pence", "the proposal drew criticism from both parties", "faced
    stern opposition from homeowners to his plan"): the holder is the object of "from" (or, for
    ``SUPPORT_NOUNS``, of "of") after the noun; the content is the noun's own target phrase
    (:data:`TARGET_PREPS`, not the holder's) or else the verb's whole subject phrase, as in "Pence endorsed
    Cruz". ``noun`` is a ``stance_act_nouns`` noun (less call, attack, embrace: acts, not
    something received) that is the direct object of a ``RECEIVING`` verb with a subject.

    Output: ``(holder, (start, end))`` with the character range of the content, or None.
    PolNeAR train without its held-out fifth, outside any gold content and no cue of newstrace:
    a gold cue 22 times in 29 (draw criticism 3/4, win support 3/3, receive endorsement 3/3,
    face opposition 2/3, snag endorsement 2/2)."""
    lemma = noun.lemma_.lower()
    verb = noun.head
    if noun.pos_ != "NOUN" or noun.dep_ != "dobj" or lemma in ("call", "attack", "embrace") \
            or lemma not in cues()["stance_act_nouns"] or verb.lemma_.lower() not in RECEIVING:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    by = ("of", "from") if lemma in SUPPORT_NOUNS else ("from",)
    preps = [c for c in [*noun.children, *verb.children] if c.dep_ == "prep" and c.i > noun.i and _prep_content(c)]
    holder_prep = next((c for c in preps if c.lower_ in by), None)
    if subj is None or holder_prep is None:
        return None
    holder = next(p for p in holder_prep.children if p.dep_ in ("pobj", "pcomp"))
    if holder.pos_ not in ("PROPN", "NOUN", "PRON"):
        return None
    target = next((c for c in preps if c is not holder_prep and c.lower_ in TARGET_PREPS and c.head == noun), None)
    if target is not None:
        return holder, char_range(noun.doc, target.i + 1, target.right_edge.i)
    return holder, char_range(noun.doc, subj.left_edge.i, subj.right_edge.i)


#: Verbs whose subject has the support a group gives ("Clinton has strong support among black
#: voters", "Cruz and Rubio enjoy the strongest support among the CPAC attendees"): see
#: :func:`support_among`.
HAVING_SUPPORT = RECEIVING | {"enjoy"}


def support_among(noun: Token) -> Optional[tuple[Token, tuple[int, int]]]:
    """The support a group gives, named by "support" with the group after "among" ("Clinton's
    deep support among black voters", "Clinton has strong support among African-American voters
    in S.C.", "Bernie Sanders continues to draw support among union members"): PolNeAR
    annotates it as an attribution, the group its source ("black voters"), "support" its cue and
    the one supported its content, as for "black voters support Clinton". The one supported is
    the object of "for" after the noun, else its possessor ("Clinton's", "his"), else the
    subject of a verb of having or getting it (:data:`HAVING_SUPPORT`) whose direct object the
    noun is ("Clinton has…", "who has…").

    Input: a token of a parsed Doc. Output: ``(holder, (start, end))``, the object of "among"
    and the character range of the content, or None (no "support", no "among" phrase on it with
    a noun or pronoun object, or none of those three). PolNeAR train without its held-out fifth,
    where it gives a holder and content outside any span of newstrace: a gold cue 6 times in 6
    ("shore up support among their colleagues", no gold cue, is no verb of having); 6 in 12
    counting those inside what a source reports ("Iowa polls are showing a slipping of support
    for Mr. Trump among Evangelicals"), where no stance is taken. Read with the models refitted
    without the fifth (with :data:`ATTITUDE_NOUNS`): 6 more attributions on train without the
    fifth, 6 a gold cue; held-out fifth 2 more found, none more false (matched 2467 -> 2469 of
    2879 -> 2881), attribution F1 0.7696 -> 0.7700, content partial F1 0.7337 -> 0.7341, cue F1
    0.7697 -> 0.7701, source accuracy 0.9156 -> 0.9157."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() != "support":
        return None
    among = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "among" and c.i > noun.i), None)
    holder = next((p for p in among.children if p.dep_ == "pobj"), None) if among is not None else None
    if holder is None or holder.pos_ not in ("PROPN", "NOUN", "PRON"):
        return None
    doc = noun.doc
    target = next((p for c in noun.children if c.dep_ == "prep" and c.lower_ == "for" and c.i > noun.i
                   for p in c.children if p.dep_ == "pobj"), None)
    target = target or next((c for c in noun.children if c.dep_ == "poss"), None)
    if target is None and noun.dep_ == "dobj" and noun.head.lemma_.lower() in HAVING_SUPPORT:
        target = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    if target is None:
        return None
    return holder, char_range(doc, target.left_edge.i, target.right_edge.i)
