"""Factuality: how sure each party is of each claim (FactBank, Saurí & Pustejovsky 2009).

What it reads: ``doc._.nt_claims`` with their attribution chains. What it sets: on each unit the
author's ``label``/``value``/``cue_spans``, and on each chain element the source's own.

Method (FactBank's source-relative values through the lexicon classes of ``lexicons/cues.json``):

* the innermost source's commitment comes from its cue verb: denying verbs give ``denied``
  (CT-) unless they cast their object as something other than false ("dismissed the response as
  stalling": a judgement, asserted), and so does a quoted "we reject the allegations"; alleging
  verbs ``alleged`` (Uu) unless they claim the source's own act ("claimed responsibility":
  asserted) or are "claimed", the author's doubt (``AUTHORS_DOUBT``: the source asserts);
  "doubt" and a negated "think", also one in the quoted words ("“I do not think that X,” he
  said"), ``denied`` (PR-); "questioned" ``unknown`` (Uu); speculating and attitude verbs
  ``speculated`` (PS+), "no intelligence to suggest X" (no grounds, :func:`_ungrounded_frame`)
  ``unknown`` (Uu),
  a negated factive cue ("did not confirm", "did not find", "was unable to verify", a quoted "I cannot
  confirm that") ``unknown`` (Uu), other reporting verbs
  ``asserted`` (CT+); a modal or speculative adverb in the content (also one a conjunct shares:
  "could rise and hit records", or one in a clausal complement that is part of the claim:
  "which means the window could be closing"), a hope put as an aside ("X, I hope, will …") or a question
  ("Does Kim think that X?") lowers it to ``speculated``, an open "whether X" (or "if X" after
  a verb of asking or a negated one: "did not mention if X") to ``unknown``;
  "couldn't" (ability: "couldn't see clearly"), "could" of perception ("could be seen
  throughout the town") and a speaker's rewording ("or maybe I should say …") are no hedges;
* an outer source relays what the next one said: ``reported`` (Uu), ``asserted`` when its cue is
  factive ("confirmed"), ``denied`` when it is a denying verb ("denied claims by X that Y");
* the author: ``reported`` (Uu) when there is a source, ``alleged`` with an alleging hedge or cue,
  ``asserted`` (CT+) after a factive cue, ``unknown`` after "did not confirm"; with no source,
  hedges decide: reportedly (or a question put by no one named: "Asked whether X, …", or an
  agentless passive of judging or announcing: "X is seen as Y", "X was announced") → reported,
  allegedly (or "purported" on a subject that is no person: "the purported shipment could…",
  or an agentless "was accused of": :func:`_accused`) → alleged, may/might/could/should, a hope no one named holds ("in hopes that X"), a conditional
  (not the "if" of a threat or promise: ``CONDITIONAL_COMMITMENTS``) or a
  question → speculated (PS+), probably/likely, "would" or "seem/appear to" → asserted (PR+), a
  negated happen/occur or a
  "false/untrue" predicate → denied (CT-) ("can not take part" is a rule, not a denial; "couldn't
  happen without X" a condition); an open "whether X" → unknown (Uu); otherwise asserted (CT+), with
  the participle of an agentless passive of knowing or demanding as cue ("was widely known");
* a hedge on a clause also covers the participial clause that depends on it ("has allegedly
  executed…, blaming them…").

A negated predicate is content, not a denial: "it will not resume talks" is asserted by its
source (the negation is in the content; shared/cases/README.md). Only denial cues and negated
happen/occur/exist predicates make ``denied``.
"""
from __future__ import annotations

import dataclasses

from spacy.language import Language
from spacy.tokens import Doc, Token

from newstrace.components import ext  # noqa: F401
from newstrace.components.claims import hedged_gloss, judged_passive, open_question_clause, RELAYING_PASSIVES
from newstrace.components.cue_rules import declined_report, np_class, passive_claim, PERCEPTION, unheld_noun_cue
from newstrace.components.quotes import cut_off
from newstrace.components.polarity import NOT_DONE, TRYING, undoing_governor
from newstrace.components.stance import VENUE_NOUNS
from newstrace.entities import FIRST_PERSON
from newstrace.lexicons import cue_classes, cues
from newstrace.units import ClaimUnit, SourceLink

VALUES = {"asserted": "CT+", "reported": "Uu", "alleged": "Uu", "speculated": "PS+",
          "denied": "CT-", "unknown": "Uu"}
HAPPEN = frozenset({"happen", "occur", "exist"})
TRUTH = frozenset({"true", "real", "accurate", "correct", "genuine", "authentic"})
#: Verbs of presuming whose agentless passive with a predicate ("the rest are presumed dead",
#: Wikinews 2019 row 94, new-user trial 19: asserted CT+) holds the predicate probable (FactBank
#: PR+, CONVENTIONS.md asserted with PR+), as "appear" and "seem" do (``hedge_speculative_verb``).
PRESUMING = frozenset({"presume", "assume"})
#: Nouns of truth or grounds that "there is no … to X" denies X with (:func:`_refuted`).
TRUTH_NOUNS = frozenset({"truth", "merit", "basis", "substance"})
#: Verbs and nouns of hoping, fearing and speculating ("there has been speculation that X": X
#: is put as possible, FNC-1 body 63, new-user trial 9, where it was reported).
SPECULATING = frozenset({"hope", "want", "expect", "fear", "worry", "speculation", "conjecture"})
#: Nouns of what an inquiry states, whose rejection denies it (:func:`_judges_as`).
FINDING_NOUNS = frozenset({"finding", "conclusion", "assessment"})
BELIEF = frozenset({"believe", "think", "suspect", "assume", "guess", "reckon", "feel"})
#: Verbs whose negation falls on what they take (negative raising, Horn 1978): "did not think
#: that X" and "doesn't expect X" hold X probably untrue (PR-, :func:`_negated_belief`), where a
#: negated "hope" or "fear" says nothing of X. "she doesn't expect this trial to resolve
#: anything" (VOA 6203896, new-user trial 18) read as speculated (PS+).
NEG_RAISING = BELIEF | frozenset({"expect", "anticipate"})
#: Verbs of a conditional commitment, whose "if" clause is part of what is threatened or
#: promised, no condition on the act: "Ankara is threatening retaliation against Washington if
#: hit by sanctions" (VOA 6180932, new-user trial 13) states the threat as fact (it read
#: speculated); only the retaliation is conditional.
CONDITIONAL_COMMITMENTS = frozenset({"threaten", "vow", "promise", "pledge"})


def _span(t: Token) -> tuple[int, int]:
    return t.idx, t.idx + len(t.text)


