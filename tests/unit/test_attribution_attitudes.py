"""Attitude cues that are no reporting verbs (PolNeAR, PARC): a stance adjective after "be" ("is
worried that…", "are deeply skeptical of…", "was quick to condemn…"), an agent noun ("has been a
supporter of…"), a stance, speech-act or message noun ("The governor's argument that…", "Rubio's
response was that…"), and a feeling or view a verb shows or voices ("expressed concern that…"),
with the words PolNeAR counts in such a cue. Code under test: ``components/cue_rules/``
(adjectives, nouns, clausal), ``components/attribution/stances.py``. How the expected values
were decided: ``attribution_helpers``.
"""
from __future__ import annotations

import pytest

from attribution_helpers import cue
from conftest import claim_with, names, read


def test_stance_adjective_with_a_clause_attributes_it_to_the_holder(nlp):
    # The worry is the senator's: source the senator, cue "is worried".
    r = read(nlp, "Senator Dana Whitfield is worried that the clinic will close.")
    c = claim_with(r, "the clinic will close")
    assert names(c) == ["dana whitfield"], (c.text, names(c))
    assert cue(c.attribution.chain[0]).startswith("is worried")


def test_stance_adjective_with_a_prepositional_content(nlp):
    r = read(nlp, "Rural voters are deeply skeptical of the pipeline project.")
    c = claim_with(r, "the pipeline project")
    assert names(c) == ["rural voters"], (c.text, names(c))
    assert "skeptical" in cue(c.attribution.chain[0])


@pytest.mark.parametrize("text, source, cue_text, content", [
    # PolNeAR train wash-post_2016-09-04_growing-up-american-only-to-lear, gold: source "she",
    # cue "is terrified of", content "losing her job".
    ("Now 46 and living in California, she is terrified of losing her job.",
     "she", "is terrified of", "losing her job"),
    # PolNeAR train breitbart_2016-03-01_the-latest-sanders-wins-minnesot, gold: source "Republican
    # voters", cue "were more divided on", content "another major immigration issue, whether…".
    ("But Republican voters were more divided on another major immigration issue, whether to deport "
     "immigrants already in the country illegally or allow them to stay.",
     "republican voters", "were more divided on", "another major immigration issue"),
    # PolNeAR train huff-post_2016-02-12_the-democratic-primary-is-a-figh, gold: source "Sanders",
    # cue "was less shy about", content "Wall Street".
    ("But Sanders was less shy about Wall Street.", "sanders", "was less shy about", "Wall Street"),
])
def test_attitude_adjective_with_a_prepositional_content(nlp, text, source, cue_text, content):
    c = claim_with(read(nlp, text), content)
    assert names(c) == [source], (c.text, names(c))
    assert cue(c.attribution.chain[0]) == cue_text


@pytest.mark.parametrize("text, source, cue_text, content", [
    # PolNeAR train politico_2016-05-23_senate-candidates-stake-out-a-ra, gold: source "He", cue
    # "’s also supportive of", content "the state’s testing program" (typographic apostrophe).
    ("He’s also supportive of the state’s testing program.", "he", "’s also supportive of",
     "the state’s testing program"),
    # PolNeAR train politico_2016-02-29_democrats-draw-plan-to-shatter-t, gold: source "They",
    # cue "’re not enamored of", content "the NRA".
    ("They’re not enamored of the NRA.", "they", "’re not enamored of", "the NRA"),
])
def test_stance_adjective_after_a_contracted_copula(nlp, text, source, cue_text, content):
    c = claim_with(read(nlp, text), content)
    assert names(c) == [source], (c.text, names(c))
    assert cue(c.attribution.chain[0]) == cue_text


