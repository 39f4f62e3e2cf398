"""Recall (issue 3): speaker labels and colon lead-ins.

A headline's speaker label is the source even where the parse read its verb as a noun or put it
in one unit with the label; a name and a colon before a quotation inside a paragraph label its
speaker, and a quotation's own label overrides its paragraph's; a time, "The Latest" or a
prepositional phrase before a colon is no source. A colon lead-in's source is its main clause's,
a clausal content in it stays one, and its block ends at the first unquoted paragraph or at a
paragraph that reports anew. Code under test: ``components/paragraph_pass.py``,
``components/quote_pass.py``. How the expected values were decided: ``attribution_helpers``.
"""
from __future__ import annotations

from attribution_helpers import Texts
from conftest import claim_with, names, norm, read
from newstrace.scoring import attributions_from_reading, span_text

T = Texts()


# ---------------------------------------------------------------------------------------------
# A colon lead-in paragraph: its source is the main clause's, and a content in it stays one.

LEAD_IN_SUBORDINATE = T("As the mayor lamented the closures, the governor took a moment to thank "
                        "the nurses:\n“You kept this state running through the worst winter in "
                        "memory.”")
LEAD_IN_CONTENT = T("Senator Ruth Ames pointed out that the budget ignored veterans:\n“Not one "
                    "line of it is for them, and they know it.”")


def test_lead_in_source_is_not_a_subordinate_clauses(nlp):
    c = claim_with(read(nlp, LEAD_IN_SUBORDINATE), "kept this state running")
    assert "mayor" not in names(c)


def test_lead_in_with_a_clausal_content_keeps_it(nlp):
    reading = read(nlp, LEAD_IN_CONTENT)
    c = claim_with(reading, "the budget ignored veterans")
    (name,) = names(c)
    assert name.endswith("ruth ames")
    assert c.attribution.chain[0].cue.text == "pointed out"
    (name,) = names(claim_with(reading, "Not one line"))
    assert name.endswith("ruth ames")


# ---------------------------------------------------------------------------------------------
# A headline with a speaker label: the label is the source even where the parse fails.

LABEL_NOUN_VERB = T("Poll: Mayor Ties Governor With Senator in a Three-Way Race\n\nThe mayor does "
                    "better than expected.")
LABEL_STRADDLE = T("Ruth Ames: Budget Deal ‘Defies Explanation,’ Needs More Scrutiny\n\nThe "
                   "senator spoke on Monday.")
LABEL_TIME = T("Update: 3 p.m.\n\nThe road is closed.")


def test_headline_label_gets_a_claim_when_the_verb_was_read_as_a_noun(nlp):
    c = claim_with(read(nlp, LABEL_NOUN_VERB), "Mayor Ties Governor")
    (src,) = c.attribution.chain
    assert src.mention == "Poll" and not c.text.startswith("Poll")


def test_headline_label_leaves_the_unit_it_was_parsed_into(nlp):
    c = claim_with(read(nlp, LABEL_STRADDLE), "Needs More Scrutiny")
    (src,) = c.attribution.chain
    assert src.mention == "Ruth Ames"
    assert c.text.startswith("Budget Deal")


def test_label_word_with_a_time_is_no_source(nlp):
    assert all(c.attribution.chain == [] for c in read(nlp, LABEL_TIME).claims)


# (Breitbart, 2016-03-01, the AP's "The Latest: Sanders wins Minnesota Democratic caucuses."): PolNeAR
# annotates no attribution in the headline; "The Latest" is the title of a running story, no source.
LABEL_LATEST = T("The Latest: Sanders wins Minnesota Democratic caucuses.\n\nWASHINGTON (AP) — The Latest on "
                 "campaign 2016 on Super Tuesday (all times Eastern Standard Time):")


def test_the_latest_is_no_source(nlp):
    text = LABEL_LATEST
    assert claim_with(read(nlp, text), "Sanders wins").attribution.chain == []
    assert all(span_text(text, a.cue) != ":" for a in attributions_from_reading(read(nlp, text)))


LABEL_PREPOSITION = T("Among the votes: the senator opposed the harbor bill in May.\n\n"
                      "The bill passed anyway.")


def test_a_prepositional_phrase_before_a_colon_is_no_source(nlp):
    c = claim_with(read(nlp, LABEL_PREPOSITION), "opposed the harbor bill")
    assert c.attribution.chain == []


# ---------------------------------------------------------------------------------------------
# A colon lead-in that introduces a quotation ends where the quotation does.

QUOTE_BLOCK = T("The admiral spoke at length. He said:\n\n“We cannot keep doing this. The fleet is "
                "too old.”\n\nThe admiral also visited the shipyard in Bergen on Tuesday.")


def test_quotation_block_ends_at_the_first_unquoted_paragraph(nlp):
    reading = read(nlp, QUOTE_BLOCK)
    assert claim_with(reading, "The fleet is too old").attribution.chain[0].cue.text == "said"
    assert claim_with(reading, "visited the shipyard").attribution.chain == []


# PolNeAR train (west-journal 2016-01-12): under a colon lead-in, a paragraph of the author's that
# reports anew ends the lead-in's block. Gold: "The movie mentions…" source "Hewitt", cue
# "writes"; the last claim source "He", cue "writes in the column".
LEAD_IN_THEN_REPORT = T(
    "According to conservative columnist Hugh Hewitt, one notable feature of the movie is who it "
    "lacks: President Barack Obama and previous Secretary of State Hillary Clinton.\n\n"
    "Hewitt writes:\n\n"
    "The movie mentions neither the president nor the then secretary of state by name, and no "
    "expressed argument is made as to what the two did or didn’t do to assist their embattled "
    "ambassador.\n\n"
    "He writes in the column that the “movie is simply and completely an indictment.”\n")


def test_a_paragraph_that_reports_anew_ends_a_lead_in_block(nlp):
    reading = read(nlp, LEAD_IN_THEN_REPORT)
    block = claim_with(reading, "The movie mentions neither").attribution.chain[0]
    assert block.mention == "Hewitt" and block.cue.text == "writes"
    (src,) = claim_with(reading, "simply and completely an indictment").attribution.chain
    assert src.mention == "He" and src.cue.text.startswith("writes")
    assert src.start_char == LEAD_IN_THEN_REPORT.index("He writes in")


# ---------------------------------------------------------------------------------------------
# A name and a colon before a quotation inside a paragraph label its speaker.

MID_LABEL = T("TURNOUT IS RISING AMONG THE YOUNG - Maria Ostrova: \u201cYoung voters are registering in "
              "record numbers. The trend has held for a year.\u201d")


def test_a_name_and_colon_before_a_quotation_mid_paragraph_is_its_speaker(nlp):
    reading = read(nlp, MID_LABEL)
    claim = claim_with(reading, "registering in record numbers")
    assert names(claim) == ["maria ostrova"]
    assert claim.attribution.chain[0].cue.text == ":"
    assert "RISING" not in claim.text
    assert names(claim_with(reading, "The trend has held")) == ["maria ostrova"]


TWO_LABELS = T('Ann Lee and Tom Ross reject the plan.\n\nLee: "Our goal is to stop the plan." '
               'Ross: "The task is to end the plan."')


def test_a_quotations_own_label_overrides_its_paragraphs_label(nlp):
    r = read(nlp, TWO_LABELS)
    assert names(claim_with(r, "Our goal is to stop the plan")) == [norm("Ann Lee")]
    ross = claim_with(r, "The task is to end the plan")
    assert names(ross) == [norm("Tom Ross")] and not ross.text.startswith("Ross")
