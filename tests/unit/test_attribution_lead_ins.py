"""Sources a phrase names for its sentence: "according to X" and "per X" at the start or the end,
"in X's view", "In a poll, …", "To X, …", "Under X law, …", the extent of such a source (its
apposition, its acronym), "according to which"; and where the phrase names no source ("one pack
per order", "according to its vision") or covers only a relative clause. Code under test:
``components/attribution/sentences.py``, ``components/cue_rules/lead_ins.py``. How the expected
values were decided: ``attribution_helpers``.
"""
from __future__ import annotations

import pytest

from attribution_helpers import Texts, assert_single_source, cue, types
from conftest import claim_with, names, norm, read
from test_attribution_quotes import ABS_CBN

T = Texts()


# ---------------------------------------------------------------------------------------------
# "according to X" at the start and at the end; "per X".

ACCORDING_START = T("According to the Daily Courier, the refinery at Harwick Point will stay shut "
                    "until June.")
ACCORDING_END = T("The refinery at Harwick Point will stay shut until June, according to the "
                  "Daily Courier.")
PER = T("Per the Daily Courier, the refinery at Harwick Point will stay shut until June.")


@pytest.mark.parametrize("text, cue_text", [
    (ACCORDING_START, "according to"),
                                            (ACCORDING_END, "according to"),
                                            (PER, "per")],
                         ids=["according-start", "according-end", "per"])
def test_according_to_and_per(nlp, text, cue_text):
    c = claim_with(read(nlp, text), "refinery at Harwick Point will stay shut")
    assert_single_source(c, "Daily Courier", cue_text=cue_text, quote="indirect")
    assert "Courier" not in c.text  # attribution material is removed from the content


# A closing "according to X" keeps an apposition on its source out of the content. PolNeAR
# train, nyt_2016-08-01 (gold source "Brian Wieser, an analyst at Pivotal Research Group", gold
# content ending "in fiscal 2015").
WIESER = T("Even if some of Fox News's programming drives one or both of the brothers bananas, it is "
           "still a major cash generator for 21st Century Fox, with $1.6 billion in operating profit "
           "in fiscal 2015, according to Brian Wieser, an analyst at Pivotal Research Group.")


def test_closing_according_to_leaves_its_source_apposition_out_of_the_content(nlp):
    from newstrace.scoring import attributions_from_reading, span_text
    [a] = [a for a in attributions_from_reading(read(nlp, WIESER))
           if span_text(WIESER, a.cue) == "according to"]
    assert span_text(WIESER, a.source) == "Brian Wieser"
    assert span_text(WIESER, a.content).endswith("$1.6 billion in operating profit in fiscal 2015")


# PolNeAR train gold, nyt 2015-12-31 (Trump turns attacks on another Clinton): source "White
# House-era documents from Diane D. Blair, a close friend of Mrs. Clinton's who died in 2000,",
# cue "According to", content "the first lady had referred to Ms. Lewinsky as ''a narcissistic
# loony toon.''" (attribution._opening_source_phrase).
BLAIR = T("According to White House-era documents from Diane D. Blair, a close friend of Mrs. Clinton's who "
          "died in 2000, the first lady had referred to Ms. Lewinsky as ''a narcissistic loony toon.''")


def test_opening_according_to_leaves_its_source_apposition_out_of_the_content(nlp):
    from newstrace.scoring import attributions_from_reading, span_text
    [a] = [a for a in attributions_from_reading(read(nlp, BLAIR)) if span_text(BLAIR, a.cue) == "According to"]
    assert span_text(BLAIR, a.source).startswith("White House-era documents from Diane D. Blair")
    assert span_text(BLAIR, a.content) == "the first lady had referred to Ms. Lewinsky as ''a narcissistic loony toon.''"


# "per" with a bare singular noun is a rate, not a source (new-user trial, Wikinews 2020).
PER_ORDER = T("Woolworths also limited toilet paper sales to one pack per order. Prices fell, per Reuters.")


def test_per_with_a_bare_noun_is_a_rate_not_a_source(nlp):
    r = read(nlp, PER_ORDER)
    assert claim_with(r, "one pack per order").attribution.chain == []
    assert [s.mention for s in claim_with(r, "Prices fell").attribution.chain] == ["Reuters"]


def test_in_someones_view_is_a_sentence_wide_source(nlp):
    r = read(nlp, "In Whitfield's view, the clinic should stay open through the winter.")
    c = claim_with(r, "the clinic should stay open")
    assert names(c) == ["whitfield"], (c.text, names(c))
    assert "view" not in c.text