def clause_cues(doc: Doc, unit: ClaimUnit) -> dict[str, list[Token]]:
    """Hedge, modal, negation and condition cues that modify the unit's own clause (children of
    the head and of its auxiliaries; not words inside nested noun phrases; a condition in the
    unit's words hung on a verb above its head: :func:`_condition_above`).

    Modals (``lexicons/cues.json``): may/might/could/should are ``modal`` (speculated, PS+),
    "would" is ``probable`` (PR+), "will" none (a future stated as fact, CT+). The figures, from
    factuality-unified train (MEANTIME + UW, news; gold on the [-3, +3] scale) for targets whose
    head has the modal, not negated and with no if-clause: "would" 110 targets, mean absolute
    error of CT+ (+3) 1.26, of PR+ (+2) 0.68, of PS+ (+1) 0.98 (gold below +2.5 in 86); "should"
    25, PS+ 0.53 against CT+ 1.84 (gold below +2 in 20); "will" 231, CT+ 0.58 against PR+ 0.64.
    A conditional "would" ("If the talks fail, the sanctions would stay") is speculated by its
    "if"; for a source, "would" under a cue in the past is its "will" (:func:`_said_would`).
    Dev MAE before -> after: UW 1.525 -> 1.520, UDS-IH2 2.155 -> 2.134, CB 2.772 -> 2.647,
    MEANTIME 0.649 unchanged; MEANTIME documents, certainty accuracy 0.580 -> 0.579, macro-F1
    0.219 -> 0.237 (PROBABLE found once in 24)."""
    lex = cues()
    head = doc[unit.head]
    near = [c for c in head.children] + [g for c in head.children if c.dep_ in ("aux", "auxpass") for g in c.children]
    near += _shared_aux(head) + _complement_hedges(head, unit, lex)
    out: dict[str, list[Token]] = {k: [] for k in ("reported", "alleged", "modal", "adverb", "probable",
                                                   "neg", "if", "passive_hedge", "open", "factive")}
    for t in near:
        low = t.lower_
        if low == "could" and t.i + 1 < len(doc) and t.nbor(1).dep_ == "neg":
            continue  # "couldn't see clearly": what was not possible, stated as fact (content)
        if low in ("could", "can") and _perceivable(head):
            continue  # "smoke could be seen throughout the town": what was visible, stated as fact
        if low in lex["hedge_reported"]:
            out["reported"].append(t)
        elif low in lex["hedge_alleged"] and t.dep_ in ("advmod", "amod"):
            out["alleged"].append(t)
        elif t.dep_ == "aux" and low in lex["hedge_speculative_modal"]:
            out["modal"].append(t)
        elif t.dep_ == "aux" and t.tag_ == "MD" and low in lex["hedge_probable_modal"]:
            out["probable"].append(t)  # "a deal would raise antitrust issues": probable (PR+)
        elif low in lex["hedge_speculative_adverb"]:
            out["adverb"].append(t)
        elif low in lex["hedge_probable"]:
            out["probable"].append(t)
        elif t.dep_ == "neg":
            out["neg"].append(t)
        elif t.dep_ == "advcl" and _if_question(t) is None and head.lemma_.lower() not in CONDITIONAL_COMMITMENTS \
                and any(
                m.lower_ in ("if", "unless") for m in t.children if m.dep_ == "mark"):
            out["if"].append(next(m for m in t.children if m.dep_ == "mark"))
    out["if"] = out["if"] or _condition_above(head, unit)
    if _rewording(head):
        out["modal"], out["adverb"] = [], []
    for aside in _asides(head, lex):
        out["probable" if aside.lemma_.lower() in BELIEF else "adverb"].append(aside)
    out["open"] = _open_question(head, unit)
    out["neg"] += [doc[i] for i in unit.tokens[:1] if doc[i].lower_ in ("nor", "neither")]
    if head.lemma_.lower() in lex["hedge_speculative_verb"] and (any(
            c.dep_ in ("xcomp", "acomp", "attr", "oprd") or c.dep_ == "prep" and c.lower_ == "like"
            for c in head.children) or _impersonal_hedge(head)):
        # "the rebels appear to have fled", "the deal seems fragile", "it appears that the
        # talks failed": probable (FactBank PR+)
        out["probable"].append(head)
    if head.tag_ == "VBN" and head.lemma_.lower() in PRESUMING and any(c.dep_ == "auxpass" for c in head.children) \
            and any(c.dep_ in ("oprd", "acomp", "xcomp") for c in head.children):
        out["probable"].append(head)  # "while the rest are presumed dead": probable (PR+)
    if (head.tag_ == "VBN" or hedged_gloss(head)) and head.lemma_.lower() in RELAYING_PASSIVES \
            and any(c.dep_ == "xcomp" for c in head.children):
        out["passive_hedge"].append(head)
    if _impersonal_report(head):
        out["passive_hedge"].append(head.head)  # "It was said X": relayed, no one named
    asker = head.head
    if head.dep_ == "ccomp" and asker.lemma_.lower() in lex["asking_verbs"] and asker.tag_ in ("VBN", "VBD") \
            and asker.dep_ == "advcl" and not any(c.dep_ in ("nsubj", "nsubjpass", "agent", "aux", "auxpass")
                                                  for c in asker.children):
        out["passive_hedge"].append(asker)  # "Asked whether X, …": a question put by no one named
    out["adverb"] += _possible_that(head, lex)
    out["alleged"] += _doubted_subject(head, lex) + _doubted_venue(head, lex) + _accused(head)
    noun = unheld_noun_cue(head)
    if noun is not None:  # "there were allegations that X", "speculation that X": no one named
        out[_unheld_kind(noun, lex)].append(noun)
    judged = _judged_kind(head)
    verb = next((c for c in head.children if c.dep_ == "acomp" and c.tag_ == "VBN"), head)  # "is well known"
    if judged is not None and verb not in out[judged]:  # "is seen as X", "was announced": no one named
        out[judged].append(verb)
    return out


#: Verbs of accusing whose agentless passive with "of" relays an accusation (:func:`_accused`).
ACCUSING = frozenset({"accuse", "suspect"})


def _accused(head: Token) -> list[Token]:
    """The participle of an agentless passive of accusing (``ACCUSING``) with its "of" phrase, on
    the claim's head or hung on it ("stand accused of"): "Then, in 2021, Iranian operatives were
    accused of planning to kidnap Alinejad" (VOA 8008126), "Paris was accused of aiding rebels",
    "Two Ivorian soldiers and a mercenary from Belarus stand accused of the 2004 bombing" (VOA
    6203896; new-user trial 18: all three asserted, CT+). The act is an accusation no one named
    makes: ``alleged`` (Uu; CONVENTIONS.md: "an accusation", README: "accused him of fraud"). With
    a "by" agent the accuser is a source (the attribution stage's). Empty when there is none."""
    found = []
    for v in [head] + [c for c in head.children if c.dep_ in ("advcl", "acomp", "oprd", "xcomp")]:
        if v.tag_ == "VBN" and v.lemma_.lower() in ACCUSING and not any(c.dep_ == "agent" for c in v.children) \
                and any(c.dep_ == "prep" and c.lower_ == "of" for c in v.children) \
                and (v != head or any(c.dep_ == "auxpass" for c in v.children)):
            found.append(v)
    return found


def _judged_kind(head: Token) -> str | None:
    """The hedge class of a claim head that is an agentless passive of judging, announcing,
    knowing or demanding (:func:`~newstrace.components.claims.judged_passive`), else None: one of
    judging or announcing relays the claim from people not named, as "is said to" does
    (``passive_hedge``: reported, Uu; "Mr. Sanders is seen as empowering regular voters", "On
    Thursday, the dissolution of the club was announced", PolNeAR train); one of knowing or
    showing presents it as fact, as the factive verbs do (FactBank CT+), and one of demanding
    states a demand or requirement as fact ("States were required to test students…"): asserted
    with the participle as cue (``factive``)."""
    cls = judged_passive(head) or next((judged_passive(c) for c in head.children if c.dep_ == "acomp"), None)
    if cls is None:
        return None
    return "passive_hedge" if cls in ("judging", "announcing") else "factive"


