"""Polarity and tense of a claim's predication (``Predicate.polarity`` / ``negation`` /
``tense`` / ``tense_cue``, set by ``components/polarity.py`` from the parse).

The sentences are real: the seed article (``shared/seed/article.txt``) and MEANTIME English
(Minard et al., LREC 2016; Wikinews, CC BY 2.5; ``shared/data/meantime-en/docs``, the file
named beside each). The expected values were decided by reading each sentence: FactBank's
polarity (Saurí & Pustejovsky 2009) of the claim's own predication and TimeML's tense of its
finite verb (future for will/won't/would), with MEANTIME's gold polarity and time attributes of
the event where MEANTIME annotates it grammatically. MEANTIME also marks NEG an event negated by
its verb's meaning ("The UAW refused to meet the demands": "meet"), which is no negation of the
claim's own predicate ("refused") and is not tested here.
"""
from __future__ import annotations

import pytest

from conftest import claim_with, read

SEED_PARAGRAPH = (
    "Though Trump has suggested the possibility of a third nuclear summit with Kim\u2014the first, held in "
    "Singapore in 2018, went slightly better\u2014North Korea has said it will not resume talks until the U.S. "
    "reverses an \u201carbitrary and dishonest\u201d position on sanctions, and frankly nothing that\u2019s happening "
    "here sounds like it\u2019s heading toward a resolution anytime soon.")
SEED_LEAD = ("Kim Jong Un has allegedly executed North Korea\u2019s top nuclear negotiators, blaming them for the "
             "failed Hanoi summit between him and President Trump, according to South Korean officials. "
             "This\u2026does not seem good.")
SEED_ENVOY = ("According to the New York Times, and first reported on Friday by a South Korean paper, Kim "
              "Hyok-chol, the special envoy to the United States, was executed on spying charges; four officials "
              "with the North Korean Foreign Ministry were executed as well.")


def reading(nlp, text):
    return read(nlp, text, "2019-05-31")


def predicate_of(r, phrase, word):
    """The predicate of the claim holding ``phrase``, checked to be ``word``."""
    p = claim_with(r, phrase).predicate
    assert p is not None and p.text == word, (phrase, p)
    return p


def cue_text(span):
    return None if span is None else span.text


@pytest.mark.parametrize("text, phrase, word, polarity, negation, tense, tense_cue", [
    # seed: the North Korean refusal is negated and in the future
    (SEED_PARAGRAPH, "it will not resume talks", "resume", "negative", "not", "future", "will"),
    # seed: "nothing" as subject negates "sounds"
    (SEED_PARAGRAPH, "sounds like", "sounds", "negative", "nothing", "present", "sounds"),
    (SEED_PARAGRAPH, "went slightly better", "went", "positive", None, "past", "went"),
    (SEED_LEAD, "does not seem good", "seem", "negative", "not", "present", "does"),
    # "has executed": present perfect, TimeML tense PRESENT (aspect PERFECTIVE)
    (SEED_LEAD, "has allegedly executed", "executed", "positive", None, "present", "has"),
    (SEED_ENVOY, "was executed on spying charges", "executed", "positive", None, "past", "was"),
    # MEANTIME 126361: GM will not announce (gold NEG, FUTURE)
    ("Unlike Chrylser, GM will not publicly announce the dealerships that it intends to shut down.",
     "GM will not publicly announce", "announce", "negative", "not", "future", "will"),
    # MEANTIME 126878: a "would" under a past report is the future seen from then (gold NEG, FUTURE);
    # the predicate of the light verb "give" is its object noun (export.LIGHT_VERBS)
    ("U.S. President Barack Obama's administration said it would not give more financial aid to the firm "
     "unless 90% of GM's bondholders would agree on compromises that would significantly reduce the firm's costs.",
     "would not give", "aid", "negative", "not", "future", "would"),
    # MEANTIME 199629 (gold NEG, NON_FUTURE)
    ("Papermaster did not comment on the situation.", "did not comment", "comment", "negative", "not", "past", "did"),
    # Emergent (claim 09e08eb0, "KFC restaurants in Colorado will start selling marijuana"): "n't"
    # joined to its copula, and "going to"
    ("Sorry, KFC isn't going to be selling weed in Colorado restaurants.", "KFC isn't going", "going",
     "negative", "n't", "future", "going to"),
    # MEANTIME 190356 (gold NEG for "surprise"): the negation hangs on the copula's complement
    ("The announcement was long-awaited but not a very big surprise.", "not a very big surprise", "surprise",
     "negative", "not", "past", "was"),
    # MEANTIME 149731 (gold NEG, NON_FUTURE): a negated passive
    ("The glitch was not reported when the plane made its maiden flight on 11 December.",
     "The glitch was not reported", "reported", "negative", "not", "past", "was"),
    # MEANTIME 87805 (gold NEG, NON_FUTURE): "need", negated, in the present
    ("\"We do not need to buy aircraft from Europe as long as the flying ban stays unrevoked,\" Detik.com "
     "quoted Djamal as saying.", "We do not need", "need", "negative", "not", "present", "do"),
    # MEANTIME 51682 (gold POS, FUTURE): a future passive
    ("The double-deck commercial aircrafts' delivery, originally due later this year, will be delayed until "
     "October 2007.", "will be delayed", "delayed", "positive", None, "future", "will"),
])
def test_polarity_and_tense_of_real_sentences(nlp, text, phrase, word, polarity, negation, tense, tense_cue):
    r = reading(nlp, text)
    p = predicate_of(r, phrase, word)
    assert (p.polarity, cue_text(p.negation), p.tense, cue_text(p.tense_cue)) == (polarity, negation, tense, tense_cue)


