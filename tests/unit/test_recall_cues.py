"""Recall (issue 3): words of report with a clausal content.

Reporting verbs added to the lexicon (underscore, anticipate, proclaim, illustrate), "make (it)
clear that", "is convinced that", "called for X to do Y", verbs of intention with an infinitive
(aim, prefer), verbs of speaking about a clause ("talked about how…"), "continued to insist
that", "as X reported", a verb of thinking with "so", verbs the learned cue model accepts, a
noun of request with a possessor and an infinitive ("the senator's call to ban…"); and what is
none: "That said", "as I said", "continues to fly", "convinced by", a plan or a distant
infinitive, a learned verb's "to" infinitive. Code under test: ``components/cue_rules/``
(words, clausal, verb_frames, adjectives, nouns, classifier), ``components/clear_reports.py``,
``components/content_splits.py``. How the expected values were decided:
``attribution_helpers``.
"""
from __future__ import annotations

import pytest

from attribution_helpers import Texts, attributions as _attributions, by_cue as _by_cue
from conftest import claim_with, names, norm, read

T = Texts()


# ---------------------------------------------------------------------------------------------
# A noun of a spoken commitment or request with an infinitive: the holder's intention.

NOUN_CALL = T("The senator's call to ban all imports drew protests from farmers.")
NOUN_PLAN = T("The mayor's plan to close the library angered parents.")
NOUN_CALL_FOR = T("The union issued a call for the city to raise wages.")


def test_call_to_with_a_possessor_is_the_holders(nlp):
    c = claim_with(read(nlp, NOUN_CALL), "to ban all imports")
    (src,) = c.attribution.chain
    assert src.mention == "The senator"
    assert src.cue.text == "call"
    assert "drew protests" not in c.text


@pytest.mark.parametrize("text", [NOUN_PLAN, NOUN_CALL_FOR], ids=["plan-to", "call-for-x-to"])
def test_plan_or_distant_infinitive_is_no_attribution(nlp, text):
    assert all(c.attribution.chain == [] for c in read(nlp, text).claims)


# ---------------------------------------------------------------------------------------------
# A stance adjective the tagger read as a past participle.

CONVINCED = T("Mr. Ackman is convinced that the drug maker will be a comeback story.")
CONVINCED_BY = T("The jury was convinced by the evidence.")


def test_is_convinced_that_is_an_attitude_cue(nlp):
    c = claim_with(read(nlp, CONVINCED), "comeback story")
    (src,) = c.attribution.chain
    assert "Ackman" in src.mention and src.cue.text == "is convinced"


def test_convinced_by_an_agent_is_no_attitude(nlp):
    assert all(c.attribution.chain == [] for c in read(nlp, CONVINCED_BY).claims)


# ---------------------------------------------------------------------------------------------
# Reporting verbs added to the lexicon: proclaim, repeat, inquire (Levin 37.7 / 37.1),
# anticipate, posit, surmise, theorize (conjecture verbs), underscore, illustrate.

UNDERSCORES = T("The Kessler report underscores that the harbor still floods every spring.")
ANTICIPATED = T("Mayor Ilse Brandt anticipated that the council would reject the levy.")
PROCLAIMED = T("Senator Odile Varga proclaimed that the shipyard would reopen in March.")
ILLUSTRATES = T("The survey illustrates how few residents voted in the runoff.")


@pytest.mark.parametrize("text, phrase, source, cue", [
    (UNDERSCORES, "the harbor still floods every spring", "kessler report", "underscores"),
    (ANTICIPATED, "the council would reject the levy", "ilse brandt", "anticipated"),
    (PROCLAIMED, "the shipyard would reopen in March", "odile varga", "proclaimed"),
    (ILLUSTRATES, "few residents voted in the runoff", "survey", "illustrates"),
], ids=["underscore", "anticipate", "proclaim", "illustrate"])
def test_added_reporting_verbs_attribute_their_clause(nlp, text, phrase, source, cue):
    c = claim_with(read(nlp, text), phrase)
    (src,) = c.attribution.chain
    assert norm(src.name) == source and src.cue.text == cue
    assert cue not in c.text


# ---------------------------------------------------------------------------------------------
# "make (it) clear that …" reports its clause.

MADE_CLEAR = T("Mayor Ilse Brandt made clear that the levy would fund the harbor wall.")
MADE_IT_CLEAR = T("Senator Odile Varga made it very clear on Monday that the shipyard would reopen.")
MADE_IT_CLEAR_NESTED = T("Mayor Ilse Brandt made it clear that her aides felt the council should resign.")
MADE_CLEAR_NOUN = T("The council made clear the plan.")