def _impersonal_hedge(head: Token) -> bool:
    """Whether ``head`` is the hedging verb ("appear", "seem": ``hedge_speculative_verb``) of an
    impersonal "it" with a clausal complement after it: "In this case, it appears that Trump and
    Lewandowski had helped bring on this criminal investigation", "It appears, though, that the
    NFL championship game wasn't boring to everyone" (PolNeAR train). The author puts the clause
    as probable, as with "Trump appears to have helped…" (FactBank PR+), and PolNeAR annotates the
    verb as the cue of an attribution with no source (``scoring.sourceless.EVIDENTIAL_CUES``).
    PolNeAR train, every "it appear(s/ed) (that) S" the parse gives with no negation: 9, a gold
    cue 6 times; outside any gold content and quotation 8, a gold cue 6 times (5 of them found by
    no other rule), the others "Somehow, it appears that Bernie Sanders … put the kibosh on…" and
    "It appears three sexting scandals was one too many for Abedin". "it seems that" already
    gave the attribution through the adapter's linking "seem"."""
    kids = list(head.children)
    return any(c.dep_ in ("expl", "nsubj") and c.lower_ == "it" and c.i < head.i for c in kids) \
        and any(c.dep_ == "ccomp" and c.i > head.i for c in kids) and not any(c.dep_ == "neg" for c in kids)


def _impersonal_report(head: Token) -> bool:
    """Whether ``head`` heads the clausal complement of an impersonal passive of saying with
    no agent: "It was said Kim Yo Jong had taken over…", "It has been rumored Kim … might have
    had ankle surgery" (FNC-1 body 40, new-user trial twelve: asserted and speculated by the
    author). The attribution stage names no source for it ("it is said that…"), so the claim is
    relayed by no one named: reported, as "Kim is said to have…" (``RELAYING_PASSIVES``)."""
    tag = head.head
    return head.dep_ == "ccomp" and tag.i < head.i and tag.tag_ == "VBN" and tag.lemma_.lower() in RELAYING_PASSIVES \
        and any(c.dep_ in ("nsubjpass", "expl") and c.lower_ == "it" for c in tag.children) \
        and not any(c.dep_ == "agent" for c in tag.children)


def _perceivable(head: Token) -> bool:
    """Whether ``head`` is a verb of perception (``PERCEPTION``) whose modal says what was there to
    see or hear, not what may be: "Plumes of smoke … could be seen throughout the town", "forces
    … could be seen surrounding the hotel" (VOA 8006503; new-user trial 7: both were speculated).
    "could be seen as a snub" is a judgement that may be made, so ``as`` keeps the hedge."""
    return head.lemma_.lower() in PERCEPTION and not any(
        c.dep_ == "prep" and c.lower_ == "as" for c in head.children)


def _unheld_kind(noun: Token, lex: dict) -> str:
    """The hedge class of a stance noun that holds the claim with no holder named
    (:func:`~newstrace.components.cue_rules.unheld_noun_cue`): an allegation noun alleges, a
    noun of hoping, fearing or speculating (``SPECULATING``: "… were in Washington this week to meet with
    Trump administration officials and lawmakers in hopes that the United States can help push
    for Lai's release", VOA story 8009044) puts the claim as a hope, speculated (PS+) as after
    "hopes that X" (new-user trial, fourth: reported); a noun of revealing (the ``revealing``
    ``hearsay_nouns``: "Since the disclosure that Mrs. Clinton used a private email, …", PolNeAR
    train) presents it as fact, as its factive verbs do (``report_factive``: reveal, disclose;
    FactBank CT+), asserted with the noun as cue (``factive``); any other relays it (reported)."""
    if noun.lower_ in lex["allegation_nouns"]:
        return "alleged"
    if noun.lemma_.lower() in cue_classes("hearsay_nouns")["revealing"]:
        return "factive"
    return "adverb" if noun.lemma_.lower() in SPECULATING else "passive_hedge"


IMPLYING = frozenset({"mean", "imply", "entail"})
#: Alleging adjectives too often said of people whose fate is no doubt ("suspected militants
#: were killed") to hedge the clause of the noun they modify (:func:`_doubted_subject`).
ROLE_HEDGES = frozenset({"suspected"})


def _possible_that(head: Token, lex: dict) -> list[Token]:
    """The adjective of "it is possible that X" (``hedge_speculative_adjective`` of
    ``lexicons/cues.json``) on a clause head "be" with "it" for subject and a clausal complement:
    X is put as possible, as "X is possibly so" (FactBank PS+). New-user trial 8, Wikinews 2019
    no. 15: "Seibert said it is possible "that this airline carries out transports…"" was
    asserted. A negated "it is not possible that X" is left to the negation. Factuality-unified
    train has one such clause (UW: "It's possible that New York politics has never seen…", its
    event negated, gold -2.2), too few to count."""
    kids = list(head.children)
    if not any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in kids) \
            or not any(c.dep_ == "ccomp" for c in kids) or any(c.dep_ == "neg" for c in kids):
        return []
    return [c for c in kids if c.dep_ == "acomp" and c.lower_ in lex["hedge_speculative_adjective"]]


def _doubted_subject(head: Token, lex: dict) -> list[Token]:
    """An alleging adjective (``hedge_alleged`` of ``lexicons/cues.json``) on the subject of the
    claim's clause when that subject is a thing or an event, not a person or body
    (:func:`~newstrace.components.cue_rules.np_class` ``noun``): in "the purported shipment
    could be transformed into enough ammonium perchlorate …" (VOA story 8010476) the author
    doubts the shipment itself, so the claim about it is relayed as alleged, as "the shipment
    could allegedly be transformed" is. New-user trial (fourth): the claim was reported. Not when
    the clause says only that the doubted thing was in the news (:func:`_in_the_news`)."""
    if _in_the_news(head):
        return []
    subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and np_class(c) == "noun"]
    return [a for s in subjects for a in s.children if a.dep_ == "amod"
            and a.lower_ in lex["hedge_alleged"] and a.lower_ not in ROLE_HEDGES]


#: Nouns of news coverage: "was in the news", "in the headlines" (:func:`_in_the_news`).
COVERAGE_NOUNS = frozenset({"news", "headlines", "headline", "press", "media"})


def _in_the_news(head: Token) -> bool:
    """A copula whose predicate is only that its subject was covered by the news ("The alleged
    death of Hamza was previously in the news at the end of July based on unconfirmed reports",
    Wikinews 2019 no. 108, new-user trial 9, where the whole claim was alleged): the author
    states the coverage; only what was covered is alleged."""
    return head.lemma_ == "be" and not any(c.dep_ in ("attr", "acomp") for c in head.children) and any(
        c.dep_ == "prep" and c.lower_ == "in" and any(p.dep_ == "pobj" and p.lower_ in COVERAGE_NOUNS
                                                       for p in c.children) for c in head.children)


def _doubted_venue(head: Token, lex: dict) -> list[Token]:
    """An alleging word (``hedge_alleged``: purported, alleged) on the occasion or medium of the
    act (:data:`~newstrace.components.stance.VENUE_NOUNS`, the object of a preposition on the
    head): in "Al-Baghdadi called for attacks … in a speech purported to be in his name" (fnc1
    273) the author doubts that the speech is his, so that he called for them is relayed as
    alleged. New-user trial 8: the claim was reported, al-Baghdadi's call a fact."""
    venues = [p for c in head.children if c.dep_ == "prep" for p in c.children
              if p.dep_ == "pobj" and p.lemma_.lower() in VENUE_NOUNS]
    return [a for v in venues for a in v.children
            if a.dep_ in ("amod", "acl") and a.lower_ in lex["hedge_alleged"] and a.lower_ not in ROLE_HEDGES]


