"""Stance adjectives and agent nouns of a holder, PARC's and PolNeAR's attitude cues: a stance
adjective predicated of a holder by a copula ("is worried that…", "are deeply skeptical of…":
:func:`adjective_cue`), one that modifies its holder ("investors hungry for earnings growth":
:func:`modifier_adjective_cue`), and the agent noun of a stance ("is a supporter of…":
:func:`agent_noun_cue`). The copulas (``COPULAS``) are shared with the other rules of a copula.

Input: a copula or an adjective of a parsed spaCy Doc; output: the cue tokens (with the holder
and the content's character range, :func:`modifier_adjective_cue`), or None. Word lists:
``stance_adjectives`` of ``lexicons/cues.json``; counts: PolNeAR train without its held-out
fifth, in the docstrings. Sets nothing.
"""
from __future__ import annotations

from spacy.tokens import Token

from newstrace.components.speakers import DUMMY_SUBJECTS, is_sourcelike
from newstrace.components.stance import char_range
from newstrace.lexicons import cues

from newstrace.components.cue_rules.words import is_topic


COPULAS = frozenset({"be", "become", "remain", "grow", "feel"})
ADJ_PREPS = frozenset({"of", "about", "with", "in", "on", "at", "by", "over", "toward", "towards", "for"})
#: Modals of prediction and possibility (lemmas): "will be satisfied with…", "might be suspicious
#: about…" suppose an attitude rather than report one (see :func:`adjective_cue`); not the
#: deontic "should", "must" ("should be nervous about").
PREDICTIVE_MODALS = frozenset({"will", "would", "may", "might", "could", "can"})
#: Stance adjectives of a readiness to act ("was quick to embrace the mogul", "are inclined to
#: believe the allegations"), whose infinitive verb PolNeAR takes into the cue: see
#: :func:`adjective_cue`.
READINESS = frozenset({"quick", "inclined"})


def adjective_cue(head: Token) -> list[Token] | None:
    """The cue words of a stance adjective predicated of a holder ("is worried that…", "are
    deeply skeptical of…", "was eager to…", PARC's and PolNeAR's attitude cues): ``head`` is a
    copula (be, become, remain, grow, feel) whose adjective complement is in the lexicon's
    ``stance_adjectives`` (also when tagged as a past participle: "is convinced that…"), with a
    content: a clause (ccomp on the adjective or the copula), an infinitive (xcomp) or a
    prepositional object; the subject is a noun phrase, not a dummy or
    demonstrative ("it is certain that…", "this is worrying" have no holder). A prepositional
    object under a modal of prediction or possibility (:data:`PREDICTIVE_MODALS`: "it is unclear
    whether Trump will be satisfied enough with the Mexican and Canadian efforts", VOA 2025-03-09;
    "you might be suspicious about that") is the author's guess at an attitude, not one the
    holder voiced: no cue. PolNeAR train without its held-out fifth: such an adjective is a gold
    cue 1 time in 10 (we had 5 of them, 1 gold); held-out fifth: 0 of 2, none of ours, unchanged.
    The session-25 attitude adjectives of the lexicon (appreciative, terrified, shy, upfront,
    divided, unified…: see its ``_source``) made 17 more cues on train without the fifth, 15 of
    them gold ("Sanders was less shy about Wall Street"); held-out fifth 1 of 1 (attribution F1
    0.76798 -> 0.76805, matched 2461 -> 2462 of 2877 -> 2879 system; cue matched 2444 -> 2445).
    An adjective of readiness (:data:`READINESS`: "McConnell was quick to embrace the mogul")
    takes its infinitive verb into the cue, as PolNeAR does (content "the mogul"); one whose
    verb reports a clause of its own ("was quick to point out that…", "quick to add that…") is
    left to that verb's frame, whose content and source PolNeAR's match. The session-26 'quick'
    and 'inclined' of the lexicon: PolNeAR train without its held-out fifth, a gold cue 8 times
    in 13 this way ("are inclined to believe the health allegations"; outside any gold
    content), and 4 times in 4 with a verb reporting a clause, found before as the verb's
    report; the held-out fifth has none. Returns the copula, the adjective and its preposition or readiness
    verb (the cue span runs from the first to the last), or None."""
    if head.lemma_.lower() not in COPULAS or head.pos_ not in ("AUX", "VERB"):
        return None
    adj = next((c for c in head.children if c.dep_ == "acomp" and (
        c.pos_ == "ADJ" and c.lemma_.lower() in cues()["stance_adjectives"]
        or c.tag_ == "VBN" and c.lower_ in cues()["stance_adjectives"])), None)
    subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if adj is None or subj is None or subj.lower_ in DUMMY_SUBJECTS \
            or subj.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    inf = next((c for c in adj.children if c.dep_ == "xcomp" and c.tag_ == "VB"), None)
    if adj.lemma_.lower() in READINESS and inf is not None:  # "was quick to embrace": cue to the verb
        return None if any(c.dep_ == "ccomp" for c in inf.children) else [head, adj, inf]
    if any(c.dep_ in ("ccomp", "xcomp") for c in adj.children) or \
            any(c.dep_ == "ccomp" and c.i > adj.i for c in head.children):
        return [head, adj]
    if any(c.dep_ == "aux" and c.lemma_.lower() in PREDICTIVE_MODALS for c in head.children):
        return None
    prep = next((c for c in adj.children if c.dep_ == "prep" and c.lower_ in ADJ_PREPS
                 and any(p.dep_ in ("pobj", "pcomp") for p in c.children)), None)
    return [head, adj, prep] if prep is not None else None


