"""Stances a noun names, held by whoever the noun is said of: its possessor ("Sanders' attacks on
Clinton", "Trump's stance on immigration", "her disapproval of gay marriage": :func:`noun_stance`;
"Trump's decision to skip the debate": :func:`decision_stance`), the subject of a verb of
uttering it ("Le Pen voiced support for Trump": :func:`uttered_stance`), or the subject it is
said of ("The pair of editorials were not endorsements of Clinton", "Bernie has a particular
critique of the economy": :func:`held_stance`). PolNeAR annotates each as an attribution
(source = the holder, cue = the noun with its preposition or verb, content = what follows).

Input: a noun of a parsed spaCy Doc; output: the holder or verb, the preposition and the
half-open character range of the content, or None. Word lists: ``stance_act_nouns`` of
``lexicons/cues.json`` and the lists here; counts: PolNeAR train without its held-out fifth, in
the docstrings. Sets nothing.
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from newstrace.lexicons import cues

from newstrace.components.stance.circumstances import _prep_content
from newstrace.components.stance.content import char_range
from newstrace.components.stance.received import SUPPORT_NOUNS


#: Prepositions that introduce what a stance noun is about ("attacks on", "support for",
#: "criticism of", "opposition to", "a broadside against"); "in", "at", "from" name a place, a
#: time or a source ("his attack in Iowa").
NOUN_PREPS = frozenset({"on", "of", "for", "to", "against", "toward", "towards"})
#: Nouns of a position held or voiced on a topic ("Trump's stance on immigration", "his views on
#: trade", "her comments about Muslims"), with the prepositions of that topic (``VIEW_PREPS``):
#: the possessor's position toward what the preposition names, a stance as the ones of
#: ``stance_act_nouns`` (:func:`noun_stance`). PolNeAR train without its held-out fifth, such a
#: noun with a possessor and that phrase (no time), outside any gold content: a gold cue 25 times
#: in 36 (position 5/9, stance 4/5, view 4/5, comment 4/6, thought 3/3, remark 3/6, assessment
#: 2/2); left out: speech 2/9, response 1/5, statement 1/4, claim 2/5. Held-out fifth: attribution
#: F1 0.746 -> 0.747 (3 more found, 3 more false).
VIEW_NOUNS = frozenset({"position", "stance", "view", "thought", "comment", "remark", "assessment"})
VIEW_PREPS = frozenset({"on", "about", "of", "over", "regarding", "toward", "towards"})
#: Nouns of an attitude toward something or of an act of taking, voicing or depicting a
#: position, with the prepositions of what it is about ("Nega's enthusiasm for the new
#: government", "her disapproval of gay marriage", "his dislike for the establishment",
#: "Kerry's announcement of this increased number", "Mr. Trump's turn against the former
#: president", "his policy disagreements with Trump"): with a possessor, a stance of the
#: possessor as for :data:`VIEW_NOUNS` (:func:`noun_stance`; object of a verb of uttering:
#: :func:`uttered_stance`). PolNeAR train without its held-out fifth, such a noun with its
#: possessor and phrase outside any span of newstrace: a gold cue 21 times in 26 (announcement
#: 2/3, appeal 2/3, passion 2/2, turn 2/2, preference 1/2, distaste 0/1, dismissal 0/1, 11 more
#: 1/1); 24 in 50 counting those inside another attribution's content, where a stance is not
#: taken (a unit with a chain) or dropped as nested (``scoring``). Read with the models refitted
#: without the fifth: 26 more attributions on train without the fifth, 21 of them a gold cue;
#: none on the held-out fifth (4 such nouns there, all inside another content). Left out, each
#: below the bar as a group: nouns of a message, plan or topic (message, speech, focus, ban,
#: request, rhetoric, strategy, commitment: 15 in 36), and "campaign against", mostly an
#: election race ("his 2008 campaign against Clinton").
ATTITUDE_NOUNS = {
    **dict.fromkeys(("enthusiasm", "passion", "affection", "admiration", "fondness", "love", "zeal",
                     "respect", "distaste", "disdain", "contempt", "appeal", "demand", "preference"), ("for",)),
    **dict.fromkeys(("approval", "disapproval", "distrust", "mistrust", "rejection", "dismissal",
                     "description", "portrayal", "characterization", "interpretation",
                     "announcement", "declaration", "denial", "acknowledgment", "acknowledgement", "admission"), ("of",)),
    **dict.fromkeys(("hostility", "antipathy"), ("to", "toward", "towards")),
    "dislike": ("for", "of"), "aversion": ("to",), "skepticism": ("of", "about", "toward", "towards"),
    "turn": ("against",), "disagreement": ("with",)}


#: Verbs of uttering what their object names ("made the argument that…", "voiced support for…",
#: "leveled attacks against…"): their subject holds the stance or view the object noun names.
#: Also read by ``cue_rules.noun_cue_holder``. "heap", "unleash", "deliver", "launch", "give"
#: ("heaped criticism on the president", "unleashed a harsh attack on Ben Carson", "delivered an
#: impassioned defense of…", "gave … a ruminative endorsement of Hillary Clinton"): a
#: ``stance_act_nouns`` object with its phrase is a gold cue 8 times in 8 on PolNeAR train without
#: its held-out fifth (outside gold content; 1 more inside one, no cue there). Session 26: "take",
#: "hold", "adopt", "present", "write", "tweet" ("has held left-leaning positions on numerous
#: issues", "have taken a more aggressive stance about the U.S. role", "has since adopted the
#: standard Republican position of…", "presented a very different view of…", "wrote an in-depth
#: assessment of…", "is tweeting support for…"): with a noun of :func:`uttered_stance` and its
#: phrase, a gold cue 7 times in 8 outside gold content on PolNeAR train without its held-out
#: fifth (7 in 12 in all: "take a longer view of" and "holding liberal views on" inside a
#: quotation or another content are no cue). Held-out fifth: 1 more attribution found, none more
#: false (matched 2464 -> 2465 of 2876 -> 2877, content exact 1806 -> 1807; attribution F1
#: 0.76904 -> 0.76922, cue F1 0.76894 -> 0.76913). "have" left out (3 in 16 in all: "more than
#: half have an unfavorable view of Clinton").
UTTER = frozenset({"make", "express", "voice", "raise", "repeat", "reiterate", "share", "issue",
                   "offer", "air", "echo", "advance", "level", "lodge", "float", "push", "renew",
                   "heap", "unleash", "deliver", "launch", "give",
                   "take", "hold", "adopt", "present", "write", "tweet"})


def noun_stance(noun: Token) -> Optional[tuple[Token, Token, tuple[int, int]]]:
    """A stance act named by a noun with its holder as possessor ("Sanders' attacks on Clinton",
    "her support for the bill", "Trump's criticism of the judge"): PolNeAR annotates it as an
    attribution (source = the possessor, cue = the noun and its preposition, content = the
    prepositional object), like the verb it nominalises ("Sanders attacked Clinton",
    :func:`stance_content`).

    Input: a token of a parsed Doc. Output: ``(holder, preposition, (start, end))`` with the
    character range of the prepositional object, or None: the noun is no ``stance_act_nouns``
    noun of ``lexicons/cues.json`` nor a :data:`VIEW_NOUNS` noun ("Trump's stance on
    immigration") nor an :data:`ATTITUDE_NOUNS` one ("her disapproval of gay marriage"), it has no possessor that is a noun or pronoun, or no :data:`NOUN_PREPS` phrase
    (:data:`VIEW_PREPS` for a view noun) after it with an object that is no date or time. PolNeAR train
    without its held-out fifth: such a noun with a possessor and that phrase, outside any gold
    content, is a gold cue 48 times in 63 (attack 14/20, criticism 9/9, support 7/12, call 4/5,
    endorsement 3/4, opposition 3/3, embrace 3/4, critique 2/3, condemnation 2/2, denunciation
    1/1), its object the gold content (half of it at least) in 42 of the 48; on the held-out
    fifth, attribution F1 0.719 -> 0.721, cue F1 0.720 -> 0.722.
    """
    holder = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN", "PRON")), None)
    found = _noun_content(noun) if holder is not None else None
    return (holder, *found) if found is not None else None


#: Nouns of a choice taken whose infinitive says what was chosen ("Mr. Trump's decision to seize on
#: immigration", "HP's decision not to fund the convention", "His refusal to tackle the housing
#: problem", "Clinton's proposal to make firms stay or pay", "his deep reluctance to send
#: troops"): :func:`decision_stance`. PolNeAR train without its held-out fifth, possessor + noun +
#: infinitive outside any gold content: proposal 3 in 4, refusal 3 in 5, reluctance 2 in 2 (none
#: found before); plan 4 in 10, attempt 3 in 7, effort 1 in 14, willingness 1 in 5 left out.
#: Held-out fifth, with the session-24 ``UTTER`` verbs and "X's argument is that…"
#: (``cue_rules.noun_cue_content``): attribution F1 0.764 -> 0.766 (matched 2439 -> 2447, system
#: 2849 -> 2861), cue F1 0.763 -> 0.766, content partial F1 0.729 unchanged.
DECISION_NOUNS = frozenset({"decision", "proposal", "refusal", "reluctance"})


def decision_stance(noun: Token) -> Optional[tuple[Token, tuple[int, int]]]:
    """A decision named by a noun with its holder as possessor and what was decided as its
    infinitive right after it ("Trump's decision to skip the debate", "its decision not to
    cooperate with the inquiry"): PolNeAR annotates it as an attribution (source = the
    possessor, cue = the noun, content = the infinitive with its "not to"), like "Trump decided
    to skip the debate" (``cue_rules.INTENT``); the author states that the decision was taken.
    Returns ``(holder, (start, end))``, or None: the noun is no :data:`DECISION_NOUNS` noun, has
    no possessor that is a noun or pronoun, or no infinitive right after it. PolNeAR train
    without its held-out fifth, possessor + "decision(s) (not) to" outside any gold content: a
    gold cue 10 times in 12, none found before ("the decision to" with no possessor: 0 in 1);
    the other :data:`DECISION_NOUNS` are counted there. Held-out fifth, with :func:`message_stance`: 2 more attributions found, none more false
    (matched 2404 -> 2406 of 2805 -> 2807), attribution F1 0.7587 -> 0.7591, cue and content
    exact 2 more each; dev 1 more found, 1 more false ("an individual's decision to release his
    or her returns": a generic possessor), F1 0.768 unchanged."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in DECISION_NOUNS:
        return None
    holder = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN", "PRON")), None)
    inf = next((c for c in noun.children if c.dep_ in ("acl", "relcl") and c.tag_ == "VB"
                and c.left_edge.i == noun.i + 1 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    if holder is None or inf is None:
        return None
    return holder, char_range(noun.doc, inf.left_edge.i, inf.right_edge.i)


def uttered_stance(noun: Token) -> Optional[tuple[Token, Token, tuple[int, int]]]:
    """A stance act or view named by a noun that is the object of a verb of uttering it
    (:data:`UTTER`), with no possessor: "Le Pen voiced support for Trump", "the Council made a
    strong condemnation of the launch", "leveling attacks against one another". The verb's
    subject holds it, as the possessor does in :func:`noun_stance`; PolNeAR annotates it so
    (source = the subject, cue = the verb and the noun with its preposition, content = the
    prepositional object). Returns ``(verb, preposition, (start, end))``, or None: the noun is
    none of :func:`noun_stance`'s, has a possessor, the verb is passive or negated ("made no
    comment on"). PolNeAR train without its held-out fifth, outside any gold content: such a
    noun with that phrase is a gold cue 17 times in 19 (support 3/4, call 2/2, comment 2/2, attack
    2/2, assessment 2/2), some of them already found as reports (``cue_rules.speech_act_noun``);
    held-out fifth 4 times in 5, and attributions 1 more found, none more false (content partial
    F1 0.716 -> 0.717)."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in UTTER or verb.pos_ != "VERB" \
            or any(c.dep_ == "poss" for c in noun.children) \
            or any(c.dep_ in ("auxpass", "nsubjpass", "neg") for c in verb.children) \
            or any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return None
    found = _noun_content(noun)
    return (verb, *found) if found is not None else None


#: Verbs that say what their subject is (``attr``) or has (``dobj``): see :func:`held_stance`.
HOLDING = frozenset({"be", "remain", "have"})


def held_stance(noun: Token) -> Optional[tuple[Token, Token, tuple[int, int]]]:
    """A stance act named by a noun that is said of its holder: the predicate of "be" ("The
    editorial is actually a rousing defense of the South Carolina governor", "The pair of
    editorials were not endorsements of Clinton") or the object of "have" ("Bernie has a
    particular critique of the economy"). The subject holds it, as for :func:`uttered_stance`;
    PolNeAR annotates it so (source = the subject, cue = the verb and the noun with its
    preposition, content = the prepositional object), a negated one too ("were not endorsements
    of"). Returns ``(verb, preposition, (start, end))``, or None: the noun is no
    ``stance_act_nouns`` noun, is "attack" ("It was the worst terrorist attack on our soil": an
    assault), has a possessor (:func:`noun_stance`) or a "by"/"from" holder of its own, or is
    had and names support given ("has the backing of many Democrats": :func:`received_stance`).

    PolNeAR train without its held-out fifth, every place it fires on the parse: 7 (5 with "be",
    2 with "have"; none found before), 5 a gold cue with the subject as gold source ("were not
    endorsements of", "has a particular critique of", "had no such praise for"); the 2 others lie
    inside a quotation with its speaker ("“This is a social critique, in general, of the
    elitists,” said Freddy Ortega"), where no stance is recorded (a unit with a chain). Read with
    the models refitted without the fifth: 5 more stances, 5 a gold cue, 3 of them matching the
    gold content by half (the gold content runs on: "the economy: the banks are still…");
    "what Hillary Clinton needs … was nowhere to be found: a polished, piercing critique of an
    opponent", a clause for subject, is left out. "attack" is left out: an assault ("It was the
    worst terrorist attack on our soil"), no gold cue in 3 on the parse. Held-out fifth: 3 places
    on the parse, 2 stances read, 1 a gold cue ("Clinton's candidacy is essentially a call for more
    of the same"); attribution F1 0.7712 -> 0.7713 (matched 2474 -> 2475 of 2884 -> 2886),
    content partial F1 0.7353 -> 0.7354, cue F1 0.7713 -> 0.7714, source accuracy 0.916."""
    verb = noun.head
    lemma = noun.lemma_.lower()
    holding = verb.lemma_.lower()
    if noun.pos_ != "NOUN" or lemma not in cues()["stance_act_nouns"] or lemma == "attack" \
            or holding not in HOLDING or noun.dep_ != ("dobj" if holding == "have" else "attr") \
            or holding == "have" and lemma in SUPPORT_NOUNS \
            or any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in ("by", "from") for c in noun.children) \
            or not any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN", "PRON") and c.tag_ != "WP" for c in verb.children):
        return None
    found = _noun_content(noun)
    return (verb, *found) if found is not None else None


def _noun_content(noun: Token) -> Optional[tuple[Token, tuple[int, int]]]:
    """The preposition after a ``stance_act_nouns``, :data:`VIEW_NOUNS` or :data:`ATTITUDE_NOUNS`
    noun that introduces what the stance is about (:data:`NOUN_PREPS`, :data:`VIEW_PREPS`, the
    noun's own prepositions; its object no date or time) and the character range of its
    object; None when there is none."""
    lemma = noun.lemma_.lower()
    preps = NOUN_PREPS if lemma in cues()["stance_act_nouns"] else VIEW_PREPS if lemma in VIEW_NOUNS \
        else ATTITUDE_NOUNS.get(lemma)
    if noun.pos_ != "NOUN" or preps is None:
        return None
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.i > noun.i and c.lower_ in preps
                 and _prep_content(c)), None)
    span = char_range(noun.doc, prep.i + 1, prep.right_edge.i) if prep is not None else None
    return (prep, span) if span is not None else None
