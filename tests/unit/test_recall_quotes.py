"""Recall (issue 3): speaker tags and quotations.

A speaker tag right against a quotation is its cue, whatever its verb: after it, before it,
inverted, cut off by the parser as a sentence of its own, after a quotation closing a nested one,
or hung by the parse on a verb inside the quotation; a verb before a scare quote is none, nor is
a participle after a quoted comma an inverted tag. "As X put it" leaves the quoted content;
quoted words the parse hung on the tag stay in it; a verbless sentence inside a quotation, or a
verbless quotation with a long tag, is the speaker's; a quotation after a report continues its
speaker; a quoted fragment of a reported clause keeps its reporter; a verb inside a quotation is
marked for the cue classifier. Code under test: ``components/quotes.py``,
``components/quote_pass.py``, ``components/parse_repairs/quotations.py``,
``components/cue_rules/classifier.py``. How the expected values were decided:
``attribution_helpers``.
"""
from __future__ import annotations

import pytest

from attribution_helpers import Texts, attributions as _attributions, by_cue as _by_cue
from conftest import claim_with, names, norm, read

T = Texts()


# ---------------------------------------------------------------------------------------------
# A speaker tag right against a quotation, whatever its verb.

TAG_AFTER = T("“Out, out, out!” the senator yelled.")
TAG_BEFORE = T("The senator yelled, “Get them out of here!”")
SCARE_QUOTE = T("The leak could cause “exceptionally grave damage” to the fleet.")


def test_tag_verb_after_a_quotation_is_the_cue(nlp):
    c = claim_with(read(nlp, TAG_AFTER), "Out, out, out")
    (src,) = c.attribution.chain
    assert norm(src.name) == "senator" and src.cue.text == "yelled"
    assert c.attribution.quote == "direct"


def test_tag_verb_before_a_quotation_is_the_cue(nlp):
    c = claim_with(read(nlp, TAG_BEFORE), "Get them out of here")
    (src,) = c.attribution.chain
    assert norm(src.name) == "senator" and src.cue.text == "yelled"


# PolNeAR train (breitbart 2016-07-27, huff-post 2016-06-22), each with its gold attribution:
# a speaker tag after a quotation's closing mark, which the parser cut off as a sentence of its own.
TAG_AFTER_STOP = T("The Republican nominee caused howls of outrage Wednesday, with a reference to "
                   "thousands of Clinton emails held on a private server that were deleted.\n\n"
                   "“Russia, if you’re listening, I hope you’re able to find the 30,000 emails that "
                   "are missing.” Trump said.\n")
TAG_AFTER_NESTED = T("“She said that ‘I know the difference between having the House and not having "
                     "the House, and I want the House so I’m going to do everything I can to help,’” "
                     "Rep. Jim McDermott (D-Wash.) said.\n")


def test_tag_after_a_closed_quotation_is_its_cue(nlp):
    # gold: source "Trump", cue "said", content the whole quotation
    c = claim_with(read(nlp, TAG_AFTER_STOP), "Russia, if you’re listening")
    (src,) = c.attribution.chain
    assert norm(src.name) == "trump" and src.cue.text == "said"
    assert c.attribution.quote == "direct"


def test_tag_after_a_quotation_closing_a_nested_one_is_its_cue(nlp):
    # gold: source "Rep. Jim McDermott (D-Wash.)", cue "said", content the quotation (which
    # holds her own report, "She said that ‘I know the difference…’")
    c = claim_with(read(nlp, TAG_AFTER_NESTED), "I know the difference")
    assert names(c)[0] == "jim mcdermott" and c.attribution.chain[0].cue.text == "said"


# PolNeAR train (politico 2016-01-05, wash-post 2016-03-29, huff-post 2016-01-19), each with
# its gold attribution: a speaker tag the parser read wrongly or the quotation check missed.
TAG_INVERTED = T("“Having access to the RNC file and two people who understand it is valuable,” said "
                 "Skelly, explaining he worked more closely with Chrabaszcz.\n")
TAG_INVERTED_OBJECT = T("\"The risk,\" said Edward Leamer, an economist who is the director of the UCLA "
                        "Anderson Forecast, \"is that we're going to be attracting workers and repelling "
                        "jobs.\"\n")
TAG_AFTER_NESTED_QUESTION = T("“When this came about and [Clinton] read about it, her immediate response "
                              "has been, ‘Let’s see what’s going on, and what can we do to help?’” "
                              "Renteria told reporters during Tuesday’s conference call.\n")