@pytest.mark.parametrize("text, source, cue_text, content", [
    # PolNeAR train breitbart_2016-05-12_trump-ryan-pledge-to-work-togeth, gold: source
    # "McConnell", cue "was quick to embrace", content "the mogul".
    ("McConnell was quick to embrace the mogul after he clinched the nomination.",
     "mcconnell", "was quick to embrace", "the mogul"),
    # PolNeAR train west-journal_2016-02-02_there-s-something-funny-about-hi, gold: source
    # "Readers of TheBlaze", cue "were quick to condemn", content "the outcome".
    ("Readers of TheBlaze were quick to condemn the outcome.",
     "readers of theblaze", "were quick to condemn", "the outcome"),
])
def test_readiness_adjective_takes_its_infinitive_verb_into_the_cue(nlp, text, source, cue_text, content):
    c = claim_with(read(nlp, text), content)
    assert names(c) == [source], (c.text, names(c))
    assert cue(c.attribution.chain[0]) == cue_text


def test_readiness_adjective_leaves_a_reported_clause_to_its_verb(nlp):
    # PolNeAR train huff-post_2016-06-17_trump-s-supporters-may-be-the-re, gold: source "Sexton",
    # cue "was quick to point out", content "that not all Trump supporters espoused such views…":
    # one report, Sexton's, with "point out" in its cue; no second one of "was quick".
    r = read(nlp, "Sexton was quick to point out that not all Trump supporters espoused such views.")
    c = claim_with(r, "not all Trump supporters espoused")
    assert names(c) == ["sexton"], (c.text, names(c))
    assert "point out" in cue(c.attribution.chain[0])
    assert not any("quick" in cue(link) for x in r.claims for link in x.attribution.chain)


def test_agent_noun_predicate_attributes_its_object_to_the_subject(nlp):
    # PolNeAR train nyt_2016-08-18_trump-hires-conservative-website, gold: source "Mr. Bannon",
    # cue "has been a supporter of", content "Mr. Trump's pugilistic instincts". The author
    # describes Bannon (CONVENTIONS.md: an empty chain, the author states it); the attribution
    # is Bannon's stance beside the claim, as for "The editorial is a rousing defense of X".
    r = read(nlp, "Mr. Bannon has been a supporter of Mr. Trump's pugilistic instincts, which the "
                  "candidate has made clear in interviews he is uncertain about suppressing.")
    c = claim_with(r, "pugilistic instincts")
    assert c.attribution.chain == []
    assert [(s.holder.text, s.cue.text, s.text) for s in c.stances] == [
        ("Mr. Bannon", "has been a supporter of", "Mr. Trump's pugilistic instincts")]


def test_agent_noun_predicate_with_a_time_is_no_stance(nlp):
    # "for years" says how long, not what is supported: the author states it.
    r = read(nlp, "Karen Smith has been a supporter for years.")
    assert claim_with(r, "a supporter for years").attribution.chain == []


def test_evaluative_adjective_with_a_dummy_subject_has_no_holder(nlp):
    # "It is certain that…" names nobody who is certain: the author states it.
    r = read(nlp, "It is certain that the bridge will reopen in June.")
    assert claim_with(r, "the bridge will reopen").attribution.chain == []


def test_a_supposed_attitude_under_a_modal_is_no_report(nlp):
    # VOA 2025-03-09 (voa-8004380): the author does not know whether Trump will be satisfied;
    # Trump voiced nothing here, so the chain is empty and the author's value unknown (Uu).
    r = read(nlp, "But it is unclear whether Trump will be satisfied enough with the Mexican and "
                  "Canadian efforts to drop the tariff increases next month.")
    c = claim_with(r, "Trump will be satisfied")
    assert c.attribution.chain == []
    assert (c.factuality.label, c.factuality.value) == ("unknown", "Uu")


def test_stance_noun_with_a_that_clause_is_its_holders_claim(nlp):
    # The clause is the governor's argument; what the argument did is the author's.
    r = read(nlp, "The governor's argument that taxes are too high failed to persuade the council.")
    c = claim_with(r, "taxes are too high")
    assert names(c) == ["governor"], (c.text, names(c))
    assert cue(c.attribution.chain[0]) == "argument"
    rest = claim_with(r, "failed to persuade")
    assert "taxes are too high" not in rest.text
    assert rest.attribution.chain == []