def test_sentence_opening_in_a_poll_is_the_source_of_its_clause(nlp):
    # "In a X poll, …" opens the sentence like "according to": the poll is the source, "in"
    # the cue; "in the polls" later in the clause is the author's statement of the race.
    r = read(nlp, "In a Harwick Gazette poll released Monday, 48 percent of voters backed Mayor Ortiz.")
    c = claim_with(r, "48 percent of voters backed")
    assert names(c) == ["a harwick gazette poll released monday"], (c.text, names(c))
    assert types(c) == ["document"]
    assert cue(c.attribution.chain[0]) == "in"
    assert "poll" not in c.text
    c = claim_with(read(nlp, "Mayor Ortiz leads her rival in the polls."), "leads her rival")
    assert c.attribution.chain == []


def test_in_one_poll_inside_a_clause_is_the_source_of_that_clause(nlp):
    # PolNeAR gold (Politico, 2015-12-23): "But he fell to 10 percent in the latest CNN/ORC poll
    # released Wednesday": source "the latest CNN/ORC poll released Wednesday", cue "in",
    # content "he fell to 10 percent".
    r = read(nlp, "But he fell to 10 percent in the latest CNN/ORC poll released Wednesday.")
    c = claim_with(r, "he fell to 10 percent")
    assert [(link.mention, cue(link)) for link in c.attribution.chain] == [
        ("the latest CNN/ORC poll released Wednesday", "in")], (c.text, names(c))
    assert "poll" not in c.text
    # on a noun of the predicate too: "had 38 percent support in a Fox poll" (PolNeAR gold,
    # Western Journal, 2016-04-16: source "a Fox poll", cue "in", content "Cruz had 38 percent
    # support")
    c = claim_with(read(nlp, "In March, Cruz had 38 percent support in a Fox poll."), "Cruz had 38 percent")
    assert [(link.mention, cue(link)) for link in c.attribution.chain] == [("a Fox poll", "in")]
    # not on the subject: the voters in the poll say it; nor several polls: the author's race
    c = claim_with(read(nlp, "Forty percent of the voters in the Gazette poll were undecided."), "were undecided")
    assert c.attribution.chain == [], (c.text, names(c))
    c = claim_with(read(nlp, "Mayor Ortiz trails her rival in most surveys."), "trails her rival")
    assert c.attribution.chain == [], (c.text, names(c))


def test_sentence_opening_poll_phrase_on_a_noun_is_the_source_of_its_clause(nlp):
    # PolNeAR train, huff-post 2016-06-09 (Obama's endorsement), gold: source "the most recent
    # YouGov/Economist survey", cue "In", content "71 percent of Sanders supporters approved of
    # Obama, although they were less enthusiastic in their approval" (the parse hangs "In" on
    # "percent", a noun)
    r = read(nlp, "In the most recent YouGov/Economist survey, 71 percent of Sanders supporters approved of "
                  "Obama, although they were less enthusiastic in their approval.")
    c = claim_with(r, "71 percent of Sanders supporters approved")
    assert [(link.mention, cue(link)) for link in c.attribution.chain] == [
        ("the most recent YouGov/Economist survey", "in")], (c.text, names(c))
    assert types(c) == ["document"]


def test_sentence_opening_to_x_gives_x_s_view(nlp):
    # PolNeAR train, huff-post 2016-03-23 (how the Democratic elite…), gold: source "Frank", cue
    # "To", content "issues of racial and class justice get attention from Democrats so long as
    # they do not threaten existing benefits for the multicultural professional class, …"
    r = read(nlp, "To Frank, issues of racial and class justice get attention from Democrats so long as they "
                  "do not threaten existing benefits for the multicultural professional class.")
    c = claim_with(r, "issues of racial and class justice get attention")
    assert [(link.mention, cue(link)) for link in c.attribution.chain] == [("Frank", "to")], (c.text, names(c))
    assert not c.text.startswith("To")
    # PolNeAR train, wash-post 2016-02-21 (Oregon occupier), gold: source "many", cue "To",
    # content "Santilli is a provocateur, mouthpiece and broadcaster for the anti-government
    # patriot movement, …"; source "others", cue "to", content "he's a citizen journalist in
    # military attire who had no knowledge of the conflict until the day it started"
    r = read(nlp, "To many, Santilli is a provocateur, mouthpiece and broadcaster for the anti-government "
                  "patriot movement. But to others, he's a citizen journalist in military attire who had no "
                  "knowledge of the conflict until the day it started.")
    assert [(link.mention, cue(link)) for link in claim_with(r, "Santilli is a provocateur").attribution.chain] \
        == [("many", "to")]
    assert [(link.mention, cue(link)) for link in claim_with(r, "a citizen journalist").attribution.chain] \
        == [("others", "to")]
    # PolNeAR train, breitbart 2016-02-20: "To date" names no one (gold: no attribution of
    # the clause)
    c = claim_with(read(nlp, "To date, Clinton remains far ahead in the overall delegate count."), "remains far ahead")
    assert c.attribution.chain == [], (c.text, names(c))