def modifier_adjective_cue(adj: Token) -> tuple[Token, list[Token], tuple[int, int]] | None:
    """A stance adjective that modifies its holder after it, with a content ("investors hungry
    for earnings growth", "Republicans, concerned about the party's declining appeal to women",
    "Those most willing to attack him", "Democrats weren't the only ones worried about
    companies taking advantage of inversions"): ``adj`` is a ``stance_adjectives`` word (also
    when tagged as a past participle) whose parse is an adjectival modifier (``amod``) of a
    name, a pronoun or a noun that can name a source (``speakers.is_sourcelike``) before it, with
    a prepositional object (:data:`ADJ_PREPS`) or a clause or infinitive; not a noun of
    something else ("a lively new book critical of our flawed system", "draw visitors
    interested in perusing…": no gold cue, nor "a prospect sure to horrify many Republicans",
    whose holder is the object). PolNeAR annotates it as an attribution: source = the noun, cue = the adjective
    with its degree adverb and preposition, content = the object or clause, as for the copula's
    "X is worried about Y" (:func:`adjective_cue`). PolNeAR train without its held-out fifth:
    a gold cue 11 times in 11 outside any gold content (4 more inside one, no cue there: "a lot
    of people concerned about having a pro-life…"); none found before. A holder
    of any noun: 20 in 25 outside, the others' gold source not the noun ("a prospect sure to
    horrify many Republicans"). Held-out fifth, with :data:`READINESS` and the speech-act nouns
    of :func:`noun_cue_content`: 1 more attribution found, 1 more false (matched 2463 -> 2464 of
    2874 -> 2876), attribution F1 0.76896 -> 0.76904, cue F1 0.76886 -> 0.76894, content exact
    1805 -> 1806, partial F1 0.733 unchanged, source 0.915 unchanged. Returns ``(holder, cue
    tokens, (start, end))`` with the character range of the content (the preposition's object,
    or the clause or infinitive with its "that" or "to"), or None."""
    holder = adj.head
    if adj.dep_ != "amod" or holder.i > adj.i or holder.lower_ in DUMMY_SUBJECTS \
            or not (holder.pos_ in ("PROPN", "PRON") or holder.pos_ == "NOUN" and is_sourcelike(holder)) \
            or not (adj.pos_ == "ADJ" and adj.lemma_.lower() in cues()["stance_adjectives"]
                    or adj.tag_ == "VBN" and adj.lower_ in cues()["stance_adjectives"]):
        return None
    degree = [c for c in adj.children if c.dep_ in ("advmod", "neg") and c.i < adj.i]  # "most willing"
    clause = next((c for c in adj.children if c.dep_ in ("ccomp", "xcomp") and c.i > adj.i), None)
    if clause is not None:
        return holder, [*degree, adj], char_range(adj.doc, clause.left_edge.i, clause.right_edge.i)
    prep = next((c for c in adj.children if c.dep_ == "prep" and c.lower_ in ADJ_PREPS and c.i > adj.i
                 and any(p.dep_ in ("pobj", "pcomp") for p in c.children)), None)
    if prep is None:
        return None
    return holder, [*degree, adj, prep], char_range(adj.doc, prep.i + 1, prep.right_edge.i)


#: Agent nouns of a stance verb (support, propose, oppose, criticise, advocate, back, champion,
#: defend, campaign) with the preposition of what the stance is for or against: see
#: :func:`agent_noun_cue`.
AGENT_NOUNS = frozenset({"supporter", "proponent", "opponent", "critic", "advocate", "backer", "champion",
                         "defender", "campaigner", "surrogate", "fan"})


def agent_noun_cue(head: Token) -> list[Token] | None:
    """The cue words of a holder described as the agent of a stance ("Mr. Bannon has been a
    supporter of Mr. Trump's instincts", "Graham is the party's most outspoken proponent of open
    borders", "she is a staunch opponent of the deal"): ``head`` is a copula (``COPULAS``) with a
    noun-phrase subject and an :data:`AGENT_NOUNS` predicate nominal (``attr``) that has an "of"
    or "for" phrase with an object, what the stance is about (no time: "a supporter for years").
    PolNeAR annotates it as an attribution: source = the subject, cue = the copula, noun and
    preposition, content = the object, as for "X supports Y". Returns the copula's auxiliaries,
    the copula, the noun and its preposition, or None. PolNeAR train without its held-out fifth:
    such a predicate is a gold cue 11 times in 13 (supporter 4/5, proponent 2/2, advocate 1/2,
    campaigner, defender, fan, surrogate 1/1), none found before; "ally" left out (1/4).
    Held-out fifth: 4 more found, 1 more false; attribution F1 0.758 -> 0.759, content partial
    F1 0.722 -> 0.723; dev unchanged (F1 0.769, 2 more system attributions)."""
    if head.lemma_.lower() not in COPULAS or head.pos_ not in ("AUX", "VERB"):
        return None
    noun = next((c for c in head.children if c.dep_ == "attr" and c.pos_ == "NOUN"
                 and c.lemma_.lower() in AGENT_NOUNS), None)
    subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if noun is None or subj is None or subj.lower_ in DUMMY_SUBJECTS or subj.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "for") and c.i > noun.i
                 and any(p.dep_ in ("pobj", "pcomp") and is_topic(p) for p in c.children)), None)
    auxes = [c for c in head.children if c.dep_ == "aux" and c.i < head.i]  # "has been a supporter of"
    return [*auxes, head, noun, prep] if prep is not None else None