def test_stance_noun_subject_of_be_has_the_predicates_that_clause(nlp):
    # PolNeAR train, wash-post 2016-05-05 (gold: source "Sanders's", cue "argument", content the
    # that-clause): "X's argument was that…" reads as "X argued that…"
    r = read(nlp, "Sanders's argument on Sunday was that superdelegates should consider switching "
                  "their allegiance to him - particularly those from states that he won.")
    c = claim_with(r, "superdelegates should consider")
    assert names(c) == ["sanders"], (c.text, names(c))
    assert cue(c.attribution.chain[0]) == "argument"


def test_speech_act_noun_subject_of_be_has_the_predicates_that_clause(nlp):
    # PolNeAR train huff-post_2015-11-11_a-meaningful-exchange-actually-h, gold: source "Rubio’s",
    # cue "response was", content "that it’s unfair for the federal tax code…": "X's response
    # was that…" reads as "X responded that…"
    r = read(nlp, "Rubio’s response was that it’s unfair for the federal tax code to allow citizens to "
                  "write off the costs of investments in equipment or their business, without equivalent "
                  "write-offs for child care.")
    c = claim_with(r, "unfair for the federal tax code")
    assert names(c) == ["rubio"], (c.text, names(c))
    assert cue(c.attribution.chain[0]) == "response"


@pytest.mark.parametrize("text, source, cue_text, content", [
    # PolNeAR train breitbart_2016-02-20_the-latest-hillary-clinton-tells, gold: source "Hillary
    # Clinton’s", cue "campaign slogan is", content "“I’m with her.”" (a clause with no "that").
    ("Hillary Clinton’s campaign slogan is “I’m with her.” But now she wants voters to know that "
     "she’s with them.", "hillary clinton", "slogan", "I’m with her"),
    # PolNeAR train nyt_2016-02-20_for-pope-it-s-bigger-than-trump-, gold: source "Francis'",
    # cue "message is to call", content "on all Christians to be more Christian…" (an infinitive).
    ("Indeed, Francis' message is to call on all Christians to be more Christian, including members "
     "of the hierarchy of the Roman Catholic Church.", "francis", "message", "to be more Christian"),
])
def test_message_noun_subject_of_be_has_the_predicates_clause(nlp, text, source, cue_text, content):
    c = claim_with(read(nlp, text), content)
    assert names(c) == [source], (c.text, names(c))
    assert cue(c.attribution.chain[0]) == cue_text


def test_message_noun_in_a_quotation_is_left_to_the_quote(nlp):
    # PolNeAR train (nyt, 2016): no gold attribution of "My advice" inside the quotation; the
    # quotation is Cunningham's.
    r = read(nlp, "''My advice was not to do it,'' recalled James B. Cunningham, then ambassador to Israel.")
    assert not any(lk.cue.text == "advice" for c in r.claims for lk in c.attribution.chain)


def test_stance_noun_as_object_of_an_uttering_verb(nlp):
    r = read(nlp, "Mayor Lena Ortiz voiced confidence that the new bridge would open on time.")
    c = claim_with(r, "the new bridge would open")
    assert names(c) == ["lena ortiz"], (c.text, names(c))


# A verb of showing or voicing with a feeling or view for object (cue_rules.displayed_attitude):
# PolNeAR counts the noun in the cue. PolNeAR train gold: west-journal 2016-06-21 "hillary-
# clinton-accused-of-shock" (source "Byrne", cue "expressed concern", content "that Clinton may
# become the next president"); nyt 2015-11-09 "jobs-report-gives-democrats-a-li" (cue "sounded a
# cautious note about", content "the jobs report"); nyt 2016-05-19 "democrats-pressure-sanders-
# to-re" (source "Mr. Sanders's supporters", cue "showed no sign of", content "backing down").
EXPRESSED_CONCERN = ("In an earlier article from Western Journalism, Byrne expressed concern that Clinton "
                    "may become the next president.")