def test_sentence_opening_under_a_law_is_its_source(nlp):
    # PolNeAR train, huff-post 2016-03-16 (Clinton wins Missouri), gold: source "Missouri law",
    # cue "Under", content "candidates trailing by less than 0.5 percent of votes cast have the
    # right to a recount"
    r = read(nlp, "Under Missouri law, candidates trailing by less than 0.5 percent of votes cast have the "
                  "right to a recount.")
    c = claim_with(r, "have the right to a recount")
    assert [(link.mention, cue(link)) for link in c.attribution.chain] == [("Missouri law", "under")]
    assert types(c) == ["document"]
    assert c.text.startswith("candidates trailing")


def test_the_acronym_of_an_according_to_source_is_no_content(nlp):
    # new-user trial (session 16), Wikinews 2020 no. 40: the claim began "WHO), …"
    r = read(nlp, "According to the World Health Organization (WHO), 167,515 cases were reported.")
    c = claim_with(r, "cases were reported")
    assert c.text == "167,515 cases were reported"
    assert [s.name for s in c.attribution.chain] == ["the World Health Organization"]


def test_according_to_which_takes_the_antecedent_as_source(nlp):
    # new-user trial (Wikinews): "Turkey and Libya signed a maritime border agreement, according to
    # which a section between Crete and Cyprus would cross the Turkish economic zone": the source
    # was "which" and the sentence one claim; the agreement says so, the signing is the author's
    r = read(nlp, T("Turkey and Libya signed a maritime border agreement, according to which a section "
                    "between Crete and Cyprus would cross the Turkish economic zone. The police "
                    "interviewed a witness, according to whom the car was red."))
    section = claim_with(r, "section between Crete")
    assert norm(section.text) == norm("a section between Crete and Cyprus would cross the Turkish economic zone")
    assert_single_source(section, "a maritime border agreement", cue_text="according to",
                         author_label="reported", author_value="Uu")
    signed = claim_with(r, "signed")
    assert norm(signed.text) == norm("Turkey and Libya signed a maritime border agreement")
    assert signed.attribution.chain == []
    assert names(claim_with(r, "car was red")) == ["a witness"]


def test_according_to_a_vision_is_a_manner_not_a_source(nlp):
    # FNC-1 273 (Reuters), new-user trial 8: the group reshapes the region after its vision of
    # Islam; the vision says nothing, so it is no link of any chain
    r = read(nlp, "U.S. President Barack Obama has vowed to \u201cdegrade and ultimately destroy\u201d "
                  "al-Baghdadi\u2019s group, which is seeking to reshape the Middle East according to its "
                  "radical vision of Islam.")
    assert not any("vision" in s.mention or s.cue.text == "according to" for c in r.claims
                   for s in c.attribution.chain)
    assert names(claim_with(r, "degrade")) == ["barack obama"]


def test_an_alleged_offer_is_the_documents_claim_not_the_offerers(nlp):
    # new-user trial (VOA story 42): "allegedly" relays the offer from the court documents;
    # the officials are the actors of the alleged event, no source
    r = read(nlp, "In 2018, officials allegedly offered to pay her relatives, according to court documents.")
    c = claim_with(r, "offered to pay her relatives")
    assert names(c) == ["court documents"] and c.factuality.label == "alleged"


def test_according_to_in_a_relative_clause_covers_only_that_clause(nlp):
    # Roque's statement is cited for the President's acceptance, not for the apology itself
    r = read(nlp, ABS_CBN)
    assert names(claim_with(r, "which the President accepted")) == ["presidential spokesperson harry roque"]
    assert claim_with(r, "Katigbak apologized").attribution.chain == []
