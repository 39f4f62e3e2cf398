"""Recall (issue 3): who the source of a cue is.

A reporting verb the parse left without a subject reports for the name before it, or for its
name when the parse made that name a clause or the verb a root of its own; a definite role ("the
minister") is the person named with that title; a pronoun is resolved by salience, gender and
centering. The subject of an infinitive is its controller; a participle reports for the noun or
the passive subject it hangs on; a gerund or an infinitive of purpose for the subject of the
clause it hangs on; the object of "led" or "permitted" for its infinitive; the copula's subject
for an adjective with an infinitive of saying. Code under test: ``components/speakers/``
(subjects, tags, pronouns, definites, participles), ``components/parse_repairs/`` (subjects,
conjuncts). How the expected values were decided: ``attribution_helpers``.
"""
from __future__ import annotations

import pytest

from attribution_helpers import Texts, attributions as _attributions
from conftest import claim_with, names, read

T = Texts()


# ---------------------------------------------------------------------------------------------
# A reporting verb the parser left without a subject: the name just before it.

STRANDED = T("But in a conference call with reporters on Dec. 2, Col. Maren H. Holt, a navy "
             "spokeswoman in Bergen, said, “I mean, the drill is a combat exercise.”")


def test_subjectless_said_takes_the_name_before_it(nlp):
    c = claim_with(read(nlp, STRANDED), "the drill is a combat exercise")
    (src,) = c.attribution.chain
    assert "Maren H. Holt" in src.mention and "Bergen" not in src.name
    assert src.cue.text == "said"


# ---------------------------------------------------------------------------------------------
# A gerund participle on a noun reports for that noun.

LETTER_ANNOUNCING = T("She received a certified letter announcing that she has been dropped from "
                      "the program.")


def test_participle_on_a_noun_has_the_noun_as_source(nlp):
    c = claim_with(read(nlp, LETTER_ANNOUNCING), "dropped from the program")
    (src,) = c.attribution.chain
    assert src.mention == "a certified letter" and src.cue.text == "announcing"


# ---------------------------------------------------------------------------------------------
# A definite role ("the minister") and a pronoun: the person they refer to.

ROLE_SPEAKERS = T("Pakistan said Sunday that talks with the lender are progressing well. Finance Minister "
                  "Muhammad Aurangzeb confirmed that Islamabad is negotiating a three-year loan program.\n\n"
                  "\u201cWe are making positive progress,\u201d the minister said.\n\n"
                  "Separately, Sen. Ted Cruz spoke in Houston. \u201cIt is a bad deal,\u201d the senator said. "
                  "\u201cWe will see,\u201d the spokesman said.")


def test_a_definite_role_speaker_is_the_person_named_with_that_title(nlp):
    # issue 3: role speakers resolved to the named entity they refer to; no spokesman is named
    reading = read(nlp, ROLE_SPEAKERS)
    minister = claim_with(reading, "positive progress").attribution.chain[0]
    assert (minister.mention, minister.name) == ("the minister", "Muhammad Aurangzeb")
    assert names(claim_with(reading, "bad deal")) == ["ted cruz"]
    spokesman = claim_with(reading, "We will see").attribution.chain[0]
    assert (spokesman.name, spokesman.type) == ("the spokesman", "unnamed official")


PRONOUN_SALIENCE = T("Walter Brandt said he expects Maria Ostrova to fully recover from her illness. "
                     "But he said the party would be mistaken to proceed without a plan.")
PRONOUN_GENDER = T("Mrs. Ilse Varga met Mr. Tomas Berg on Monday. She said the talks went well.")


def test_he_is_the_subject_before_not_the_nearest_name(nlp):
    # salience (Lappin & Leass 1994): the main-clause subject "Walter Brandt", not the nearer
    # "Maria Ostrova", who is the subject of a clause inside the first sentence
    reading = read(nlp, PRONOUN_SALIENCE)
    assert names(claim_with(reading, "the party would be mistaken")) == ["walter brandt"]


def test_she_skips_a_man_named_with_mr(nlp):
    assert names(claim_with(read(nlp, PRONOUN_GENDER), "the talks went well")) == ["ilse varga"]


PRONOUN_FRONTED = T("Senator Ruth Ames is endorsing Walter Brandt's campaign for governor, she announced on Friday.")


