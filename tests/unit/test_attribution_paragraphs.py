"""Attribution beyond the sentence: a colon lead-in and the paragraphs it introduces ("Per the
Harbor Gazette:"), an uncued sentence that continues the report of the one before it in its
paragraph, headlines and headings ("Report: …", "The Latest: …", "BOOM: …", a headline's closing
"aides say"), speaker labels ("- Sanders.", "BENENSON: …") and a run-in heading or a roster that
says nothing. Code under test: ``components/paragraph_pass.py``,
``components/attribution/inheritance.py``. How the expected values were decided:
``attribution_helpers``.
"""
from __future__ import annotations

import pytest

from attribution_helpers import Texts, assert_single_source, cue
from conftest import claim_with, names, norm, read

T = Texts()


# ---------------------------------------------------------------------------------------------
# Colon lead-in paragraph: the following paragraphs are the source's, until the voice changes.

COLON_PAREN = T("Per the Harbor Gazette:\n\n"
                "The shipyard at Port Elvin will close in March after the navy cancelled its last "
                "contract.\n\n"
                "About 900 workers will lose their jobs, and the town council has asked the "
                "province for an emergency grant.\n\n"
                "(The Gazette is owned by a company that once bid for the shipyard.)")
COLON_FIRST_PERSON = T("Per the Harbor Gazette:\n\n"
                       "The shipyard at Port Elvin will close in March after the navy cancelled "
                       "its last contract.\n\n"
                       "About 900 workers will lose their jobs, and the town council has asked "
                       "the province for an emergency grant.\n\n"
                       "I think the council is right to ask for the money.")


@pytest.mark.parametrize("text, own", [
    (COLON_PAREN, "owned by a company"),
    (COLON_FIRST_PERSON, "right to ask for the money"),
],
                         ids=["parenthesis", "first-person"])
def test_colon_lead_in_block(nlp, text, own):
    r = read(nlp, text)
    for phrase in ("shipyard at Port Elvin will close", "900 workers will lose their jobs",
                   "town council has asked the province"):
        c = claim_with(r, phrase)
        assert_single_source(c, "Harbor Gazette", quote="indirect", author_label="reported")
        assert cue(c.attribution.chain[0]).startswith("per")
    # The last paragraph is the author's own voice: not attributed.
    assert claim_with(r, own).attribution.chain == []


COLON_AFTER_QUOTE = T("“The hearing was a disgrace,” Tomas Varga said.\n\nLena Ortiz said:\n\n"
                      "“The rules were ignored. The committee chair must resign.”\n\nThe vote is on Friday.")
COLON_ACT = T("“The hearing was a disgrace,” Tomas Varga said.\n\nLena Ortiz continued:\n\n"
              "“The rules were ignored. The committee chair must resign.”\n\nThe vote is on Friday.")


@pytest.mark.parametrize("text, verb", [(COLON_AFTER_QUOTE, "said"), (COLON_ACT, "continued")],
                         ids=["reporting-verb", "no-reporting-verb"])
def test_a_quotation_under_a_colon_lead_in_is_its_speakers_alone(nlp, text, verb):
    # the quotation is Ortiz's, not Ortiz relaying Varga (the speaker of the quotation before
    # the lead-in), also when the lead-in verb is no reporting verb ("continued")
    r = read(nlp, text)
    for phrase in ("The rules were ignored", "The committee chair must resign"):
        c = claim_with(r, phrase)
        assert names(c) == [norm("Lena Ortiz")]
        assert cue(c.attribution.chain[0]) == verb
    assert names(claim_with(r, "The hearing was a disgrace")) == [norm("Tomas Varga")]
    assert claim_with(r, "The vote is on Friday").attribution.chain == []


# ---------------------------------------------------------------------------------------------
# A sentence with no cue continues the report of the previous sentence of its paragraph.

CONTINUES = T("According to the Daily Courier, two ministers resigned on Monday. Three more were "
              "dismissed.")
