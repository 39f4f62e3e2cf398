"""Which verbs take a stance, and whose: a verb of taking a position with no clausal complement
(``stance_act_verbs`` of ``lexicons/cues.json``, a call for something: :func:`calls_for`, a phrase
no single verb names: :func:`phrasal_stance`, "voted for Cruz", "spoke out in favor of Clinton";
together :func:`is_stance_verb`, less the senses of :mod:`.senses`); a participle on a message
noun whose stance is the message's, not the sentence subject's (:func:`message_participle`,
:func:`message_stance`: "issued statements condemning the attacks"); and verbs that take none
there: a gerund fronted before a report (:func:`fronted_gerund`) and the infinitive of an act
that did not happen (:func:`undone`: "failed to condemn the attack").

Input: a verb of a parsed spaCy Doc; output: booleans, or the token that names the stance's
preposition or message (None when there is none). Counts: PolNeAR train without its held-out
fifth, in the docstrings. Sets nothing.
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from newstrace.components.polarity import NOT_DONE, REFUSING, undoing_governor
from newstrace.lexicons import cues

from newstrace.components.stance.circumstances import _prep_content, VENUE_NOUNS
from newstrace.components.stance.senses import natural_force, physical_attack, plain_sense


#: Reflexive objects: "distanced himself from…" (:data:`PHRASAL`); no report's object ("history
#: is repeating itself": ``cue_rules.realis_act``).
REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself", "myself", "ourselves", "yourself"})
#: Complements that make the clause a report of its own kind, handled by the reporting rules.
CLAUSAL_DEPS = frozenset({"ccomp", "xcomp", "csubj"})


def message_participle(verb: Token) -> bool:
    """A present participle right after a noun of a message or its medium (:data:`VENUE_NOUNS`:
    "did not reply to VOA's email requesting comment", "a letter asking for…"): a reduced
    relative clause on the message, whatever verb the parse hung it on; the message asks, not
    the subject of the sentence's verb, so the participle is no stance of that subject."""
    return verb.tag_ == "VBG" and verb.i > 0 and verb.doc[verb.i - 1].lemma_.lower() in VENUE_NOUNS


#: Stance verbs of asking for something: a message that requests or urges ("VOA's email
#: requesting comment") asks, and takes no position (:func:`message_stance`).
DIRECTIVES = frozenset({"request", "urge", "demand"})


def message_stance(verb: Token) -> Optional[Token]:
    """The message noun of a :func:`message_participle` that takes a stance ("In her statement
    condemning the test, Hillary Clinton defended…", "Clinton's Tuesday speech denouncing his
    economic policies", "issued statements condemning the attacks"): the participle is a stance
    of whoever issued the message, not of the subject of the sentence's verb; the attribution
    component names the message's possessor, the one who utters it, or else the message itself
    as holder. None for no such participle or one of asking (:data:`DIRECTIVES`). PolNeAR train
    without its held-out fifth, a stance verb as such a participle with an object, outside any
    gold content: a gold cue 9 times in 10 (statement 3/3, speech 3/4, rally 2/2, letter 1/1),
    none found before, the gold source the possessor or the verb's subject 5 times, the message
    3 times. Held-out fifth: see :func:`decision_stance`."""
    if not message_participle(verb) or verb.lemma_.lower() in DIRECTIVES:
        return None
    return verb.doc[verb.i - 1]


#: Verbs that demand something with "for" ("called for a ban", "pushing for a vote",
#: "advocates for children"): urging verbs once their preposition is there. PolNeAR train
#: without its held-out fifth, such a verb + "for" with no object or clause, outside any gold
#: content: a gold cue for call 47 of 49 (the two others passive: "Texas was called for Cruz"),
#: push 11/13, advocate 7/8.
CALL_FOR_VERBS = frozenset({"call", "push", "advocate"})


def calls_for(verb: Token) -> bool:
    """"called for a ban": a ``CALL_FOR_VERBS`` verb in the active voice with a "for" phrase
    after it and no object ("pushed the bill for a vote" is no call)."""
    kids = list(verb.children)
    return verb.lemma_.lower() in CALL_FOR_VERBS and not any(
        c.dep_ in ("dobj", "auxpass", "nsubjpass") for c in kids) and any(
        c.dep_ == "prep" and c.lower_ == "for" and c.i > verb.i for c in kids)