def _complement_hedges(head: Token, unit: ClaimUnit, lex: dict) -> list[Token]:
    """The modals and speculative adverbs of the clausal complement of a verb of implication
    (``IMPLYING``) that is part of the claim itself: "which means the window could soon be
    closing" (VOA story 41) says what follows, and what follows is a possibility, not a fact, so
    the hedge covers the claim as one on its head would. New-user trial (VOA): such a claim was
    the author's assertion (CT+). Any other verb's complement keeps its own hedges (on
    factuality-unified dev, a hedge in any unsplit complement changed 4 targets, all for the
    worse: "the ministers were asked whether …", "she could see now that it was a child")."""
    if head.lemma_.lower() not in IMPLYING:
        return []
    inside = set(unit.tokens)
    return [g for c in head.children if c.dep_ == "ccomp" and c.i in inside for g in c.children
            if g.dep_ == "aux" and g.lower_ in lex["hedge_speculative_modal"]
            or g.dep_ == "advmod" and g.lower_ in lex["hedge_speculative_adverb"]]


def _shared_aux(head: Token) -> list[Token]:
    """The auxiliaries a conjoined verb phrase shares with the first conjunct: in "May God do
    whatever is best for him and give me strength" (Wikinews 2020 no. 90) "give" has no subject
    and no auxiliary of its own, so the optative "may" covers it too, as "prices could rise and
    hit records" covers "hit". A conjunct with its own subject or auxiliary shares nothing, nor
    does one in another form ("I could do nothing and just went back": "went" is finite). A
    gerund conjoined to the gerund of a means phrase shares the modal of the verb the phrase
    hangs on: "he may tease the U.S. further by attempting to purchase more advanced Russian
    weaponry and defying the U.S. in northeast Syria" (VOA 6180932, new-user trial 13: the
    defiance read as asserted)."""
    if head.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in head.children):
        return []
    if head.tag_ == "VBG":
        t = head.head  # up "… to purchase" to the means gerund "attempting", on "by", on the verb
        while t.dep_ in ("conj", "xcomp"):
            t = t.head
        if t.dep_ == "pcomp" and t.head.dep_ == "prep":
            return [c for c in t.head.head.children if c.dep_ == "aux" and c.tag_ == "MD"]
    if head.lower_ != head.lemma_.lower() and head.tag_ != head.head.tag_:  # base form ("hit" tagged VBD too)
        return []
    return [c for c in head.head.children if c.dep_ in ("aux", "auxpass")]


def _rewording(head: Token) -> bool:
    """A speaker rewording their own words ("…, or maybe I should say alone on the pitch", VOA
    story 60): "maybe"/"should" qualify the choice of words, not an event, so they hedge nothing.
    A first-person subject of a saying verb ("say", "put", "call") with such a hedge."""
    return head.lemma_.lower() in ("say", "put", "call") and any(
        c.dep_ == "nsubj" and c.lower_ in FIRST_PERSON for c in head.children)


def _asides(head: Token, lex: dict) -> list[Token]:
    """A hope, fear or belief put as an aside on the claim ("I hope through such initiatives, more
    women are motivated…", Wikinews 2020 no. 30; "the deal, I think, will hold"): the parse hangs
    the hoping verb, with a subject and no complement of its own, under the claim's head or, when
    it opens the claim's clause with only punctuation between, beside it (as in no. 30, where
    both hang on the "told" of the quotation). The claim is hoped (speculated, PS+) or believed
    (PR+) by that subject."""
    frames = (SPECULATING - {"want"}) | BELIEF | frozenset(lex["report_speculating"])  # no "X, I want, …"
    doc = head.doc
    start = head.left_edge.i

    def opens(c: Token) -> bool:
        return c.i < start and all(t.is_punct or t.is_space for t in doc[c.right_edge.i + 1:start])

    near = list(head.children) + [c for c in head.head.children if c != head and head.dep_ != "ROOT" and opens(c)]
    return [c for c in near if c.dep_ in ("ccomp", "parataxis") and c.lemma_.lower() in frames
            and any(g.dep_ == "nsubj" for g in c.children)
            and not any(g.dep_ in ("ccomp", "xcomp", "dobj", "attr", "acomp") for g in c.children)]


def _open_question(head: Token, unit: ClaimUnit) -> list[Token]:
    """The marker of a question the claim's clause puts rather than answers: a direct question
    (a "?" in the claim or right after it: "Does Kim think that it's better…?", VOA story 64), or an
    indirect one opened by "whether" or a "to what extent"/"in what way" phrase ("To what extent
    … the United States will defend its longtime ally …, was not immediately made clear", VOA
    story 60, where the parse makes "defend" the root). A direct question is its asker's
    wondering, ``speculated`` as "wondered whether X" is (CONVENTIONS.md); an indirect one that
    the claim leaves open ("trying to determine whether X") is ``unknown`` (FactBank Uu), unless
    its cue verb has a class of its own. A wh-clause that presupposes its event ("how the fire
    started"), a relative clause, an editor's "(?)" and a question quoted inside the claim ('went
    like "Are you Sunni?"') put no question."""
    doc, first, last = head.doc, unit.tokens[0], unit.tokens[-1]
    after = [t for t in doc[last + 1:head.sent.end] if not t.is_space and not (t.is_punct and t.text != "?")]
    inside = [t for t in doc[first:last + 1] if t.text == "?" and not doc[t.i + 1:t.i + 2].text in (")", "]")]
    mark = inside[:1] or [t for t in after[:1] if t.text == "?"]  # not an editor's "(?)"
    if mark and not any(t.is_quote for t in doc[head.i + 1:mark[0].i]):
        return mark  # a "?" in the claim or right after it (“…?” he said), not a quoted one in it
    if_question = _if_question(head)
    if if_question is not None:
        return [if_question]
    if open_question_clause(head):
        return [head.left_edge]
    if head.dep_ in ("relcl", "advcl"):
        return []
    for c in head.children:
        if c.dep_ == "mark" and c.lower_ == "whether" and c.i < head.i:
            return [c]
        if c.dep_ == "prep" and c.i < head.i and any(
                w.lower_ in ("what", "which") and w.dep_ == "det" for w in c.subtree):
            return [c]
    return []


QUESTION_FRAMES = frozenset({"wonder", "unclear", "uncertain"})
#: Verbs of finding out, whose "if" complement is a question the finding answers: "psychiatric
#: assessments will be carried out to confirm if Stefan W is fit for trial" (Wikinews 2019
#: no. 11, new-user trial 18: the prosecutor asserted it), "to determine if", "to see if".
FINDING_OUT = frozenset({"confirm", "determine", "check", "establish", "verify", "assess", "ascertain",
                         "see", "investigate", "examine", "test"})


def _if_question(head: Token) -> Token | None:
    """The "if" of an indirect yes/no question: a clause opened by "if" under a verb of asking
    (``asking_verbs`` of ``lexicons/cues.json``) or "wonder", or after "unclear"/"uncertain"
    ("We have to ask if anyone has a photo", FNC-1; "it is unclear if the talks will resume",
    which the parse hangs as an adverbial clause of "is"), or the complement of a negated verb
    ("did not say if X", "did not mention if X": what was not said is left open, as "whether"
    leaves it; a negated verb governs no condition as its complement), or the complement of a
    verb of finding out (``FINDING_OUT``: "to confirm if X"). Such an "if" asks, as
    "whether" does; it sets no condition, so the clause is open (:func:`_open_question`).
    New-user trials (FNC-1): "anyone has a photo" was the speaker's assertion (CT+); (Wikinews
    2019 no. 106) "there were casualties" after "did not mention if" was speculated (PS+).
    None when there is none."""
    mark = next((c for c in head.children if c.dep_ == "mark" and c.lower_ == "if" and c.i < head.i), None)
    frame = head.head
    if mark is None or head.dep_ not in ("ccomp", "advcl") or frame == head:
        return None
    asking = frame.lemma_.lower() in QUESTION_FRAMES or frame.lemma_.lower() in cues()["asking_verbs"] \
        or frame.lemma_.lower() in FINDING_OUT or any(c.dep_ == "neg" for c in frame.children)
    unclear = any(c.dep_ == "acomp" and c.lower_ in QUESTION_FRAMES for c in frame.children)
    return mark if (asking and head.dep_ == "ccomp") or unclear else None