@pytest.mark.parametrize("text, phrase, source, cue", [
    (MADE_CLEAR, "the levy would fund the harbor wall", "ilse brandt", "made clear"),
    (MADE_IT_CLEAR, "the shipyard would reopen", "odile varga", "made it very clear"),
], ids=["made-clear", "made-it-clear"])
def test_made_clear_reports_its_clause(nlp, text, phrase, source, cue):
    reading = read(nlp, text)
    c = claim_with(reading, phrase)
    (src,) = c.attribution.chain
    assert norm(src.name) == source and src.cue.text == cue
    assert "clear" not in c.text
    assert not any("made" in other.text for other in reading.claims)  # "X made clear" is a frame


def test_made_clear_is_the_outer_link_of_a_nested_report(nlp):
    c = claim_with(read(nlp, MADE_IT_CLEAR_NESTED), "the council should resign")
    assert names(c) == ["ilse brandt", "her aides"]
    assert [lk.cue.text for lk in c.attribution.chain] == ["made it clear", "felt"]


def test_made_clear_with_a_noun_phrase_is_no_report(nlp):
    (c,) = read(nlp, MADE_CLEAR_NOUN).claims
    assert c.text == "The council made clear the plan" and c.attribution.chain == []


# ---------------------------------------------------------------------------------------------
# "called for X to do Y" with "for" parsed as the marker of a clause.

CALL_FOR_CLAUSE = T("In March, the governor called for the mayor to resign.")


def test_calling_for_someone_to_act_is_a_report(nlp):
    claim = claim_with(read(nlp, CALL_FOR_CLAUSE), "the mayor to resign")
    assert names(claim) == ["governor"]
    assert claim.attribution.chain[0].cue.text.startswith("called")


# ---------------------------------------------------------------------------------------------
# "That said, …" and "All told, …" are discourse markers, not reports.

THAT_SAID = T("The bridge opened late. That said, the council will vote on the tunnel in May. All told, "
              "up to 5,000 drivers could use it each day.")


def test_that_said_and_all_told_report_nothing(nlp):
    reading = read(nlp, THAT_SAID)
    assert claim_with(reading, "will vote on the tunnel").attribution.chain == []
    assert claim_with(reading, "5,000 drivers").attribution.chain == []


# ---------------------------------------------------------------------------------------------
# More verbs of intention with an infinitive: aim, decide, prefer, propose, offer…

AIMS_TO = T("The nurses' union aims to sign up 5,000 members this year.")
PREFERS_TO = T("Ruth Ames, a city councillor, prefers to wait for the audit.")


def test_aim_to_is_an_intention_of_the_subject(nlp):
    claim = claim_with(read(nlp, AIMS_TO), "sign up")
    assert names(claim) == ["nurses' union"]
    assert claim.attribution.chain[0].cue.text == "aims"


def test_prefer_to_is_an_intention_of_the_subject(nlp):
    claim = claim_with(read(nlp, PREFERS_TO), "wait for the audit")
    assert names(claim) == ["ruth ames"]
    assert claim.attribution.chain[0].cue.text == "prefers"


# ---------------------------------------------------------------------------------------------
# A verb of speaking about a clause ("talked about how…", "bragging about how…") reports
# the clause; a noun-phrase topic ("spoke on Tuesday") is no content.

TALKED_ABOUT_HOW = T("At the rally, the governor talked about how the strike had hurt the port "
                     "and how the ferries would return.")
AFTER_BRAGGING = T("After bragging for a year about how cheaply she was running her campaign, "
                   "Ruth Ames is spending more freely now.")
SPOKE_ON_TUESDAY = T("The governor spoke on Tuesday in Albany.")


def test_talking_about_a_clause_reports_the_clause(nlp):
    reading = read(nlp, TALKED_ABOUT_HOW)
    first = claim_with(reading, "the strike had hurt the port")
    assert first.text == "how the strike had hurt the port"
    assert names(first) == ["governor"]
    assert first.attribution.chain[0].cue.text == "talked about"
    assert names(claim_with(reading, "the ferries would return")) == ["governor"]


def test_bragging_about_a_clause_in_an_after_clause(nlp):
    claim = claim_with(read(nlp, AFTER_BRAGGING), "running her campaign")
    assert names(claim) == ["ruth ames"]
    assert claim.attribution.chain[0].cue.text == "bragging for a year about"


def test_speaking_on_a_day_is_no_report(nlp):
    assert claim_with(read(nlp, SPOKE_ON_TUESDAY), "spoke").attribution.chain == []


# ---------------------------------------------------------------------------------------------
# A verb of aspect ("continues to run", "began to cut") reports nothing unless its
# infinitive is a cue ("continued to insist that…").

CONTINUES_TO_RUN = T("The governor continues to fly to campaign events on his own jet.")
CONTINUED_TO_INSIST = T("The mayor continued to insist that the bridge was safe.")


def test_continue_to_act_is_the_authors(nlp):
    assert claim_with(read(nlp, CONTINUES_TO_RUN), "campaign events").attribution.chain == []


def test_continue_to_insist_reports_the_clause(nlp):
    assert names(claim_with(read(nlp, CONTINUED_TO_INSIST), "bridge was safe")) == ["mayor"]