#: Phrases of taking a position that no single verb names: the verb, the nouns its object may
#: be (None: no object) and the prepositions of what the position is about ("voted for Cruz",
#: "sided with the unions", "took aim at his record", "took issue with the plan", "threw their
#: support behind her"). PolNeAR train without its held-out fifth, outside any gold content:
#: the verb a gold cue 54 times in 83 (vote for 24/42, vote against 7/9, take aim/shot/swipe/
#: issue at/with 14/20, side with 4/6, line up behind 3/3, throw support behind 2/3); "go after"
#: (5/15) and "come out in" (0/4) are mostly no cue. "distanced himself from the remarks"
#: (a reflexive object): a gold cue 4 times in the 6 outside any gold content (4 in 8 in all),
#: none of them found before; held-out fifth: 2 more found, 1 more false.
PHRASAL = {"vote": ({None}, {"for", "against"}), "side": ({None}, {"with"}),
           "distance": (REFLEXIVES, {"from"}),
           "line": ({None}, {"behind"}), "throw": ({"support"}, {"behind", "to"}),
           "take": ({"aim", "shot", "swipe", "swing", "whack", "jab", "potshot", "issue"}, {"at", "with"})}


#: Nouns of a position in a phrase "in NOUN PREP" on a verb ("spoke out in favor of Clinton",
#: "came out in support of Cruz", "has long stood in opposition to trade deals"), with the
#: preposition of what the position is about. PolNeAR train without its held-out fifth, outside
#: any gold content: the phrase is (in) a gold cue 16 times in 20 (in favor of 10/13, in support
#: of 4/5, in opposition to 2/2), 10 in 12 on a verb, 8 in 9 on a verb whose subject can hold
#: a position (a name, a pronoun or a source noun: the attribution component's check; "the
#: popularity of dog meat stands in opposition to…" is a contrast, VOA story 67). See
#: :func:`position_phrase`.
POSITION_PHRASES = {"favor": "of", "favour": "of", "support": "of", "opposition": "to"}


def position_phrase(verb: Token) -> list[Token]:
    """The words "in", NOUN and PREP of a :data:`POSITION_PHRASES` phrase after ``verb`` whose
    last preposition has an object that is no time ("spoke out in favor of Clinton"); empty
    when there is none."""
    for pp in verb.children:
        if pp.dep_ != "prep" or pp.lower_ != "in" or pp.i < verb.i:
            continue
        for noun in pp.children:
            want = POSITION_PHRASES.get(noun.lemma_.lower()) if noun.dep_ == "pobj" else None
            prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == want and _prep_content(c)), None)
            if prep is not None:
                return [pp, noun, prep]
    return []


def phrasal_stance(verb: Token) -> Optional[Token]:
    """The preposition of a phrase of taking a position (:data:`PHRASAL`: "voted for Cruz",
    "took aim at his record"; :func:`position_phrase`: "spoke out in favor of Clinton") in the
    active voice with no clausal complement, whose object is what the position is about; None
    otherwise."""
    want = PHRASAL.get(verb.lemma_.lower()) if verb.pos_ == "VERB" else None
    kids = list(verb.children)
    if verb.pos_ != "VERB" or any(c.dep_ in ("auxpass", "nsubjpass") or c.dep_ in CLAUSAL_DEPS for c in kids):
        return None
    if want is None:
        return next(iter(position_phrase(verb)[2:]), None)
    obj = next((c.lemma_.lower() for c in kids if c.dep_ == "dobj"), None)
    if obj not in want[0]:
        return None
    return next((c for c in kids if c.dep_ == "prep" and c.lower_ in want[1] and c.i > verb.i
                 and _prep_content(c)), None)


def is_stance_verb(verb: Token) -> bool:
    """A verb of taking a position (``stance_act_verbs`` of ``lexicons/cues.json``, a verb
    calling for something: :func:`calls_for`, a phrase: :func:`phrasal_stance`) with no clausal
    complement ("endorsed Cruz", not
    "insisted that…")."""
    return verb.pos_ in ("VERB", "AUX") and (verb.lemma_.lower() in cues()["stance_act_verbs"] or calls_for(verb)
                                             or phrasal_stance(verb) is not None) \
        and not any(c.dep_ in CLAUSAL_DEPS for c in verb.children) and not physical_attack(verb) \
        and not natural_force(verb) and not plain_sense(verb)


def fronted_gerund(verb: Token) -> bool:
    """A gerund in an adverbial before a verb with a clausal complement after it ("Despite
    challenging the majority leader, Cruz said…", "In opposing the motion, her lawyer wrote…"):
    the object of a preposition on that verb, or a
    participial clause of it. The gerund names an act of the subject of that verb, the
    reporter's own, and is no part of what the verb reports."""
    if verb.tag_ != "VBG":
        return False
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
        head = verb.head.head
    elif verb.dep_ == "advcl":
        head = verb.head
    else:
        return False
    return verb.right_edge.i < head.i and head.pos_ in ("VERB", "AUX") \
        and any(c.dep_ == "ccomp" and c.i > head.i for c in head.children)


def undone(verb: Token) -> bool:
    """``verb`` is the infinitive of a governor that leaves it undone or refuses it
    (``polarity.NOT_DONE``, ``polarity.REFUSING``): the act it names did not happen and takes no
    stance ("attacked the Journal for refusing to support his tariff plans", VOA story 24;
    "failed to condemn the attack")."""
    return undoing_governor(verb, NOT_DONE | REFUSING) is not None
