"""Recall (issue 3): reports no one named makes.

A question put by no one named ("Asked whether…", "Asked if…", "when asked about…", a passive
"was asked about") is reported by the author with no source, and the verbs inside it make no
link of their own; one put by a named asker is the asker's. The clause of a stance noun with no
holder ("allegations that…", concerns, complaints, speculation, revelations) takes the noun's
label with no source, and stays in a report that holds it; a relative clause relays, with no
source, what its noun is expected to do. Code under test: ``components/cue_rules/questions.py``,
``components/stance/nouns.py``, ``components/factuality.py``, ``components/claims/relatives.py``.
How the expected values were decided: ``attribution_helpers``.
"""
from __future__ import annotations

import pytest

from attribution_helpers import Texts, attributions as _attributions
from conftest import claim_with, names, read
from newstrace.scoring import attributions_from_reading, span_text

T = Texts()


# ---------------------------------------------------------------------------------------------
# "Asked whether X, …": a question put by no one named is reported by the author, with no
# source (CONVENTIONS.md: a chain names only the sources the text names).

ASKED_WHETHER = T("Asked whether the bridge would reopen in May, the mayor said she did not know.")


def test_an_unattributed_question_is_reported_with_no_source(nlp):
    reading = read(nlp, ASKED_WHETHER)
    question = claim_with(reading, "the bridge would reopen")
    assert question.attribution.chain == []
    assert question.factuality.label == "reported"
    assert [c.text for c in question.factuality.cues] == ["Asked"]
    assert "the mayor" not in question.text
    assert names(claim_with(reading, "she did not know")) == ["mayor"]


def test_an_if_question_put_by_no_one_named_is_reported_with_no_source(nlp):
    # The parse hangs "if he was ever bullied" on "Asked" as a condition; a verb of asking puts
    # its "if" clause as a question, like "whether". PolNeAR gold (Breitbart, 2016-05-15):
    # "Asked if he was ever bullied, the Republican presidential candidate said no": no source,
    # cue "asked", content "if he was ever bullied".
    reading = read(nlp, T("Asked if he was ever bullied, the Republican presidential candidate said no."))
    question = claim_with(reading, "he was ever bullied")
    assert question.attribution.chain == []
    assert question.factuality.label == "reported"
    assert [c.text for c in question.factuality.cues] == ["Asked"]
    assert "candidate" not in question.text
    attrs = attributions_from_reading(reading)
    text = reading.article.text
    assert [(span_text(text, a.cue), span_text(text, a.source), span_text(text, a.content))
            for a in attrs if "bullied" in span_text(text, a.content)] == [("Asked", "", "if he was ever bullied")]


# The verbs inside a question put by no one named are asked, not said: they make no link of
# their own, and the question is one attribution, cue the asking participle. PolNeAR gold,
# first annotator: (Washington Post, 2016-06-14, "'We are in shock, horrified'") no source, cue
# "Asked", content "what he personally believed about the lifestyle of gay people"; (Washington
# Post, 2016-08-28, "In crazy election, Gary Johnson's…") no source, cue "Asked", content "whether he would
# encourage his voters to pick Republicans or Democrats when they went down their ballot".
ASKED_WHAT_BELIEVED = T('Asked what he personally believed about the lifestyle of gay people, he said, "It\'s '
                        'the wrong thing, but for sure we have no right to judge people. . . . We are in shock, '
                        'horrified."')
ASKED_WHETHER_ENCOURAGE = T("Asked whether he would encourage his voters to pick Republicans or Democrats when "
                            "they went down their ballot, Johnson demurred.")


@pytest.mark.parametrize("text, content", [
    (ASKED_WHAT_BELIEVED, "what he personally believed about the lifestyle of gay people"),
    (ASKED_WHETHER_ENCOURAGE, "whether he would encourage his voters to pick Republicans or Democrats when "
                              "they went down their ballot")])
def test_the_verbs_inside_a_question_put_by_no_one_named_make_no_link(nlp, text, content):
    reading = read(nlp, text)
    asked = [c for c in reading.claims if c.text in content]
    assert [c.attribution.chain for c in asked] == [[]]
    assert [c.factuality.label for c in asked] == ["reported"]
    attrs = attributions_from_reading(reading)
    found = [(span_text(text, a.cue), span_text(text, a.source), span_text(text, a.content)) for a in attrs]
    assert ("Asked", "", content) in found
    assert not [f for f in found if f[0] in ("believed", "believed about", "would encourage", "encourage")]


