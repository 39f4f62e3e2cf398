"""One place for each thing (session 34): the governors that leave an act undone, read by the
polarity, factuality and stance stages from ``components/polarity.py``; the first-person pronouns,
read by the speakers, the speaker-tag parse repair and factuality from ``newstrace.entities``; one
rule for a statement or document put out that a participle describes (``cue_rules.document_issuer``).

The sentences are real, from the data sets named beside each. Expected values were decided by
reading each sentence: FactBank's polarity (Saurí & Pustejovsky 2009) of the claim's predication,
with MEANTIME's gold where it annotates the sentence; PLOVER GSR's gold event type; PolNeAR's gold
source and cue (first annotator).
"""
from __future__ import annotations

from attribution_helpers import attributions, by_cue
from conftest import claim_with, read

# MEANTIME 118147 (headline): gold "fails" POS, "pass" NEG: the deal did not pass.
BAILOUT = "US automaker bailout deal fails to pass Senate"
# PLOVER GSR REJECT-0017 (CAMEO 1.1b3 manual): gold event REJECT, "failed … reach agreement".
TALKS = ("Palestinians and Israelis failed to reach agreement on the fate of Palestinian offices in east "
         "Jerusalem Sunday, despite hours of tense negotiations, sources on both sides reported.")
# factuality-unified UDS-IH2 dev (file 959): "secure" gold -0.375, not secured.
HOUSING = ("Therefore, public housing residents have been unable to secure the units for which they qualified "
           "prior to the storm and are left homeless, as a result.")
# PolNeAR dev, wash-post_2016-09-10_outrage-but-few-options-on-the-t: gold source "the Security
# Council", cue "issued a statement calling", content "the overnight nuclear test … resolutions".
COUNCIL = ("Following a swiftly called, late-afternoon meeting, the Security Council issued a statement calling "
           "the overnight nuclear test \"a clear violation and in flagrant disregard\" of five previous Security "
           "Council resolutions.")
# PolNeAR train, wash-post_2016-06-13_responses-are-in-keeping-with-ca: gold source "Trump's
# campaign", cue "released a statement saying", content "it was postponing … the speech".
RALLY = ("Later, Trump's campaign released a statement saying it was postponing a Monday evening rally that was "
         "supposed to follow the speech.")
# MEANTIME 118147: the refusal is an act ("refused" positive; MEANTIME marks "meet" NEG).
UAW = "The UAW refused to meet the demands."


def _predicate(nlp, text, phrase):
    p = claim_with(read(nlp, text, "2008-12-12"), phrase).predicate
    return p.text, p.polarity, None if p.negation is None else p.negation.text


def test_a_failure_negates_the_claims_predication(nlp):
    assert _predicate(nlp, BAILOUT, "fails to pass") == ("fails", "negative", "fails")


def test_unable_negates_the_predication_of_its_copula(nlp):
    assert _predicate(nlp, HOUSING, "unable to secure") == ("unable", "negative", "unable")


def test_a_refusal_is_a_positive_predication(nlp):
    assert _predicate(nlp, UAW, "refused to meet") == ("refused", "positive", None)


def test_a_failure_to_agree_stays_a_rejection_not_negated_twice(nlp):
    c = claim_with(read(nlp, TALKS, "2000-01-01"), "failed to reach agreement")
    assert c.predicate.polarity == "negative"
    assert (c.event.type, c.event.negated) == ("REJECT", False)


def test_a_statement_a_participle_describes_has_the_cue_to_the_participle(nlp):
    cue, source, content = by_cue(attributions(nlp, COUNCIL), "issued")
    assert (cue, source) == ("issued a statement calling", "the Security Council")
    # the adapter keeps the space between source and cue as a fragment; PolNeAR's scorer trims it
    words = [f for f in content.split(" … ") if f.strip()]
    assert words == ['the overnight nuclear test "a clear violation and in flagrant disregard" of five previous '
                     'Security Council resolutions']


def test_a_statement_saying_a_clause_is_the_issuers(nlp):
    cue, source, content = by_cue(attributions(nlp, RALLY), "released")
    assert (cue, source) == ("released a statement saying", "Trump's campaign")
    assert content == "it was postponing a Monday evening rally that was supposed to follow the speech"