def test_cues_index_the_article_text(nlp):
    r = reading(nlp, SEED_PARAGRAPH)
    p = predicate_of(r, "it will not resume talks", "resume")
    for span in (p.negation, p.tense_cue):
        assert r.article.text[span.start_char:span.end_char] == span.text
    assert r.article.text[p.negation.start_char - 5:p.negation.end_char] == "will not"


def test_a_negated_content_stays_asserted(nlp):
    # shared/cases/README.md: "a content that is itself negative stays asserted: the negation is in
    # the content"; FactBank keeps it apart as the polarity of the predication (CT with "-").
    r = reading(nlp, SEED_PARAGRAPH)
    c = claim_with(r, "it will not resume talks")
    assert [s.name for s in c.attribution.chain] == ["North Korea"]
    assert c.attribution.chain[0].factuality.label == "asserted"
    assert c.predicate.polarity == "negative"


def test_a_modal_other_than_the_future_sets_no_tense(nlp):
    # MEANTIME 31706: "may" is TimeML modality (tense NONE); the "because" clause is in the future
    r = reading(nlp, "However, the workers may not earn what they earn today because they will not be eligible "
                     "for overtime.")
    p = predicate_of(r, "may not earn", "earn")
    assert (p.polarity, cue_text(p.negation), p.tense, p.tense_cue) == ("negative", "not", None, None)
    p = predicate_of(r, "will not be eligible", "eligible")
    assert (p.polarity, cue_text(p.negation), p.tense, cue_text(p.tense_cue)) == ("negative", "not", "future", "will")


def test_a_conjunct_shares_the_negation_of_its_auxiliary_but_a_finite_one_does_not(nlp):
    # MEANTIME 143480: "He didn't say where …, but wanted to present details …": "wanted" is finite
    # and has its own (positive) polarity
    r = reading(nlp, "He didn't say where the cuts were going to take place, but wanted to present details of "
                     "the plan to European governments very soon.")
    p = predicate_of(r, "wanted to present", "wanted")
    assert (p.polarity, p.tense) == ("positive", "past")


# --- the tracker reads them (track/cluster/polarity.py) -------------------------------------------
# Emergent (Ferreira & Vlachos 2016) article headlines, shared/data/emergent/edata_all-train.csv,
# read as the tracker benchmark reads them (one article each).


def test_a_negated_identity_contradicts(nlp):
    # Emergent claim 899afb60 (gold stance "against"): the copula is negated, the predicate a noun
    from newstrace.track import cluster
    c = claim_with(reading(nlp, "Woman detained in Lebanon is not al-Baghdadi's wife, Iraq says."), "is not")
    assert cluster.contradiction(c) == "denial" and cluster.negation_only(c)


@pytest.mark.parametrize("headline, phrase, expected", [
    ("Sorry, KFC isn't going to be selling weed in Colorado restaurants.", "going to", True),
    # "Would-be" is an adjective: the headline tells what was done
    ("Would-be rapist has penis severed by angry mob.", "severed", False),
    # VOA, 14 March 2025 (not Emergent): an order given, in the past perfect
    ("Bosnian state prosecutors on Wednesday had ordered the arrest of Dodik.", "ordered", False),
])
def test_the_tracker_reads_the_future_from_the_tense(nlp, headline, phrase, expected):
    from newstrace.track import cluster
    assert cluster.future(claim_with(reading(nlp, headline), phrase)) is expected