def test_she_after_a_fronted_content_is_its_subject(nlp):
    c = claim_with(read(nlp, PRONOUN_FRONTED), "is endorsing")
    assert names(c) == ["ruth ames"]


PRONOUN_CHAIN = T("Walter Brandt said the plan was late. He added a note of caution, should Maria Ostrova "
                  "return to the trail too soon.\n\n"
                  "\u201cIf Maria Ostrova returns too soon, it might happen again,\u201d he said.")


def test_he_follows_the_previous_he_and_skips_a_name_quoted(nlp):
    # centering: the previous sentence's subject "He" (Brandt) carries on; the name inside the
    # quotation is not its speaker
    c = claim_with(read(nlp, PRONOUN_CHAIN), "it might happen again")
    assert names(c) == ["walter brandt"], (c.text, names(c))


# ---------------------------------------------------------------------------------------------
# The subject of an infinitive is its controller ("tried to rebuke the governor": the senator).

CONTROLLED = T("The senator again tried to rebuke the governor.")


def test_an_infinitive_takes_its_controllers_subject(nlp):
    claim = claim_with(read(nlp, CONTROLLED), "rebuke the governor")
    assert [(s.holder.text, s.cue.text, s.text) for s in claim.stances] == \
        [("The senator", "to rebuke", "the governor")]


# ---------------------------------------------------------------------------------------------
# A participle on a passive clause reports for the passive subject.

PASSIVE_PARTICIPLE = T("A lawsuit was filed in May alleging that the city had ignored the warnings.")


def test_a_participle_on_a_passive_clause_has_the_passive_subject_as_source(nlp):
    claim = claim_with(read(nlp, PASSIVE_PARTICIPLE), "had ignored the warnings")
    assert names(claim) == ["a lawsuit"]
    assert claim.attribution.chain[0].cue.text == "alleging"


# ---------------------------------------------------------------------------------------------
# A gerund after a subordinator reports for the subject of the clause it hangs on.

SINCE_ANNOUNCING = T("Since announcing in May that she would not run, the senator has backed her rival.")


def test_a_gerund_after_since_reports_for_the_main_subject(nlp):
    assert names(claim_with(read(nlp, SINCE_ANNOUNCING), "she would not run")) == ["senator"]


# ---------------------------------------------------------------------------------------------
# The object of a verb of causing or asking is the subject of its infinitive.

LED_TO_ANNOUNCE = T("The scandal led the chairwoman to announce that she would resign.")


def test_the_object_of_led_is_the_speaker_of_the_infinitive(nlp):
    claim = claim_with(read(nlp, LED_TO_ANNOUNCE), "she would resign")
    assert names(claim) == ["chairwoman"]
    assert claim.attribution.chain[0].cue.text == "to announce"


def test_the_object_of_permitted_is_the_subject_of_the_infinitive(nlp):
    # PolNeAR train (wash-post, 13 July 2016): gold source "Judicial Watch", cue "depose"
    from newstrace.components.speakers import subject_of
    doc = nlp("U.S. District Judge Emmet G. Sullivan of Washington this spring permitted Judicial Watch to "
              "depose seven current and former Clinton and State Department aides about the email setup.")
    depose = next(t for t in doc if t.text == "depose")
    assert subject_of(depose).text == "Watch"


# ---------------------------------------------------------------------------------------------
# An adjective with an infinitive of saying: the copula's subject speaks.

@pytest.mark.parametrize("text, content, source, cue", [
    ("Governor Lena Ortiz is likely to say that the budget will pass.", "the budget will pass",
     "lena ortiz", "to say"),
    ("The mayor was quick to point out that the bridge had reopened.", "the bridge had reopened",
     "mayor", "to point out"),
])
def test_adjective_with_an_infinitive_of_saying_has_the_copulas_subject(nlp, text, content, source, cue):
    c = claim_with(read(nlp, text), content)
    assert names(c) == [source]
    assert c.attribution.chain[0].cue.text == cue


@pytest.mark.parametrize("text", ["Whether the budget will pass is hard to say.",
                                  "The race remained too close to call."])
def test_a_clausal_subject_or_degree_phrase_says_nothing(nlp, text):
    assert all(c.attribution.chain == [] for c in read(nlp, text).claims)