def _cue_verb(doc: Doc, unit: ClaimUnit) -> Token | None:
    link = unit.chain[-1] if unit.chain else None
    if link is None or link.cue is None:
        return None
    toks = [t for t in doc.char_span(*link.cue, alignment_mode="expand") or [] if t.pos_ in ("VERB", "AUX")]
    return toks[-1] if toks else None


def _rejects_a_worry(verb: Token, lex: dict) -> bool:
    """A denying verb whose object is a worry with no that-clause ("dismissed concerns about
    the tariffs") rejects the worry, not an event: nothing is denied. "Dismissed fears that
    markets would fall" keeps its clause and still denies it. ``worry_nouns`` of
    ``lexicons/cues.json``."""
    for obj in verb.children:
        if obj.dep_ == "dobj" and obj.lemma_.lower() in lex["worry_nouns"]:
            return not any(c.dep_ in ("acl", "ccomp") and any(m.lower_ == "that" for m in c.children)
                           for c in obj.children)
    return False


OWN_ACTS = frozenset({"responsibility", "credit"})
#: Alleging cue verbs whose doubt is the relaying author's, not the source's: whoever "claimed
#: that X" stated X as fact (CT+); the author, by choosing "claimed", relays it as alleged.
#: "Allege", "accuse" and "charge" name an accusation, the source's own act (field case fc-10:
#: the prosecutors "allege", alleged). New-user trial (fourth, Wikinews 2019 "He also claimed
#: that the wall was a crucial part of America's border security"): the source was alleged.
AUTHORS_DOUBT = frozenset({"claim"})
#: Doubting cue verbs that put their content in question without taking a side: "Durbin and
#: Schiff questioned the President's power to do as he proposed" (Wikinews 2019) is no denial
#: (new-user trial, fourth: it was denied, PR-); the source leaves it open (unknown, Uu) and
#: the author relays that (reported), as "analysts wondered whether X" is (CONVENTIONS.md).
QUESTIONING = frozenset({"question"})


def _alleges(verb: Token, lex: dict) -> bool:
    """An alleging cue verb (``report_alleging`` of ``lexicons/cues.json``: "claimed that X",
    "accused him of X"), unless it claims the source's own act: "The Houthi movement claimed
    responsibility for the attacks" reports what its subject did, an admission and no
    accusation, so the source asserts it (CT+) and the author reports it (Uu), as with "said".
    New-user trial (Wikinews 2019 no. 106): the claim was alleged."""
    return verb.lemma_.lower() in lex["report_alleging"] and not _own_act(verb)


#: Verbs of holding a position, under which "should" states what the source holds ought to be
#: (a deontic modal), no possibility: "Mogadishu argues its maritime border with Kenya should be
#: extended…", "Nairobi claims the frontier should head in a straight line east" (VOA 6203336,
#: new-user trial ten; both were speculated, and "claims" made the author allege).
POSITION = frozenset({"argue", "claim", "contend", "insist", "maintain", "demand", "urge", "recommend"})


def _deontic(verb: Token | None, hedges: dict) -> bool:
    """The unit's only modal hedge is "should" and its cue ``verb`` is a verb of holding a
    position (:data:`POSITION`): the source states a norm, which is no possibility (CONVENTIONS.md
    speculated: "possible, not presented as fact") and no accusation of fact (alleged: "doubt
    about an accusation"); the source asserts its position and the author reports it (Uu).
    Factuality-unified train (MEANTIME, UW, CB, UDS-IH2) has 2 such targets, too few to count;
    the rule is the reading of CONVENTIONS.md."""
    return verb is not None and verb.lemma_.lower() in POSITION and bool(hedges["modal"]) \
        and all(t.lower_ == "should" for t in hedges["modal"]) and not hedges["adverb"] and not hedges["if"]


def _own_act(verb: Token | None) -> bool:
    """The cue verb claims its source's own act ("claimed responsibility", "claimed credit"), or
    is a passive "claimed" with an agent ("The attack was claimed by the Houthi movement": the
    movement claims the attack as its own, :func:`~newstrace.components.cue_rules.passive_claim`):
    :func:`_alleges`."""
    return verb is not None and (any(c.dep_ == "dobj" and c.lemma_.lower() in OWN_ACTS for c in verb.children)
                                 or passive_claim(verb))


def _own_rejection(head: Token, lex: dict) -> Token | None:
    """The denying verb of a speaker who, in the claim's own words, rejects allegations: "“We
    strongly reject the baseless allegations made by Pakistan,” Jaiswal told reporters" (VOA
    story 24). A first-person subject of a denying verb (``report_denying``) whose object is an
    allegation noun (``allegation_nouns``: allegations, claims, charges, reports) denies what
    they say, as "denied that X" does: a quoted denial is the speaker's ``denied``
    (CONVENTIONS.md), unless the verb casts them as something else (:func:`_judges_as`).
    New-user trial: the speaker asserted it (CT+). None when the claim is no such rejection."""
    if head.lemma_.lower() not in lex["report_denying"] or _judges_as(head, lex) \
            or any(c.dep_ == "neg" for c in head.children):
        return None
    subject = any(c.dep_ == "nsubj" and c.lower_ in FIRST_PERSON for c in head.children)
    target = any(c.dep_ == "dobj" and c.lower_ in lex["allegation_nouns"] for c in head.children)
    return head if subject and target else None


