"""Recall (issue 3): stances and views.

Stance acts added to the lexicon (rail against, chide, credit, liken) and "calling for" a thing
are recorded beside the claim the author states; so are a refusal or a judgement inside another
clause, a stance gerund before a report (the reporter's own) and an intention in a relative
clause (its antecedent's). Seeing something as something is the subject's view, also where the
parse hung "as" on the object or an adjective. None: the author's own stance, a passive "called
for", sending troops, descending an escalator, issuing a statement. Code under test:
``components/stance/``, ``components/attribution/stances.py``, ``components/cue_rules/``
(acts, verb_frames). How the expected values were decided: ``attribution_helpers``.
"""
from __future__ import annotations

import pytest

from attribution_helpers import Texts
from conftest import claim_with, names, read

T = Texts()


# ---------------------------------------------------------------------------------------------
# "see/portray/cast X as Y": the subject's judgment of the object.

SEE_AS = T("Many farmers see the new tariff as a betrayal. The tariff took effect in March.")
SEE_NO_AS = T("Many farmers saw a rise in prices last year.")


def test_seeing_something_as_something_is_the_subjects_view(nlp):
    claim = claim_with(read(nlp, SEE_AS), "as a betrayal")
    assert names(claim) == ["many farmers"]
    assert claim.attribution.chain[0].cue.text == "see"
    assert claim_with(read(nlp, SEE_AS), "took effect").attribution.chain == []


def test_seeing_without_as_is_no_view(nlp):
    assert claim_with(read(nlp, SEE_NO_AS), "a rise in prices").attribution.chain == []


# ---------------------------------------------------------------------------------------------
# Stance acts added to the lexicon: rail against, chide (the author states the act; the
# stance is recorded beside the empty chain, components/stance/).

RAILED = T("The mayor railed against the new toll on Monday. The governor chided her for the delay.")


def test_railing_against_and_chiding_are_stances(nlp):
    reading = read(nlp, RAILED)
    railed = claim_with(reading, "railed against")
    assert railed.attribution.chain == []
    assert [(s.holder.text, s.cue.text, s.text) for s in railed.stances] == \
        [("The mayor", "railed", "the new toll")]
    chided = claim_with(reading, "chided her")
    assert [(s.cue.text, s.text) for s in chided.stances] == [("chided", "her for the delay")]


# ---------------------------------------------------------------------------------------------
# Lexicon: assure and chant report speech; bemoan and credit are stance acts.

ASSURED = T("The union assured its members that the plant would stay open. The mayor credited the "
            "police with the drop in crime.")


def test_assuring_reports_its_clause_and_crediting_is_a_stance(nlp):
    reading = read(nlp, ASSURED)
    assert names(claim_with(reading, "the plant would stay open")) == ["union"]
    credited = claim_with(reading, "credited the police")
    assert credited.attribution.chain == []
    assert [(s.cue.text, s.text) for s in credited.stances] == [("credited", "the police with the drop in crime")]


FRONTED_STANCE = T("Despite challenging the trustworthiness of the Republican majority leader, Cruz said "
                   "if elected president he could work effectively with GOP leadership. In opposing the "
                   "Clinton deposition request, her personal lawyer, David E. Kendall, wrote in a court "
                   "file that such a request was \"futile.\"")


@pytest.mark.parametrize("holder,cue_text,content,reported", [
    ("Cruz", "challenging", "the trustworthiness of the Republican majority leader", "could work effectively"),
    ("David E. Kendall", "opposing", "the Clinton deposition request", "such a request was")])
def test_a_stance_gerund_before_a_report_is_the_reporters_own_stance(nlp, holder, cue_text, content, reported):
    # PolNeAR train gold (breitbart 2016-04-14, wash-post 2016-07-13): source Cruz / "her personal
    # lawyer, David E. Kendall", cue "challenging" / "opposing", content the object. The gerund
    # is the reporter's own act, a claim of its own with no chain, not part of the report.
    reading = read(nlp, FRONTED_STANCE)
    c = claim_with(reading, content)
    assert c.attribution.chain == [] and len(c.stances) == 1, (c.text, names(c), c.stances)
    st = c.stances[0]
    assert (st.cue.text, st.text) == (cue_text, content)
    assert holder in st.holder.name
    report = claim_with(reading, reported)
    assert holder in " ".join(lk.name for lk in report.attribution.chain) and cue_text not in report.text