def test_an_adjectives_report_nests_under_the_frame_of_its_copula(nlp):
    c = claim_with(read(nlp, "Analysts say the governor is likely to argue that rates should rise."),
                   "rates should rise")
    assert names(c)[0] == "analysts"


def test_an_infinitive_report_with_an_object_is_its_controllers_report(nlp):
    # "attempted to portray X as Y": the subject of "attempted" portrays; a copula with an
    # adjective ("it is hard to describe…") reports nothing
    r = read(nlp, "Mayor Ilse Brandt attempted to portray the ferry plan as a giveaway. "
                  "It is hard to describe the ferry plan.")
    chain = claim_with(r, "portray the ferry plan").attribution.chain
    assert [(s.name, s.cue.text) for s in chain] == [("Ilse Brandt", "attempted to portray")]
    assert claim_with(r, "hard to describe").attribution.chain == []


def test_an_infinitive_of_purpose_reports_for_the_subject_of_its_verb(nlp):
    # "appeared before reporters to discuss X": the mayor discusses X, the appearance is the
    # author's; a stance in such an infinitive is the subject's too
    r = read(nlp, "Mayor Ilse Brandt appeared before reporters to discuss the ferry budget. "
                  "Senator Paul Quist went on local radio to defend the toll.")
    assert claim_with(r, "appeared before reporters").attribution.chain == []
    chain = claim_with(r, "discuss the ferry budget").attribution.chain
    assert [(s.name, s.cue.text) for s in chain] == [("Ilse Brandt", "to discuss")]
    st = claim_with(r, "went on local radio").stances
    assert [(s.holder.name, s.text) for s in st] == [("Paul Quist", "the toll")]


def test_an_infinitive_of_purpose_has_no_source_when_its_subject_is_no_one(nlp):
    # a levy takes no stance, nor gives a report
    r = read(nlp, "The levy raised money to support the ferry plan and to discuss the budget.")
    assert [s.name for c in r.claims for s in c.attribution.chain] == []
    assert [s.holder.name for c in r.claims for s in c.stances] == []


# PolNeAR train, gold (source, cue, content) in the comments; a subject the parse gives the
# report verb only through the clause it hangs on (speakers.subject_of).
# nyt_2016-01-19: "Tom Emanuel" / "say" / "he was leaning toward supporting Mr. Trump, whose
# dynamism and contrarian nature he admired"
PURPOSE_WITH_CLAUSE = ("Recently, Tom Emanuel of Laconia, N.H., stood at a Bush event here to say he was "
                       "leaning toward supporting Mr. Trump, whose dynamism and contrarian nature he admired.")
# breitbart_2016-04-12: "Ramos" / "used his acceptance speech to call for" / "the resignation of
# President Enrique Pena Nieto"
USED_TO_CALL = ("Ramos used his acceptance speech to call for the resignation of President Enrique Pena Nieto, "
                "but his battles with Trump have garnered more headlines.")
# breitbart_2015-11-19: "Judge Berman" / "Having announced" / "that he would not send me to prison"
HAVING_ANNOUNCED = ("Having announced that he would not send me to prison, Judge Berman proceeded to hand down "
                    "his sentence.")
# wash-post_2015-12-12: "Trump" / "denouncing" / "the mainstream media"
AGGRESSIVE_IN = ("At the same time, Trump has been the most aggressive in the Republican field in denouncing the "
                 "mainstream media, the erstwhile arbiter of fact.")


def test_an_infinitive_of_purpose_with_a_clause_reports_for_the_subject_of_its_verb(nlp):
    found = {f[0]: f for f in _attributions(nlp, PURPOSE_WITH_CLAUSE)}
    cue, source, content = found["to say"]
    assert source.startswith("Tom Emanuel")
    assert content == "he was leaning toward supporting Mr. Trump, whose dynamism and contrarian nature he admired"


def test_using_something_to_report_is_the_users_report(nlp):
    found = [f for f in _attributions(nlp, USED_TO_CALL) if "call for" in f[0]]
    assert [f[1:] for f in found] == [("Ramos", "the resignation of President Enrique Pena Nieto")]


def test_a_fronted_perfect_participle_reports_for_the_main_subject(nlp):
    found = {f[0]: f for f in _attributions(nlp, HAVING_ANNOUNCED)}
    assert found["Having announced"][1:] == ("Judge Berman", "that he would not send me to prison")