def _judges_as(verb: Token, lex: dict) -> bool:
    """A denying verb that casts its object as something other than false ("dismissed Putin's
    response as deliberately setting conditions", "rejected the plan as too costly") passes a
    judgement the source asserts; it denies nothing. The "as" phrase (on the verb, its object,
    or a clause in it) decides: with a falsity word (``refutation_phrases`` of
    ``lexicons/cues.json``: "dismissed the report as baseless propaganda", "as fake news") the
    verb still denies; with none it judges. No "as" phrase: the verb denies ("denied that X").
    Nor does a verb whose object is itself a proposition (an allegation noun or one of
    ``FINDING_NOUNS``: "Nebenzia dismissed the panel of experts' findings as controlled and
    directed by the West", VOA story 84): whatever it is cast as, the source rejects what it
    states, a denial (new-user trial: "dismissed the findings as…" was asserted beside
    "dismissed accusations…" denied).
    An "as" that opens a clause of a verb of report ("denied that she had been in the Kobane
    region, as claimed by Islamist websites", FNC-1 body 1976, new-user trial 14; "as the
    paper reported") casts nothing: it names who made the claim denied. PolNeAR train without
    its held-out fifth: no such clause under a denying verb (none in the fifth either); fifth
    unchanged (attribution F1 0.771, matched 2474 of 2884).
    The content clause of "denied that X" casts nothing either: an "as" inside X ("denied that a
    woman detained in Lebanon is the wife of al-Baghdadi, as confusion continues to reign over
    the identity of a woman", FNC-1 body 1192, new-user trial 15, where the parse hangs the "as"
    clause on X's verb) is X's own; only the verb's other dependents are searched. PolNeAR
    train, held-out fifth included: this changes the reading of no denying verb."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [p for o in objects for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                for p in c.children if p.dep_ == "pobj"]  # "the panel of experts' findings"
    if any(o.lower_ in lex["allegation_nouns"] or o.lemma_.lower() in FINDING_NOUNS for o in objects):
        return False
    refute = lex["refutation_phrases"]
    cast = [t for c in verb.children if c.dep_ != "ccomp" for t in c.subtree]
    for t in sorted(cast, key=lambda t: t.i):
        if t.lower_ == "as" and t.dep_ in ("prep", "mark") and t.i > verb.i \
                and not (t.dep_ == "mark" and t.head.lemma_.lower() in lex["report_neutral"]):
            words = {w.lower_ for w in t.subtree} | {w.lemma_.lower() for w in t.subtree}
            phrase = " ".join(w.lower_ for w in t.subtree)
            return not (words & refute or any(" " in r and r in phrase for r in refute))
    return False


def _source_commitment(doc: Doc, unit: ClaimUnit, hedges: dict) -> tuple[str, list[tuple[int, int]], str | None]:
    """``(label, cue spans, value or None for the label's default)`` of the innermost source."""
    lex = cues()
    verb = _cue_verb(doc, unit)
    if verb is None:
        return "asserted", [], None
    lemma = verb.lemma_.lower()
    negated = _negators(verb, trying=lemma in lex["report_factive"])
    cue = [_span(verb)] + [_span(n) for n in negated]
    declined = next((c for c in verb.children if declined_report(c) == verb), None)
    if declined is not None:  # "declined to confirm that X": the declining verb is the cue
        verb, negated, lemma = declined, [verb], declined.lemma_.lower()
        cue.append(_span(declined))
    if negated and (lemma in ("say", "know") or lemma in lex["report_factive"]):
        # "did not confirm X", "the Senate did not find the network had breached laws" (Wikinews
        # 2020 no. 52, new-user trial), "was unable to verify that X", "declined to confirm that
        # X": a negated factive commits to neither X nor its negation (FactBank Uu; "found it
        # had not breached" would be the denial)
        return "unknown", cue, None
    question = [t for t in hedges["open"] if t.text == "?"]
    if question:  # "Does Kim think that X?": the question leaves X open, whatever the verb
        return "speculated", [_span(t) for t in question], None
    rejection = _own_rejection(doc[unit.head], lex)
    if rejection is not None:  # "“We reject the baseless allegations,” the spokesman said"
        return "denied", [_span(rejection)], None
    if _denying(verb, lex):
        if _rejects_a_worry(verb, lex) or _judges_as(verb, lex):
            return "asserted", cue, None
        return ("asserted" if negated else "denied"), cue, None
    if lemma in QUESTIONING and not negated:  # "questioned the President's power": put in doubt, not denied
        return "unknown", cue, None
    if lemma in lex["report_doubting"] or (negated and lemma in NEG_RAISING):
        return "denied", cue, "PR-"  # "doubt that X", "did not think that X": probably not
    if _alleges(verb, lex) and lemma not in AUTHORS_DOUBT:
        return "alleged", cue, None
    if lemma in lex["report_speculating"] or lemma in SPECULATING:
        return "speculated", cue, None
    if hedges["open"]:  # "asked whether X": the cue verb's class first ("wondered whether X")
        return "unknown", [_span(t) for t in hedges["open"]], None
    disbelief = _negated_belief(doc[unit.head], verb)
    if disbelief is not None:  # "“I do not think that X,” Johnson said": probably not (PR-)
        return "denied", [_span(disbelief)] + [_span(c) for c in disbelief.children if c.dep_ == "neg"], "PR-"
    ungrounded = _ungrounded_frame(doc[unit.head], verb)
    if ungrounded is not None:  # "“DHS has no credible intelligence to suggest X,” Catron said"
        return "unknown", [_span(ungrounded)], None
    between = _speculating_frame(doc[unit.head], verb, lex)
    if between is not None:  # "“He hopes X,” Pedersen said": the speaker's own hope
        return "speculated", [_span(between)], None
    unsaid = _unsaid_frame(doc[unit.head], verb)
    if unsaid is not None:  # "“I can't tell you the market will go up,” he said"
        return "unknown", [_span(unsaid)] + [_span(c) for c in _negators(unsaid)], None
    if (hedges["modal"] or hedges["adverb"] or hedges["if"]) and not _deontic(verb, hedges):
        return "speculated", [_span(t) for t in hedges["modal"] + hedges["adverb"] + hedges["if"]], None
    head = doc[unit.head]
    if _refuted(head, hedges):
        return "denied", [_span(t) for t in hedges["neg"]], None  # "X did not happen, the army said"
    if lemma in BELIEF:
        return "asserted", cue, "PR+"  # "believes that X": probable (FactBank PR+)
    belief = _own_belief(doc[unit.head], verb)
    if belief is not None:  # "“I think people are starting to…,” Olsen said": probable (PR+)
        return "asserted", [_span(belief)], "PR+"
    probable = [t for t in hedges["probable"] if not _said_would(t, verb, unit, lex)]
    if probable:
        return "asserted", [_span(t) for t in probable], "PR+"  # "said X is likely to…"
    return "asserted", cue, None


def _said_would(hedge: Token, cue: Token, unit: ClaimUnit, lex: dict) -> bool:
    """A "would" (``hedge_probable_modal``) in what a source said, not quoted directly, with a
    cue not in the present:
    the speaker's "will" put in the past by the sequence of tenses ("Mayor Ilse Brandt said the
    city would “never again” borrow from the pension fund"; "cited a ministry official as
    saying the shipyard would close"; "an agreement, according to which a section … would cross
    the Turkish economic zone"), so the source states a future as fact (CT+), as the same words
    quoted directly do ("“The city will never again borrow,” she said"). Under a cue in the
    present (a finite "says"/"say" or one with "is"/"has") "would" keeps its own sense:
    "Analysts say Tehran would especially welcome the closure of Kurecik" (VOA story 6180932),
    probable (PR+); so it does in a direct quotation, the speaker's own words ("“A deal would
    raise antitrust issues,” the senator said"). On factuality-unified train (MEANTIME + UW) the author's gold for
    would-clauses under a past verb is +1.91 on average (46), for will-clauses +2.54 (75); those
    are the author's values, relayed, which newstrace gives as ``reported``."""
    if unit.quote == "direct" or hedge.lower_ not in lex["hedge_probable_modal"]:
        return False
    tenses = {cue.tag_} | {a.tag_ for a in cue.children if a.dep_ in ("aux", "auxpass")}
    return not tenses & {"VBZ", "VBP"}


def _condition_above(head: Token, unit: ClaimUnit) -> list[Token]:
    """The "if"/"unless" of a condition in the claim's own words that the parse hung on a verb
    above the claim's head: in "“If fentanyl ends, I think these will come off,” Lutnick said"
    the condition modifies "think", the claim is "If fentanyl ends, I think these will come
    off" (head "come"), and the source says it will happen only on that condition (speculated,
    CONVENTIONS.md "if…"). A condition outside the claim ("If asked, she said X") is no part
    of what the source says. A claim that lies inside a condition is only supposed as well: in
    "If you can't make a bomb because family, friends or spies are watching or suspecting you,
    take a knife" (Wikinews 2020 no. 15, new-user trial) the "because" clause, a claim of its
    own, hangs on the condition's verb "make" and was asserted."""
    inside = set(unit.tokens)
    above = [m for v in head.ancestors for c in v.children if c.dep_ == "advcl" and c.i in inside
             for m in c.children if m.dep_ == "mark" and m.lower_ in ("if", "unless")]
    return above or [m for v in head.ancestors if v.dep_ == "advcl" and _if_question(v) is None
                     for m in v.children if m.dep_ == "mark" and m.lower_ in ("if", "unless") and m.i < v.i]


#: Dependencies by which a claim's head hangs in the clause of a verb that frames it
#: (:func:`_frames_above`).
COMPLEMENT_DEPS = ("ccomp", "xcomp")


def _frames_above(head: Token, cue: Token, deps: tuple[str, ...] = COMPLEMENT_DEPS):
    """The verbs (or nouns) above a claim's ``head`` in its own words, nearest first: its
    governors up the chain of ``deps`` links, stopping below its source's ``cue`` verb. The chain
    keeps one link for a speaker who frames his own words ("he hopes this will…," Pedersen said;
    "I don't know that he will run," she said), so such frames are found on the way up the
    parse; the readers below each take the first of a kind."""
    t = head
    while t.dep_ in deps and t.head != t and t.head != cue:
        t = t.head
        yield t


def _speculating_frame(head: Token, cue: Token, lex: dict) -> Token | None:
    """A verb of hoping, fearing or speculating between the claim's head and its source's cue
    verb ("he hopes this will move Syria forward," Pedersen said; "We're hoping that all sides
    will engage," Adamu said): the chain keeps one link for the speaker (the same person twice),
    and its cue is the outer "said", so the hope is found on the way up the parse from the
    claim's head to that cue. None when there is none."""
    return next((t for t in _frames_above(head, cue, COMPLEMENT_DEPS + ("conj",))
                 if t.lemma_.lower() in SPECULATING or t.lemma_.lower() in lex["report_speculating"]), None)


#: Verbs that put forward what their subject or noun gives grounds for ("intelligence to suggest
#: X", "nothing indicates X") and nouns of such grounds ("no evidence that X"), read by
#: :func:`_ungrounded_frame`.
GROUNDING_VERBS = frozenset({"suggest", "indicate", "show", "prove", "support", "confirm", "mean"})
GROUND_NOUNS = frozenset({"evidence", "proof", "indication", "sign", "intelligence", "information", "reason"})


def _ungrounded_frame(head: Token, cue: Token) -> Token | None:
    """The "no" (or "nothing") that denies any grounds for the claim in its own words, between its
    head and its source's cue verb: "“DHS continues to have no credible intelligence to suggest
    terrorist organizations are actively plotting to cross the southwest border,” Catron said"
    (FNC-1 body 425, new-user trial 18: speculated, PS+, from "suggest"), "there is no evidence
    that X", "nothing indicates X". The source says nothing shows X, which leaves X open: unknown
    (Uu), as "did not confirm" does (CONVENTIONS.md: "explicitly not confirmed either way"), not a
    possibility the source puts forward. Climbs complements, infinitives and noun clauses from the
    head; a frame is a verb of ``GROUNDING_VERBS`` whose subject, or the noun it is the infinitive of
    (its own or its governor's object), is "nothing"/"none" or has the determiner "no", or a noun
    of ``GROUND_NOUNS`` with "no" whose clause the claim is. None when there is none."""
    for t in _frames_above(head, cue, COMPLEMENT_DEPS + ("acl",)):
        if t.pos_ == "NOUN" and t.lemma_.lower() in GROUND_NOUNS:
            grounds = [t]
        elif t.lemma_.lower() in GROUNDING_VERBS:
            grounds = [c for c in t.children if c.dep_ == "nsubj"]
            if t.dep_ in ("acl", "relcl"):
                grounds.append(t.head)
            elif t.dep_ == "xcomp":
                grounds += [c for c in t.head.children if c.dep_ == "dobj"]
        else:
            continue
        for g in grounds:
            if g.lower_ in ("nothing", "none"):
                return g
            no = next((c for c in g.children if c.dep_ == "det" and c.lower_ == "no"), None)
            if no is not None:
                return no
    return None


UNSAID = frozenset({"say", "tell", "know", "confirm", "verify", "guarantee", "promise"})
#: Verbs of confirming, whose negation in the speaker's own first person leaves open what they
#: take as object: "“I cannot confirm that [report of Rosenberg's capture],” … Ya'alon had
#: reportedly said" (:func:`_unsaid_frame`).
CONFIRMING = frozenset({"confirm", "verify"})


def _negators(verb: Token, trying: bool = False) -> list[Token]:
    """The words that negate ``verb``: its own negation ("did not confirm"; not one a quotation
    mark cuts off, :func:`~newstrace.components.quotes.cut_off`), else the governor of which it
    is the open complement when that leaves it undone (``polarity.NOT_DONE``, through
    :func:`~newstrace.components.polarity.undoing_governor`: "International Business Times was
    unable to verify that Rosenberg herself was responsible for the post", FNC-1 body 276,
    new-user trial 17: the outlet was asserted; "failed to confirm that X"; with ``trying``, also
    ``polarity.TRYING``: "is trying to confirm", for a verb of confirming, not of saying: "tried
    to say that X" says it), or the negation of "able" ("were not able to confirm"). Empty when
    it is not negated."""
    own = [c for c in verb.children if c.dep_ == "neg" and not cut_off(c, verb)]
    if own or verb.dep_ != "xcomp":
        return own
    undoing = undoing_governor(verb, NOT_DONE | TRYING if trying else NOT_DONE)
    if undoing is not None:
        return [undoing]
    gov = verb.head
    if gov.lower_ == "able":
        above = [gov.head] if gov.dep_ == "acomp" else []
        return [c for g in [gov] + above for c in g.children if c.dep_ == "neg"]
    return []


def _unsaid_frame(head: Token, cue: Token) -> Token | None:
    """A negated verb of saying or knowing (``UNSAID``) in the claim's own words, between its head
    and its source's cue verb: "“I can't tell you the market is going to go up,” Bessent said",
    "“I don't know that he will run,” she said". The speaker says he does not know, so the
    claim is ``unknown`` for him, as "did not confirm" is (CONVENTIONS.md); the chain keeps one
    link for the speaker, so the frame is found on the way up the parse, as for
    :func:`_speculating_frame`. Only complements are climbed ("I don't know him, and the market
    will go up" says nothing unknown). The claim's own head is such a frame when it is a negated
    verb of confirming (``CONFIRMING``) with the speaker as subject: "“I cannot confirm that and
    I hope that it isn't true,” Israeli Defense Minister Moshe Ya'alon told an Israeli television
    channel" (FNC-1 body 346, new-user trial 17: asserted), as "The ministry could not confirm
    the report" is unknown for the ministry. New-user trial (VOA): such a claim was the speaker's
    assertion (CT+). None when there is none."""
    if head.lemma_.lower() in CONFIRMING and _negators(head) and any(
            c.dep_ == "nsubj" and c.lower_ in FIRST_PERSON for c in head.children):
        return head
    return next((t for t in _frames_above(head, cue) if t.lemma_.lower() in UNSAID and _negators(t)), None)


def _negated_belief(head: Token, cue: Token) -> Token | None:
    """A negated verb of belief or expecting (``NEG_RAISING``) in the claim's own words, between
    its head and its source's cue verb: "“I do not think that it can be right to use the process of diplomatic
    immunity for this type of purpose,” Johnson said" (Wikinews 2019, the Harry Dunn story).
    The speaker holds the claim probably untrue (FactBank PR-, ``denied``), as "did not think
    that X" does when "think" is the cue; the chain keeps one link for the speaker, so the frame
    is found on the way up the parse, as for :func:`_unsaid_frame`; it stands before what it
    negates (the parse also hangs "I must answer you directly, …" on that "think"). New-user trial (fourth):
    the negation was lost and the claim asserted (CT+). None when there is none."""
    return next((t for t in _frames_above(head, cue)
                 if t.lemma_.lower() in NEG_RAISING and t.i < head.i and any(c.dep_ == "neg" for c in t.children)), None)


def _own_belief(head: Token, cue: Token) -> Token | None:
    """A first-person verb of belief (``BELIEF``), not negated, with a clause of its own, in the
    claim's own words at or above its head and below its source's cue verb: "“I think people are
    starting to openly call it what it is,” Olsen said" (FNC-1 body 147, new-user trial 19: the
    speaker asserted it, CT+). The speaker holds the clause probable (FactBank PR+, CONVENTIONS.md
    asserted with PR+), as "believes that X" does when "believe" is the cue; the positive
    counterpart of :func:`_negated_belief`. None when there is none."""
    return next((t for t in (head, *_frames_above(head, cue))
                 if t.lemma_.lower() in BELIEF and any(c.dep_ == "ccomp" for c in t.children)
                 and any(c.dep_ == "nsubj" and c.lower_ in FIRST_PERSON for c in t.children)
                 and not any(c.dep_ == "neg" for c in t.children)), None)


def _happens(verb: Token) -> bool:
    """A verb of occurrence: happen, occur, exist, or "take place" ("take" alone is no occurrence:
    "members can not take part in any political activity", VOA story 66, is a rule, not a
    denial)."""
    lemma = verb.lemma_.lower()
    return lemma in HAPPEN or lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)