# ---------------------------------------------------------------------------------------------
# "liken X to Y" is a stance act.

LIKENED = T("The senator likened the new levy to a tax hike.")


def test_likening_is_a_stance(nlp):
    claim = claim_with(read(nlp, LIKENED), "likened")
    assert claim.attribution.chain == []
    assert [(s.cue.text, s.text) for s in claim.stances] == [("likened", "the new levy to a tax hike")]


# ---------------------------------------------------------------------------------------------
# The author's own stance ("I", "we" outside quotation marks) is no source's stance
# (CONVENTIONS.md: the author is implicit and never listed).

AUTHORS_STANCE = T("I praised the nurses for their care. The mayor praised the nurses too.")


def test_the_authors_own_stance_is_not_recorded(nlp):
    reading = read(nlp, AUTHORS_STANCE)
    assert claim_with(reading, "I praised").stances == []
    assert [s.holder.text for s in claim_with(reading, "The mayor praised").stances] == ["The mayor"]


# ---------------------------------------------------------------------------------------------
# "called for a ban" inside another clause is a stance of the caller (an urging act); a
# passive "was called for" is none.

BY_CALLING_FOR = T("The senator angered her allies by calling for a no-fly zone over the harbour.")
CALLED_FOR_PASSIVE = T("The district was called for the governor late on Tuesday.")


def test_calling_for_something_is_a_stance(nlp):
    claim = claim_with(read(nlp, BY_CALLING_FOR), "angered her allies")
    assert claim.attribution.chain == []
    assert [(s.holder.text, s.cue.text, s.text) for s in claim.stances] == \
        [("The senator", "calling", "a no-fly zone over the harbour")]


def test_a_passive_called_for_is_no_stance(nlp):
    assert claim_with(read(nlp, CALLED_FOR_PASSIVE), "district").stances == []


# ---------------------------------------------------------------------------------------------
# A verb of saying or intending inside another clause, with a noun-phrase or infinitive
# content, is recorded as the act of its subject beside the claim (cue_rules.learned_stance);
# a plain physical act is none. PolNeAR (huff-post_2016-07-25 "Monday's Morning Email", first
# annotator): source "The International Olympic Committee", cue "refused to ban", content
# "all the country’s athletes from participating in Rio"; the headline runs into the sentence.

IOC_REFUSED = T("RUSSIANS SPARED FULL BAN FROM OLYMPICS\xa0The International Olympic Committee refused to "
                "ban all the country’s athletes from participating in Rio after the World Anti-Doping "
                "Agency and 14 national anti-doping organizations called for the ban.")
REFUSED_IN_CLAUSE = T("After the governor refused to sign the bill, lawmakers left the capital.")
SENT_IN_CLAUSE = T("After the governor sent troops to the border, lawmakers left the capital.")


def test_a_refusal_inside_a_headline_run_on_is_the_committees(nlp):
    claim = claim_with(read(nlp, IOC_REFUSED), "refused to ban")
    refused = [s for s in claim.stances if s.cue.text == "refused"]
    assert [s.holder.text for s in refused] == ["The International Olympic Committee"]
    assert "all the country’s athletes from participating in Rio" in refused[0].text


def test_a_refusal_in_a_subordinate_clause_is_its_subjects_act(nlp):
    claim = claim_with(read(nlp, REFUSED_IN_CLAUSE), "lawmakers left")
    assert claim.attribution.chain == []
    assert [(s.holder.text, s.cue.text, s.text) for s in claim.stances] == \
        [("the governor", "refused", "to sign the bill")]


def test_sending_troops_is_no_stance(nlp):
    claim = claim_with(read(nlp, SENT_IN_CLAUSE), "lawmakers left")
    assert claim.attribution.chain == [] and claim.stances == []


# A verb outside PolNeAR's lemma lists that the learned classifier takes for a cue with high
# probability (cue_rules.LEARNED_ACT_THRESHOLD). PolNeAR (nyt_2016-01-20 "In Prisoner Swap,
# Compassion vs. Calculation", first annotator): source "President Obama", cue "has deemed",
# content "certain releases a reasonable trade-off". Not a plain act ("descended an escalator"),
# nor issuing a statement: what it says is the statement's report, not the issuing's content.