NEW_PARAGRAPH = T("According to the Daily Courier, two ministers resigned on Monday.\n\n"
                  "Parliament will meet on Friday to elect a new speaker.")
OWN_SOURCE = T("According to the Daily Courier, two ministers resigned on Monday. The president "
               "said he would name their successors this week.")


def test_uncued_sentence_inherits_source_in_paragraph(nlp):
    r = read(nlp, CONTINUES)
    assert names(claim_with(r, "two ministers resigned")) == ["daily courier"]
    c = claim_with(r, "Three more were dismissed")
    assert_single_source(c, "Daily Courier", author_label="reported")


def test_new_paragraph_does_not_inherit(nlp):
    c = claim_with(read(nlp, NEW_PARAGRAPH), "Parliament will meet")
    assert c.attribution.chain == []


def test_sentence_with_own_source_does_not_inherit(nlp):
    c = claim_with(read(nlp, OWN_SOURCE), "would name their successors")
    assert names(c) == ["president"]


# A headline's closing tag reports the clause before it, which headline grammar led the parser
# to take for an adverbial (new-user trial, VOA); a clause with a subordinator stays adverbial.
HEADLINE_TAG = T("Trump to keep tariffs to pressure Mexico, Canada, China on fentanyl, aides say\n\n"
                 "The tariffs stay in place, officials said Sunday.")


def test_a_headline_tag_reports_the_clause_before_it(nlp):
    c = claim_with(read(nlp, HEADLINE_TAG), "Trump to keep tariffs")
    assert c.text == "Trump to keep tariffs to pressure Mexico, Canada, China on fentanyl"
    assert names(c) == ["aides"]
    assert c.factuality.label == "reported"


def test_a_dash_and_name_paragraph_after_a_quotation_is_its_speaker(nlp):
    # PolNeAR train, wash-post 2016-02-05 (fact check of the Democrats' debate), gold: source
    # "Sanders", cue "-", content the quotation paragraph before it; a dash and a name after a
    # paragraph that is no quotation is a byline ("- Amber Phillips.", no gold attribution)
    r = read(nlp, "The senator made several claims.\n\n\"Boeing and GE and other multinationals . . . pay zero "
                  "taxes.\"\n\n- Sanders.\n\nThis is a complex issue, subject to fierce debate.\n\n"
                  "A similar compromise stalled in the Senate.\n\n- Amber Phillips.")
    c = claim_with(r, "pay zero taxes")
    assert [(link.mention, cue(link)) for link in c.attribution.chain] == [("Sanders", "-")], (c.text, names(c))
    assert claim_with(r, "compromise stalled").attribution.chain == []


def test_a_report_headline_label_is_the_source(nlp):
    # PolNeAR train, politico 2016-07-05 (Walker): gold source "Report", cue ":", content "Walker
    # to speak at Republican National Convention" (3 of 3 "Report:" headlines of PolNeAR train);
    # new-user trial 8, VOA 6204681: the headline was the author's own fact
    r = read(nlp, "Report: Walker to speak at Republican National Convention.\n\nWisconsin Gov. Scott Walker "
                  "will speak at the Republican National Convention in Cleveland later this month.")
    c = claim_with(r, "Walker to speak")
    assert c.text.rstrip(".") == "Walker to speak at Republican National Convention"
    assert [s.name for s in c.attribution.chain] == ["Report"]
    assert c.attribution.chain[0].cue.text == ":"
    assert c.factuality.label == "reported"