def _refuted(head: Token, hedges: dict) -> bool:
    """The clause presents its own content as not true: a negated happen/occur/exist, a
    negated "true"/"real", or a falsity predicate ("is false", "is a hoax"), also one the
    parser coordinated with the adverbs before it ("“These claims are absolutely, unequivocally
    and completely false,” Mark Steinberg said", FNC-1 body 147, new-user trial 19: "false" a
    conjunct of "unequivocally"); or "there is no truth/merit/basis to X" (``TRUTH_NOUNS``:
    "“There is no truth whatsoever to these claims,” he told USA Today", the same body)."""
    refute = cues()["refutation_phrases"]
    comps = [c for c in head.children if c.dep_ in ("acomp", "oprd", "attr")]
    if any(c.lower_ in ("without", "unless", "until") for c in head.children):
        return False  # "that couldn't happen without dismantling the NCP": a condition, no denial
    if head.lemma_ == "be":
        comps += [k for c in head.children if c.dep_ == "advmod" for k in c.conjuncts if k.tag_ == "JJ"]
        if any(c.dep_ == "expl" for c in head.children) and any(
                c.lemma_.lower() in TRUTH_NOUNS and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
                for c in comps if c.dep_ == "attr"):
            return True
    if hedges["neg"] and (_happens(head) or any(c.lower_ in TRUTH for c in comps)):
        return True
    return any(c.lower_ in refute or c.lemma_.lower() in refute for c in comps) and not hedges["neg"]