# ---------------------------------------------------------------------------------------------
# "…, as Reuters reported": an "as" clause of a verb of reporting attributes the clause it
# hangs on; not the author's "as I said", nor a comparison ("as bad as she said").

AS_REPORTED = T("As the harbour board reported on Tuesday, the ferry talks collapsed after two days.")
AS_NOTED_AFTER = T("The levy is a regressive tax, as Ruth Ames noted in her column.")
AS_I_SAID = T("The plan would drive up deficits, as I said last week.")
AS_BAD_AS = T("The deficit is not as bad as the senator said.")


def test_as_reported_attributes_the_main_clause(nlp):
    claim = claim_with(read(nlp, AS_REPORTED), "talks collapsed")
    assert claim.text == "the ferry talks collapsed after two days"
    assert names(claim) == ["harbour board"]
    assert claim.attribution.chain[0].cue.text == "reported"


def test_as_noted_after_the_clause(nlp):
    claim = claim_with(read(nlp, AS_NOTED_AFTER), "regressive tax")
    assert names(claim) == ["ruth ames"]
    assert claim.attribution.chain[0].cue.text == "noted"


def test_as_i_said_and_as_bad_as_are_no_reports(nlp):
    assert claim_with(read(nlp, AS_I_SAID), "drive up deficits").attribution.chain == []
    assert claim_with(read(nlp, AS_BAD_AS), "not as bad").attribution.chain == []


# A verb outside the reporting lexicons that the learned cue classifier takes for a cue frames
# the clause after it (cue_rules.learned_report, content_splits.split_learned_reports). PolNeAR
# train, gold (source, cue, content) in the comments.
# nyt_2016-01-04: "Freddy" / "confided" / "that his parents had panicked because, as Italians, the
# Schifanos were ''the first ethnic family to move into the neighborhood.''"
CONFIDED = T("When Ms. Schifano moved to Jamaica Estates, Queens, the wealthy enclave where the Trumps lived, "
             "Freddy confided to her that his parents had panicked because, as Italians, the Schifanos were "
             "''the first ethnic family to move into the neighborhood.''")
# breitbart_2016-03-02: "conservative commentator Jonah Goldberg of the anti-Trump National Review" /
# "imagined" / "Christie was thinking: “My God what have I done?”"
IMAGINED = T("But after Tuesday night’s appearance, conservative commentator Jonah Goldberg of the anti-Trump "
             "National Review imagined Christie was thinking: “My God what have I done?”")


def test_a_verb_the_cue_model_accepts_frames_the_clause_after_it(nlp):
    claim = claim_with(read(nlp, CONFIDED), "his parents had panicked")
    assert names(claim) == ["freddy"]
    assert claim.attribution.chain[0].cue.text == "confided"
    claim = claim_with(read(nlp, IMAGINED), "Christie was thinking")
    assert names(claim) == ["jonah goldberg"]
    assert claim.attribution.chain[0].cue.text == "imagined"


def test_a_to_infinitive_the_parse_gave_a_learned_verb_is_no_report(nlp):
    # PLOVER GSR, PLOVER-GSR01-CONCEDE-0012 (gold CONCEDE, actor Sherpao, target
    # Fazl-ur-Rehman): "allowed X to bring out…" is what one lets another do; the parser makes
    # "to bring" a clausal complement of "allowed", which the learned cue model scores 0.67
    text = ("The Federal Minister for Interior Aftab Ahmad Khan Sherpao allowed opposition leader Maulana "
            "Fazl-ur-Rehman to bring out `Shan-e-Mustafa (SAW)' Rally after an agreement on carrying out a "
            "violence free protest demonstration, according to the Pakistani Federal Secretary Interior.")
    claim = claim_with(read(nlp, text), "allowed opposition leader")
    assert not any(lk.cue is not None and lk.cue.text == "allowed" for lk in claim.attribution.chain)
    assert claim.event is not None and claim.event.type == "CONCEDE"


# A verb of thinking with "so" for its clause (cue_rules.thinks_so) reports its subject's view,
# content the pro-form. PolNeAR train huff-post_2016-02-07 (gold: "Ted Cruz" / "apparently
# thinks" / "so"); inside a quotation it is the speaker's own words, nyt_2016-03-09 (gold: "Mrs.
# Clinton" / "said" / "''I hope so,''", no attribution of "hope").
THINKS_SO = T("Ted Cruz apparently thinks so, too.")
HOPE_SO_QUOTED = T("Has the storm passed? ''I hope so,'' Mrs. Clinton said.")


def test_a_verb_of_thinking_with_so_reports_outside_quotations_only(nlp):
    thinks = _by_cue(_attributions(nlp, THINKS_SO), "thinks")
    assert thinks[1] == "Ted Cruz" and thinks[2].startswith("so")
    found = _attributions(nlp, HOPE_SO_QUOTED)
    assert not any("hope" in f[0] for f in found)
    assert _by_cue(found, "said")[1:] == ("Mrs. Clinton", "''I hope so,''")