def test_a_roster_after_a_colon_is_no_ones_words(nlp):
    # PolNeAR train, politico 2016-02-04 (The POLITICO Caucus, its members by state; lists cut
    # short here): no gold attribution on the state labels. A list of names says nothing; the
    # state is no speaker of it.
    from newstrace.scoring import attributions_from_reading, span_text
    text = T("These are the members of The POLITICO Caucus, not all of whom participated in this survey:\n\n"
             "Iowa: Tim Albrecht, Brad Anderson, Rob Barron, Jeff Boeyink, Bonnie Campbell, Dave Caris, "
             "Sam Clovis.\n\nNew Hampshire: Charlie Arlinghaus, Arnie Arnesen, Patrick Arnold, Rich Ashooh, "
             "Dean Barker, Juliana Bergeron.\n")
    r = read(nlp, text)
    assert not [a for a in attributions_from_reading(r) if span_text(text, a.cue) == ":"]
    assert all(s.name not in ("Iowa", "New Hampshire") for c in r.claims for s in c.attribution.chain)


def test_a_run_in_heading_does_not_wrap_a_report_of_its_own(nlp):
    # PolNeAR train, usa-today 2016-04-28 (Sanders lays off campaign staff): after the heading
    # "Campaign funding:", gold source "Sanders' team", cue "said", content "the committee
    # appears to skirt legal limits on donations …"; gold source "Clinton and the DNC", cue
    # "rejected", content "the allegation" (neither inside an attribution of the heading)
    r = read(nlp, "Campaign funding: The Sanders campaign wants to address concerns about the use of joint "
                  "fundraising committees. Sanders' team said the committee appears to skirt legal limits on "
                  "donations by investing millions in online fundraising. Clinton and the DNC rejected the "
                  "allegation.")
    assert names(claim_with(r, "skirt legal limits")) == ["sanders' team"]
    assert names(claim_with(r, "rejected the allegation"))[0].startswith("clinton")


def test_a_named_speaker_label_still_wraps_a_report_in_its_content(nlp):
    # hand-made, as a debate transcript prints it: the labelled speaker reports what a third
    # person said, the label's speaker first in the chain
    r = read(nlp, "BENENSON: Well, Sanders said he was going to run a positive campaign.")
    assert names(claim_with(r, "run a positive campaign")) == ["benenson", "sanders"]


def test_the_latest_heading_names_no_speaker(nlp):
    # PolNeAR train, breitbart 2016-03-15 (AP's "The Latest"): the headline's gold source is
    # "Sanders", cue "declares", content "‘revolution,’"; "The Latest" is no source
    r = read(nlp, "The Latest: Sanders declares ‘revolution,’ ignores losses.\n\n"
                  "WASHINGTON (AP) — The Latest on the 2016 presidential campaign.")
    assert not any("latest" in n for c in r.claims for n in names(c))


@pytest.mark.parametrize("text, word", [
    # PolNeAR train, west-journal 2015-12-12 (BOOM) and 2016-03-10 (LOOK): no gold attribution
    # on either headline
    ("BOOM: Trump Just Fired A 5-Word Missile Directly At Hillary She WON’T Want Anyone To See.\n\n"
     "In a slam-bang takedown summation of the Democratic presidential front-runner, Republican "
     "president candidate Donald Trump said Hillary Clinton lacks “the strength or the stamina” needed to "
     "run the country.", "boom"),
    ("LOOK: Shocking Photos Of GOP Candidate’s Rally Are Going Viral- It’s Not What You Think….\n\n"
     "Marco Rubio is raising eyebrows all across the country by staying in the GOP race for president.",
     "look"),
])
def test_a_headline_interjection_names_no_speaker(nlp, text, word):
    r = read(nlp, text)
    assert not any(word in n for c in r.claims for n in names(c))


def test_the_latest_heading_leaves_the_headline_report_its_own(nlp):
    # PolNeAR train, breitbart 2016-02-20 (AP's "The Latest"): gold source "Hillary Clinton", cue
    # "tells", content "she’s with them"; the heading is no part of the report
    r = read(nlp, "The Latest: Hillary Clinton tells voters she’s with them.\n\n"
                  "WASHINGTON (AP) — The Latest on the 2016 presidential campaign.")
    claim = claim_with(r, "with them")
    assert names(claim) == ["hillary clinton"] and claim.attribution.chain[0].cue.text == "tells"
    assert not any(c.text.startswith("The Latest") for c in r.claims)