def _denying(verb: Token, lex: dict) -> bool:
    """``verb`` is a verb of denial: its lemma is in ``report_denying`` ("rejected"), or its lemma
    and a particle of it are in ``report_denying_phrasal`` ("is pushing back against a claim
    made by Rep. Duncan Hunter that X", FNC-1 body 324, new-user trial 19; the parser gives
    "back" as a particle or an adverb)."""
    lemma = verb.lemma_.lower()
    return lemma in lex["report_denying"] or any(
        f"{lemma} {c.lower_}" in lex["report_denying_phrasal"] for c in verb.children if c.dep_ in ("prt", "advmod"))


def _relay_label(doc: Doc, link: SourceLink, lex: dict) -> str:
    """The own label of an outer chain ``link``, a source relaying what the next one said:
    ``asserted`` after a factive cue ("confirmed"), ``denied`` (CT-) after a denying verb that
    is not negated and does not judge (:func:`_judges_as`): "Boko Haram has denied claims by
    Nigeria's government that it has agreed to a ceasefire" (FNC-1 body 1588, new-user trial
    eleven: reported) denies the government's X as "denied that X" does (CONVENTIONS.md: the
    speaker of a denial ``denied``); ``reported`` (Uu) otherwise."""
    if (link.cue_lemma or "") in lex["report_factive"]:
        return "asserted"
    span = doc.char_span(*link.cue, alignment_mode="expand") if link.cue else None
    verb = next((t for t in reversed(span or []) if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or not _denying(verb, lex) or _judges_as(verb, lex):
        return "reported"
    return "reported" if any(c.dep_ == "neg" for c in verb.children) else "denied"


def judge(doc: Doc, unit: ClaimUnit, parent: ClaimUnit | None = None) -> None:
    """Set the author's and each source's factuality on ``unit`` (rules in the module doc)."""
    lex = cues()
    h = clause_cues(doc, unit)
    head = doc[unit.head]
    spans = lambda toks: [_span(t) for t in toks]  # noqa: E731
    label, cue = "asserted", []
    value = None
    if unit.chain:
        # each claim's sources commit to it on their own: a link shared by the claims of one
        # quotation ("A might happen, but B will," X said) is copied before it is labelled
        unit.chain = [dataclasses.replace(link) for link in unit.chain]
        src_label, src_cue, src_value = _source_commitment(doc, unit, h)
        innermost = unit.chain[-1]
        innermost.label, innermost.value, innermost.cue_spans = src_label, src_value or VALUES[src_label], src_cue
        for outer in unit.chain[:-1]:
            outer.label = _relay_label(doc, outer, lex)
            outer.value = VALUES[outer.label]
        first = unit.chain[0]
        if src_label == "unknown" and innermost.cue_lemma not in QUESTIONING:
            label, cue = "unknown", src_cue
        elif h["alleged"] or (innermost.cue_lemma or "") in lex["report_alleging"] \
                and not _own_act(_cue_verb(doc, unit)) and not _deontic(_cue_verb(doc, unit), h):
            label, cue = "alleged", spans(h["alleged"]) or src_cue
        elif (first.cue_lemma or "") in lex["report_factive"] and len(unit.chain) == 1:
            label, cue = "asserted", src_cue
        else:
            label, cue = "reported", [first.cue] if first.cue else []
    elif h["alleged"]:
        label, cue = "alleged", spans(h["alleged"])
    elif h["reported"] or h["passive_hedge"]:
        label, cue = "reported", spans(h["reported"] + h["passive_hedge"])
    elif h["open"] and h["open"][0].text != "?":
        label, cue = "unknown", spans(h["open"])
    elif h["modal"] or h["adverb"] or h["if"] or h["open"] or doc[unit.tokens[-1]].sent.text.rstrip().endswith("?"):
        label, cue = "speculated", spans(h["modal"] + h["adverb"] + h["if"])  # a question too
    elif _refuted(head, h):
        label, cue = "denied", spans(h["neg"] + h["probable"])
        value = "PR-" if h["probable"] else "CT-"
    elif h["probable"]:
        label, cue, value = "asserted", spans(h["probable"]), "PR+"
    elif h["factive"]:
        label, cue = "asserted", spans(h["factive"])  # "the revelation that X": no one named, X stated as fact
    if parent is not None and parent.hedge in ("alleged", "reported") and label in ("asserted", "reported"):
        label, cue = parent.hedge, parent.cue_spans  # a participial clause under a hedged one
    unit.hedge = "alleged" if h["alleged"] else "reported" if h["reported"] else None
    unit.label, unit.value, unit.cue_spans = label, value or VALUES[label], cue


def assess(doc: Doc) -> Doc:
    """Run :func:`judge` over every non-frame unit of ``doc`` (parents before dependants)."""
    units = [u for u in doc._.nt_claims or [] if not u.frame]
    by_head = {u.head: u for u in units}
    for u in units:
        head = doc[u.head]
        parent = by_head.get(head.head.i) if head.dep_ == "advcl" and head.tag_ in ("VBG", "VBN") else None
        judge(doc, u, parent if parent is not u else None)
    return doc


@Language.factory("newstrace_factuality")
def make_factuality(nlp: Language, name: str):
    """Factory of the factuality component."""
    return assess