def test_a_gerund_after_an_adjective_and_preposition_is_the_subjects(nlp):
    found = {f[0]: f for f in _attributions(nlp, AGGRESSIVE_IN)}
    assert found["denouncing"][1:] == ("Trump", "the mainstream media")


# A source the parse took, with the relative clause after it, for a clause before the reporting
# verb (speakers.tags._clause_subject). PolNeAR train nyt_2016-06-03, gold: "Mr. Slinker" / "said" /
# "Mr. Trump was a candidate very much in the spirit of Silicon Valley…".
SUBJECT_AS_CLAUSE = T("Mr. Slinker, whose latest start-up, Paradata, uses big data to help brands find "
                      "suppliers, said Mr. Trump was a candidate very much in the spirit of Silicon Valley.")


def test_a_source_parsed_as_a_clause_before_the_verb_is_its_subject(nlp):
    claim = claim_with(read(nlp, SUBJECT_AS_CLAUSE), "Silicon Valley")
    assert claim.text == "Mr. Trump was a candidate very much in the spirit of Silicon Valley"
    assert names(claim) == ["slinker"]
    assert claim.attribution.chain[0].cue.text == "said"
    assert claim_with(read(nlp, SUBJECT_AS_CLAUSE), "uses big data").attribution.chain == []


# A finite verb the parse left without a subject (parse_repairs.restore_verb_root and
# restore_participle_subject set the tree right; speakers.tags._stranded_subject). PolNeAR train, gold source / cue / content: huff-post_2016-06-02 "Two
# military analysts, Patrick Megahan and Chris Harman," / "found" / "that the Israeli Air Force is
# …"; politico_2016-05-23 "Beruff, a Scott ally," / "called" / "Florida’s standards “strong.”";
# breitbart_2016-03-15 "Majorities of Democrats in five states going to the polls Tuesday" / "say"
# / "they would be satisfied with both candidates as the nominee"; nyt_2016-04-23
# "the campaign chief, Paul Manafort," / "bluntly suggested" / "that the candidate's incendiary
# style amounted to an act"; huff-post_2015-11-20 "Donald Trump" / "tweeted on Friday to say" /
# "he had never suggested the U.S. should use a database to track Muslims" (an infinitive of
# purpose on such a verb, speakers.subjects._purpose_controller).
ROOT_NAME_FOUND = T("Two military analysts, Patrick Megahan and Chris Harman, found in 2014 that the Israeli Air "
                    "Force is “the best in the world“ and Israeli ground forces are “the best in the Middle East.”")
ROOT_NAME_CALLED = T("Beruff, a Scott ally, called Florida’s standards “strong.”")
ROOT_PARTICIPLE = T("Majorities of Democrats in five states going to the polls Tuesday say they would be "
                    "satisfied with both candidates as the nominee.")
ROOT_NAME_TO_SAY = T("Donald Trump, who is vying to be the next president, tweeted on Friday to say he had never "
                     "suggested the U.S. should use a database to track Muslims.")
ADVERB_BEFORE = T("Addressing about 100 committee members at the spring meeting here, many of them deeply "
                  "skeptical about Mr. Trump's candidacy, the campaign chief, Paul Manafort, bluntly suggested "
                  "that the candidate's incendiary style amounted to an act.")


@pytest.mark.parametrize("text, phrase, source, cue, label", [
    # "found that X" presents X as fact, as "confirmed that X" does (CONVENTIONS: asserted)
    (ROOT_NAME_FOUND, "the Israeli Air Force is", "Two military analysts", "found", "asserted"),
    (ROOT_NAME_CALLED, "Florida’s standards", "Beruff", "called", "reported"),
    (ROOT_PARTICIPLE, "satisfied with both candidates", "Majorities of Democrats", "say", "reported"),
    (ROOT_NAME_TO_SAY, "use a database to track Muslims", "Donald Trump", "to say", "reported"),
    (ADVERB_BEFORE, "incendiary style amounted to an act", "Paul Manafort", "suggested", "reported"),
])
def test_a_verb_the_parse_left_without_a_subject_reports_for_its_name(nlp, text, phrase, source, cue, label):
    claim = claim_with(read(nlp, text), phrase)
    (src,) = claim.attribution.chain
    assert source in src.mention and cue in src.cue.text
    assert claim.factuality.label == label