@pytest.mark.parametrize("text, phrase, mention, verb", [
    (TAG_INVERTED, "Having access to the RNC file", "Skelly", "said"),
    (TAG_INVERTED_OBJECT, "The risk", "Edward Leamer", "said"),
    (TAG_AFTER_NESTED_QUESTION, "her immediate response has been", "Renteria", "told"),
], ids=["name-read-as-adverb", "name-hung-on-the-quotation", "after-nested-question"])
def test_speaker_tag_after_a_quotation_is_its_cue(nlp, text, phrase, mention, verb):
    # gold: source the name after (or before) the verb, cue the verb, content the quotation
    c = claim_with(read(nlp, text), phrase)
    src = c.attribution.chain[0]
    assert src.mention == mention and src.cue.text == verb


def test_verb_before_a_scare_quote_is_no_tag(nlp):
    assert all(c.attribution.chain == [] for c in read(nlp, SCARE_QUOTE).claims)


# ---------------------------------------------------------------------------------------------
# A quotation the parse made one unit with its speaker tag: the tag leaves the content.

AS_PUT_IT = T("Or, as the admiral put it: “The pirates are no longer at the gate. They are "
              "inside.”")


def test_as_x_put_it_tag_leaves_the_quoted_content(nlp):
    reading = read(nlp, AS_PUT_IT)
    for phrase in ("pirates are no longer at the gate", "They are inside"):
        c = claim_with(reading, phrase)
        (src,) = c.attribution.chain
        assert norm(src.name) == "admiral" and src.cue.text.startswith("put")
    first = claim_with(reading, "pirates are no longer")
    assert "admiral" not in first.text and first.attribution.quote == "direct"


# ---------------------------------------------------------------------------------------------
# Quoted words the parse hung on the speaker tag stay in the quotation's content.

QUOTE_TAIL = T("''I am not a natural politician, in case you haven't noticed, like my husband or "
               "President Obama,'' Mrs. Clinton said in one of her debates.")


def test_quoted_words_under_the_tag_verb_stay_in_the_content(nlp):
    c = claim_with(read(nlp, QUOTE_TAIL), "not a natural politician")
    assert c.text.startswith("I am not a natural politician")
    assert c.text.rstrip(",'").endswith("President Obama")
    (src,) = c.attribution.chain
    assert src.cue.text == "said" and "Clinton" in src.mention


# ---------------------------------------------------------------------------------------------
# A quotation opening the sentence after a report continues that report's speaker.

AFTER_REPORT = T("The program was a “good thing” that yielded “useful information,” the governor "
                 "remarked. “And I think we ought to start it up again and not be naive.”")
AFTER_PARAGRAPH = T("The program was useful, the governor remarked.\n\nA rival called it a "
                    "failure. “And we will never start it up again, whatever the cost.”")


def test_quotation_after_a_report_continues_the_speaker(nlp):
    c = claim_with(read(nlp, AFTER_REPORT), "we ought to start it up")
    assert norm(c.attribution.chain[0].name) == "governor"
    assert c.attribution.chain[0].cue.text == "remarked"


def test_quotation_after_an_authors_sentence_gets_no_speaker_from_further_back(nlp):
    c = claim_with(read(nlp, AFTER_PARAGRAPH), "never start it up again")
    assert all(norm(lk.name) != "governor" for lk in c.attribution.chain)


# ---------------------------------------------------------------------------------------------
# A verbless sentence inside a quotation is part of the quoted content.

VERBLESS_IN_QUOTE = T("“It was a disaster. Absolutely no question about it. And it was during his "
                      "presidency,” the senator said.")
VERBLESS_LAST = T("The senator said: “It was during his presidency. What a disaster.”")


@pytest.mark.parametrize("text, phrase", [(VERBLESS_IN_QUOTE, "no question about it"),
                                          (VERBLESS_LAST, "What a disaster")],
                         ids=["inner", "last"])
def test_verbless_quoted_sentence_is_a_claim_of_the_speaker(nlp, text, phrase):
    c = claim_with(read(nlp, text), phrase)
    (src,) = c.attribution.chain
    assert norm(src.name) == "senator" and src.cue.text == "said"
    assert "said" not in c.text


# ---------------------------------------------------------------------------------------------
# A quoted fragment of a reported clause keeps the clause's reporter, not a nearer verb.

MIXED_FRAGMENT = T("Mr. Brandt assured his town's voters that the senator was ''made of steel,'' even if "
                   "she could not always show it.")