CAUTIOUS_NOTE = ("Bill McInturff, the Republican half of a bipartisan polling team for The Wall Street "
                "Journal and NBC News, sounded a cautious note about the jobs report.")
NO_SIGN = ("Mr. Sanders's supporters showed no sign of backing down on Tuesday.")
# PolNeAR train gold, breitbart 2015-12-04 "bellwether-county-says-trump-sho": a feeling with a
# possessor is a thing named, the content (cue "expressed", content "their support for Trump").
THEIR_SUPPORT = ("After the Republican mayor of Terre Haute, Duke Bennett, was elected, a celebratory "
                "event was held called Politics and Pies, at which virtually all the attendees "
                "expressed their support for Trump.")


@pytest.mark.parametrize("text, source, cue_text, content", [
    (EXPRESSED_CONCERN, "Byrne", "expressed concern", "that Clinton may become the next president"),
    (CAUTIOUS_NOTE, "Bill McInturff", "sounded a cautious note about", "the jobs report"),
    (NO_SIGN, "Mr. Sanders's supporters", "showed no sign of", "backing down"),
], ids=["expressed-concern", "sounded-a-note", "showed-no-sign"])
def test_a_shown_feeling_is_part_of_the_cue(nlp, text, source, cue_text, content):
    from newstrace.scoring import attributions_from_reading, span_text
    [a] = [a for a in attributions_from_reading(read(nlp, text)) if span_text(text, a.cue) == cue_text]
    assert span_text(text, a.source).startswith(source)
    assert span_text(text, a.content).startswith(content)


def test_a_feeling_with_a_possessor_stays_in_the_content(nlp):
    from newstrace.scoring import attributions_from_reading, span_text
    [a] = [a for a in attributions_from_reading(read(nlp, THEIR_SUPPORT))
           if "expressed" in span_text(THEIR_SUPPORT, a.cue)]
    assert span_text(THEIR_SUPPORT, a.cue) == "expressed"
    assert span_text(THEIR_SUPPORT, a.content).endswith("their support for Trump")


# An aspect verb's infinitive that is a cue itself is part of the cue (cue_rules.aspect_infinitive),
# and "known" takes its "for" (scoring.sourceless._cue_words). PolNeAR train gold: huff-post 2016-07-18
# "more-offensive-things-donald-tru" (source "Trump", cue "continued to portray", content
# "“illegal” immigrants as violent criminals"); usa-today 2016-07-15 "ginsburg-apologizes-for-
# trump-co" (no source, cue "is known for", content "Ginsburg … her liberal bent").
CONTINUED_TO_PORTRAY = ("On the same day of the SCOTUS deadlock, Trump continued to portray “illegal” "
                       "immigrants as violent criminals.")
KNOWN_FOR = ("Ginsburg is known for her liberal bent, but the comments created a firestorm because members "
            "of the Supreme Court generally avoid getting involved in presidential politics.")


@pytest.mark.parametrize("text, source, cue_text, content", [
    (CONTINUED_TO_PORTRAY, "Trump", "continued to portray", "“illegal” immigrants as violent criminals"),
    (KNOWN_FOR, "", "is known for", "Ginsburg … her liberal bent"),
], ids=["continued-to-portray", "known-for"])
def test_the_words_polnear_counts_in_a_cue(nlp, text, source, cue_text, content):
    from newstrace.scoring import attributions_from_reading, span_text
    [a] = [a for a in attributions_from_reading(read(nlp, text)) if span_text(text, a.cue) == cue_text]
    assert (span_text(text, a.source), span_text(text, a.content)) == (source, content)