DEEMED = T("Although critics argue that trading prisoners encourages others to target Americans, "
           "President Obama has deemed certain releases a reasonable trade-off.")
DESCENDED = T("After the mayor descended an escalator, reporters gathered in the lobby.")
ISSUED_STATEMENT = T("Senator Ada Kemp issued a statement saying the vote was a mistake.")


def test_deeming_something_a_trade_off_is_the_presidents_act(nlp):
    claim = claim_with(read(nlp, DEEMED), "certain releases")
    assert [(s.holder.text, s.cue.text, s.text) for s in claim.stances] == \
        [("President Obama", "deemed", "certain releases a reasonable trade-off")]


def test_descending_an_escalator_is_no_stance(nlp):
    claim = claim_with(read(nlp, DESCENDED), "reporters gathered")
    assert claim.attribution.chain == [] and claim.stances == []


def test_issuing_a_statement_is_no_stance_beside_its_report(nlp):
    claim = claim_with(read(nlp, ISSUED_STATEMENT), "the vote was a mistake")
    assert names(claim) == ["ada kemp"] and claim.stances == []
    assert not any(s.cue.text == "issued" for c in read(nlp, ISSUED_STATEMENT).claims for s in c.stances)


# ---------------------------------------------------------------------------------------------
# Beliefs and intentions. A verb of judging something as something whose "as" phrase the
# parse hung on the object or on a word after it (cue_rules.judges_as). PolNeAR
# (usa-today_2016-01-12 "Energy, guns top young voters' agenda", first annotator): source
# "Millennials", cue "see", content "police violence against African Americans as a problem".
# An intention with its infinitive held by a common noun in a relative clause
# (cue_rules.learned_stance): PolNeAR (wash-post_2016-05-25 "Fundraisers scorned by Trump…",
# first annotator): source "who", cue "wants", content "to give more"; (politico_2016-06-21
# "Sanders' anti-superdelegate push…"): source "who", cue "wanted", content "to attend the
# convention".

SEE_AS_ON_OBJECT = T("By 2-1, Millennials see police violence against African Americans as a problem, and "
                     "three-fourths say the government should require police officers to wear body cameras "
                     "to protect citizens.")
SEE_AS_ON_ADJECTIVE = T("Four in 10 voters see the campaign of Donald Trump as most unfair.")
WANTS_TO_GIVE = T("And a rich supporter who wants to give more could shell out as much as $449,400 to the "
                  "joint committee, whose proceeds are split between the Trump campaign and the party.")
WANTED_TO_ATTEND = T("Plus, if superdelegates were eliminated, senators who wanted to attend the convention "
                     "could be faced with the awkward situation of running for delegate slots against their "
                     "own constituents.")


def test_seeing_something_as_a_problem_with_as_on_the_object_is_the_holders_view(nlp):
    claim = claim_with(read(nlp, SEE_AS_ON_OBJECT), "police violence")
    assert [(s.name, s.cue.text) for s in claim.attribution.chain] == [("Millennials", "see")]
    assert "police violence against African Americans as a problem" in claim.text


def test_seeing_a_campaign_as_unfair_with_as_on_the_adjective_is_the_voters_view(nlp):
    claim = claim_with(read(nlp, SEE_AS_ON_ADJECTIVE), "the campaign of Donald Trump")
    assert [s.cue.text for s in claim.attribution.chain] == ["see"]
    assert claim.attribution.chain[0].mention == "Four in 10 voters"


@pytest.mark.parametrize("text, cue, content, holder", [
    (WANTS_TO_GIVE, "wants", "to give more", "supporter"),
    (WANTED_TO_ATTEND, "wanted", "to attend the convention", "senators")])
def test_an_intention_in_a_relative_clause_is_its_antecedents(nlp, text, cue, content, holder):
    held = [s for c in read(nlp, text).claims for s in c.stances if s.cue.text == cue]
    assert [s.text for s in held] == [content]
    assert holder in held[0].holder.text