def test_a_quoted_fragment_of_a_report_keeps_its_reporter(nlp):
    claim = claim_with(read(nlp, MIXED_FRAGMENT), "made of steel")
    assert names(claim) == ["brandt"]
    assert claim.attribution.chain[0].cue.text == "assured"


def test_a_quoted_verb_is_marked_for_the_cue_classifier(nlp):
    # cue_rules.cue_features: "quoted" for a verb inside a quotation (mostly what a source
    # says, not a cue), not for the speaker tag's verb outside it
    from newstrace.components.cue_rules import cue_features

    doc = nlp("“We will rebuild the port,” Mayor Lena Ortiz said.")
    rebuild, said = (next(t for t in doc if t.text == w) for w in ("rebuild", "said"))
    assert "quoted" in cue_features(rebuild)
    assert "quoted" not in cue_features(said)


INVERTED_TAG_FRAGMENT = T('"He voted against every one of them. Every single amendment," said Ortiz, who had '
                          'written some of them.\n\nThe bill passed.')


def test_an_inverted_tag_after_a_quoted_fragment_names_the_speaker(nlp):
    # the parser makes the quoted "amendment" a second subject of "said": Ortiz speaks
    r = read(nlp, INVERTED_TAG_FRAGMENT)
    for phrase in ("He voted against every one of them", "Every single amendment"):
        c = claim_with(r, phrase)
        assert names(c) == [norm("Ortiz")] and c.attribution.chain[0].cue.text == "said"


# A speaker tag the parse hung on a verb inside the quotation, as that verb's content
# (quote_pass.free_tag). PolNeAR train, nyt_2015-11-10 (gold: source "he", cue "recalled",
# content the whole quotation, "I said" inside it) and wash-post_2016-06-27 (gold: "Sanders" /
# "told", "Bernie Sanders saying" inside the content).
RECALLED_I_SAID = T("In an interview last week, Mr. Hoenlein described the Jewish leaders' meeting with Mr. "
                    "Obama. ''I said, 'The lesson of history is there shouldn't be daylight between the two "
                    "countries because their enemies will exploit it,''' he recalled.")
TOLD_SANDERS_SAYING = T("\"It's not just Bernie Sanders saying, 'Oh, yes, just vote for Hillary Clinton,' \" "
                        "Sanders told CNN on Sunday.")


def test_a_speaker_tag_hung_on_a_quoted_verb_is_no_content_of_it(nlp):
    found = _attributions(nlp, RECALLED_I_SAID)
    recalled = _by_cue(found, "recalled")
    assert recalled[1] == "he" and "I said, 'The lesson of history" in recalled[2]
    assert not any(f[0] == "said" for f in found)
    found = _attributions(nlp, TOLD_SANDERS_SAYING)
    told = _by_cue(found, "told")
    assert told[1] == "Sanders" and "Bernie Sanders saying" in told[2]
    assert not any(f[0] == "saying" for f in found)


# A verbless quotation whose speaker tag runs on past its verb (quotes.tag_candidate counts the
# subject and the verb only). PolNeAR train nyt_2016-05-18 (gold: "Mrs. Clinton" / "said" /
# "''Jobs, jobs, jobs,''" and more quotations of later paragraphs).
JOBS_SAID_ON_SHOW = T("''Jobs, jobs, jobs,'' Mrs. Clinton said on ''The Late Show With Stephen Colbert'' last "
                      "month when asked what Mr. Clinton would do in the White House.")


def test_a_verbless_quotation_with_a_long_speaker_tag_is_the_speakers(nlp):
    found = _attributions(nlp, JOBS_SAID_ON_SHOW)
    said = _by_cue(found, "said")
    assert said[1] == "Mrs. Clinton" and said[2] == "''Jobs, jobs, jobs,''"


# A participle of report after a quoted comma is no inverted speaker tag: the subject after it
# is its content's (parse_repairs.restore_inverted_tag). PolNeAR train breitbart_2016-04-14
# (gold: "Donald Trump" / "saying" / "the city embodied the “bravery, heart and soul of
# America.”", and "Donald Trump" / "has delivered an impassioned defense of" / "“New York
# values,”").
DEFENSE_SAYING = T("Donald Trump has delivered an impassioned defense of “New York values,” saying the city "
                   "embodied the “bravery, heart and soul of America.”")


def test_a_participle_after_a_quoted_comma_keeps_the_sentences_speaker(nlp):
    cue, source, content = _by_cue(_attributions(nlp, DEFENSE_SAYING), "saying")
    assert source == "Donald Trump" and content.startswith("the city embodied")
    assert not any(f[1] == "the city" for f in _attributions(nlp, DEFENSE_SAYING))