def test_a_relative_clause_set_off_in_a_question_keeps_its_own_link(nlp):
    # PolNeAR gold (New York Times, 2016-01-04, "For Trump, lessons from a brother…"): "which friends described as
    # miserable" is the friends' (cue "described as miserable", content "which"), no part of the
    # question, whose cue is "Asked".
    text = T("Asked whether Freddy's experience in the family business, which friends described as miserable, "
             "contributed to the drinking that ultimately killed him, Mr. Trump said: ''I hope not. I hope not.''")
    reading = read(nlp, text)
    assert names(claim_with(reading, "which friends described")) == ["friends"]
    question = claim_with(reading, "contributed to the drinking")
    assert question.attribution.chain == []
    assert [c.text for c in question.factuality.cues] == ["Asked"]


def test_an_if_question_put_by_a_named_asker_is_the_askers(nlp):
    # "Asked by X if …": the agent put the question (not the answer: "Sharpton avoided…" stays
    # the author's). PolNeAR gold (Western Journal, 2016-02-23): "Asked by Thrush if Clinton
    # “gets” race, Sharpton avoided a declarative answer.": source "Thrush", cue "Asked",
    # content "if Clinton “gets” race".
    reading = read(nlp, T("Asked by Thrush if Clinton “gets” race, Sharpton avoided a declarative answer."))
    assert names(claim_with(reading, "Clinton “gets” race")) == ["thrush"]
    assert claim_with(reading, "Sharpton avoided").attribution.chain == []
    attrs = attributions_from_reading(reading)
    text = reading.article.text
    assert [(span_text(text, a.source), span_text(text, a.content)) for a in attrs
            if "race" in span_text(text, a.content)] == [("Thrush", "if Clinton “gets” race")]


ASKED_ABOUT = T("Asked about the tunnel, the mayor said it would open in May. The minister refused to "
                "comment when asked about the tunnel.")


def test_a_question_on_a_topic_put_by_no_one_named_is_a_claim_of_its_own(nlp):
    # "Asked about the tunnel" reports its own event (CONVENTIONS.md: a participial clause); no
    # one named asked, so it has no chain, neither from the answer's speaker nor from a report
    # it hangs in ("refused to comment when asked…").
    reading = read(nlp, ASKED_ABOUT)
    asked = [c for c in reading.claims if "asked about the tunnel" in c.text.lower()]
    assert [c.text for c in asked] == ["Asked about the tunnel", "when asked about the tunnel"]
    assert [c.attribution.chain for c in asked] == [[], []]
    assert names(claim_with(reading, "it would open in May")) == ["mayor"]
    assert claim_with(reading, "The minister refused").text == "The minister refused to comment"


# A question put in the passive to a subject of its own by no one named ("after he was asked
# about X", "when Trump and Rubio were pressed about X") is a unit of its own with no chain.
# PolNeAR gold, first annotator: (Politico, 2016-06-13, "Terrorism experts rebuke Trump…") no
# source, cue "was asked about", content "the Islamic State's claim … wounded 53"; (Western
# Journal, 2016-03-03, "Trump just responded to Rubio's…") no source, cue "pressed about",
# content "the personal attacks each has engaged in during the last few weeks".
@pytest.mark.parametrize("text, cue, content", [
    (T('"We have to really increase the bombings," the presumptive Republican presidential nominee told "Fox and '
       'Friends" after he was asked about the Islamic State\'s claim of credit for the attack by an American Muslim '
       'who pledged his allegiance to the group during the massacre that killed 49 people and wounded 53.'),
     "was asked about", "the Islamic State's claim of credit for the attack by an American Muslim who pledged his "
                        "allegiance to the group during the massacre that killed 49 people and wounded 53"),
    (T("The Fox News debate from Detroit on Thursday night started with a bang when Donald Trump and Marco Rubio "
       "were pressed about the personal attacks each has engaged in during the last few weeks."),
     "pressed about", "the personal attacks each has engaged in during the last few weeks")])
def test_a_passive_question_put_by_no_one_named_is_an_attribution_with_no_source(nlp, text, cue, content):
    reading = read(nlp, text)
    assert claim_with(reading, content).attribution.chain == []
    found = [(span_text(text, a.source), span_text(text, a.cue), span_text(text, a.content))
             for a in attributions_from_reading(reading) if span_text(text, a.content) == content]
    assert [(src, c.endswith(cue)) for src, c, _ in found] == [("", True)]


# ---------------------------------------------------------------------------------------------
# A stance noun with a that-clause and no holder: the clause is no one's named, and not the author's.

def test_a_clause_of_allegations_no_one_is_named_for_is_alleged(nlp):
    reading = read(nlp, "There were allegations that the port authority had hidden the losses.")
    c = claim_with(reading, "the port authority had hidden the losses")
    assert c.attribution.chain == []
    assert (c.factuality.label, [q.text for q in c.factuality.cues]) == ("alleged", ["allegations"])
    assert claim_with(reading, "There were allegations").factuality.label == "asserted"


def test_a_clause_of_concerns_no_one_is_named_for_is_reported(nlp):
    c = claim_with(read(nlp, "There are concerns that the new law gives the governor vast powers."),
                   "the new law gives the governor vast powers")
    assert (c.factuality.label, [q.text for q in c.factuality.cues]) == ("reported", ["concerns"])


def test_complaints_a_verb_draws_with_no_one_named_are_reported(nlp):
    # PolNeAR train, politico_2015-11-30_congress-set-to-dump-no-child-le: gold attribution with
    # no source, cue "complaints", content "that it was underfunded and overly prescriptive"
    reading = read(nlp, "Within a year, though, it was drawing complaints that it was underfunded and "
                        "overly prescriptive.")
    c = claim_with(reading, "it was underfunded and overly prescriptive")
    assert c.attribution.chain == []
    assert (c.factuality.label, [q.text for q in c.factuality.cues]) == ("reported", ["complaints"])
    assert "underfunded" not in claim_with(reading, "drawing complaints").text


def test_speculation_a_verb_stokes_with_no_one_named_is_speculated(nlp):
    # PolNeAR train, wash-post_2016-03-03_push-inside-gop-to-upend-trump: gold attribution with
    # no source, cue "speculation", content "that he might offer himself as a consensus candidate
    # at the convention"
    c = claim_with(read(nlp, "The emergence of Romney as a leading Trump antagonist stoked speculation that "
                             "he might offer himself as a consensus candidate at the convention."),
                   "he might offer himself")
    assert c.attribution.chain == []
    assert c.factuality.label == "speculated" and "speculation" in [q.text for q in c.factuality.cues]


def test_revelations_no_one_is_named_for_are_stated_as_fact(nlp):
    # PolNeAR train, nyt_2015-12-31_trump-turns-attacks-on-another-c: gold attribution with no
    # source, cue "revelations", content "that Mr. Clinton had a relationship with Ms. Lewinsky, a
    # 22-year-old White House intern"; a noun of revealing is factive, as "revealed that" is
    # (FactBank CT+): the author states the relationship as fact, with the noun as its cue.
    reading = read(nlp, "Mrs. Clinton had some of her highest approval ratings ever after revelations that "
                        "Mr. Clinton had a relationship with Ms. Lewinsky, a 22-year-old White House intern.")
    c = claim_with(reading, "Mr. Clinton had a relationship")
    assert c.attribution.chain == []
    assert (c.factuality.label, [q.text for q in c.factuality.cues]) == ("asserted", ["revelations"])


def test_a_holderless_stance_noun_under_a_reporting_verb_stays_in_the_report(nlp):
    (c,) = [c for c in read(nlp, "Officials said there is growing confidence that the ferry "
                                 "will reopen.").claims if "ferry" in c.text]
    assert names(c) == ["officials"] and "growing confidence" in c.text


# A restrictive relative clause relaying, with no source, what its noun is expected to do
# (claims.relayed_relative). PolNeAR train breitbart_2016-02-20 (gold: no source / "are expected" /
# "who … to support candidates at the national convention").
EXPECTED_IN_RELATIVE = T("The results of the caucus are the first step in determining delegates who are "
                         "expected to support candidates at the national convention.")


def test_a_relative_clause_expected_to_do_something_is_relayed_with_no_source(nlp):
    found = _attributions(nlp, EXPECTED_IN_RELATIVE)
    assert ("are expected", "", "who … to support candidates at the national convention") in found
