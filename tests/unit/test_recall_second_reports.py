"""Recall (issue 3): a second report beside or inside a report.

A report embedded in another claim's clause (a question in a "when" clause, a report in an "after"
clause, a restrictive "who said") gets a unit and a source of its own. A reporting verb
coordinated with the first, a second verb of report hung on the content, an "and" clause reporting
with "she" or "they", a participle of report after a report, a report or stance in a relative
clause set off in the content, a poll share "who say" something, an "as" clause act: each is the
speaker's own report, no part of the first one's content. A clause with a cue of its own inside a
content nests under the reporter, as does a conjunct with a named subject; a report inside an
"according to" source phrase is not cited for that phrase, and a relative clause set off on the
topic of "referring to" is the author's gloss. Code under test: ``components/claims/`` (reports,
relatives, heads, adverbials), ``components/embedded.py``, ``components/attribution/``
(inheritance). How the expected values were decided: ``attribution_helpers``.
"""
from __future__ import annotations

import pytest

from attribution_helpers import Texts, attributions as _attributions, by_cue as _by_cue
from conftest import claim_with, names, norm, read
from newstrace.scoring import attributions_from_reading, span_text

T = Texts()


# ---------------------------------------------------------------------------------------------
# A report embedded in another claim's clause gets a unit and a source of its own.

EMBEDDED_WHEN = T("When a reporter asked whether the plant would close, the manager smiled.")
EMBEDDED_AFTER = T("The union walked out after the manager announced that the plant would close "
                   "in May.")
EMBEDDED_NO_SOURCE = T("When asked whether the plant would close, the manager smiled.")
RESTRICTIVE_WHO = T("Voters who said they would back the levy outnumbered its critics two to one.")


def test_question_in_a_when_clause_is_the_askers(nlp):
    reading = read(nlp, EMBEDDED_WHEN)
    c = claim_with(reading, "the plant would close")
    assert names(c) == ["a reporter"] or names(c) == ["reporter"]
    assert c.attribution.chain[0].cue.text == "asked"
    assert "manager smiled" not in c.text
    # the main clause is the author's: the question is no aside on it
    assert claim_with(reading, "the manager smiled").attribution.chain == []


def test_report_in_an_after_clause_is_the_reporters(nlp):
    reading = read(nlp, EMBEDDED_AFTER)
    c = claim_with(reading, "the plant would close")
    assert names(c) == ["manager"]
    assert "walked out" not in c.text
    assert claim_with(reading, "union walked out").attribution.chain == []


def test_question_with_no_asker_has_no_source(nlp):
    reading = read(nlp, EMBEDDED_NO_SOURCE)
    assert all(c.attribution.chain == [] for c in reading.claims)


def test_restrictive_relative_source_is_the_noun(nlp):
    c = claim_with(read(nlp, RESTRICTIVE_WHO), "would back the levy")
    (src,) = c.attribution.chain
    assert src.mention == "Voters"
    assert src.cue.text == "said"


# ---------------------------------------------------------------------------------------------
# A reporting verb coordinated with another one, hung by the parse on the first's content.

COORD_LOW = T("The mayor said the budget was balanced and insisted that taxes would not rise.")
COORD_NAMED = T("The mayor said Smith lied and admitted that taxes would rise.")


def test_coordinated_report_is_the_first_speakers_own(nlp):
    c = claim_with(read(nlp, COORD_LOW), "taxes would not rise")
    (src,) = c.attribution.chain
    assert norm(src.name) == "mayor" and src.cue.text == "insisted"


def test_conjunct_with_a_named_subject_stays_nested(nlp):
    # "said Smith lied and admitted…": Smith admitted it, as the mayor reports
    c = claim_with(read(nlp, COORD_NAMED), "taxes would rise")
    assert names(c) == ["mayor", "smith"]


# ---------------------------------------------------------------------------------------------
# A clause with a cue of its own inside a reported content nests under the reporter.

NESTED_OWN_CUE = T("The director said he took the job only because the studio agreed to pay for the sets.")


def test_a_cue_inside_a_reported_clause_nests_under_the_reporter(nlp):
    reading = read(nlp, NESTED_OWN_CUE)
    assert names(claim_with(reading, "studio agreed")) == ["director", "studio"]
    assert names(claim_with(reading, "took the job")) == ["director"]


NESTED_TALK_ABOUT = T("Former staff said the manager graded the players by their speed and talked "
                      "about which ones he would sell.")
NESTED_BECAUSE_CUE = T("The director said he was not worried about the audit because he doubted the "
                       "auditors would find anything.")
SECOND_REPORT_AND = T("Mayor Ruth Vance said she makes $41,000 a year and questioned how the plan "
                      "would help her.")
SECOND_REPORT_ADDING = T("Commander Ortiz said the bridge was safe, adding that engineers would "
                         "inspect it on Monday.")


def test_a_report_framed_inside_a_reported_content_nests_under_the_reporter(nlp):
    # the staff said the manager talked about it: [staff, manager]; the director said he
    # doubted it: the director's own report, [director] with the cue "said"
    assert names(claim_with(read(nlp, NESTED_TALK_ABOUT), "he would sell")) == ["former staff", "manager"]
    c = claim_with(read(nlp, NESTED_BECAUSE_CUE), "auditors would find")
    assert names(c) == ["director"]
    assert c.attribution.chain[0].cue.text == "said"


@pytest.mark.parametrize("text, phrase, speaker, cue_text", [
    (SECOND_REPORT_AND, "how the plan would help", "ruth vance", "questioned"),
    (SECOND_REPORT_ADDING, "engineers would inspect", "ortiz", "adding"),
])
def test_a_second_report_of_the_same_speaker_stays_its_own(nlp, text, phrase, speaker, cue_text):
    # "X said A and questioned B", "X said A, adding B": X's second report, not one inside A
    c = claim_with(read(nlp, text), phrase)
    assert names(c) == [speaker]
    assert c.attribution.chain[0].cue.text == cue_text


# "said A and she accused B": a clause after "and" with a pronoun subject and a verb of its own
# is a second report.

AND_SHE_ACCUSED = T("WASHINGTON (Reuters) - U.S. Democratic presidential candidate Hillary Clinton said Russian "
                    "intelligence services hacked into Democratic National Committee computers and she accused "
                    "Republican contender Donald Trump of showing support for Russian President Vladimir Putin.")
AND_THEY_REJECTED = T("Aides said Mr. Clinton's role would be narrowly defined to focus on hard-hit areas of the "
                      "country, such as the Rust Belt, and they rejected any implication that Mrs. Clinton would "
                      "outsource a central part of her administration to her spouse.")


@pytest.mark.parametrize("text,second_source,second_cue,first_content", [
    (AND_SHE_ACCUSED, "she", "accused",
     "Russian intelligence services hacked into Democratic National Committee computers"),
    (AND_THEY_REJECTED, "they", "rejected any implication that",
     "Mr. Clinton's role would be narrowly defined to focus on hard-hit areas of the country, such as the Rust Belt,")])
def test_an_and_clause_reporting_with_he_she_they_is_a_second_report(nlp, text, second_source, second_cue,
                                                                      first_content):
    # PolNeAR train gold (huff-post 2016-07-31 "clinton-says-russians-hacked-dnc", nyt 2016-05-18
    # "clinton-hints-at-husband-s-job-r"): two attributions, the first "said" with the clause
    # before "and" for content, the second with the pronoun for source and its own verb as cue
    # (the gold cue, which may run on over the verb's object; the content's edge comma aside).
    reading = read(nlp, text)
    attrs = attributions_from_reading(reading)
    spans = [(span_text(text, a.source), span_text(text, a.cue), span_text(text, a.content)) for a in attrs]
    assert spans[0][1:] == ("said", first_content.rstrip(",")), spans
    assert len(spans) == 2 and spans[1][0] == second_source and second_cue.startswith(spans[1][1]), spans


# ---------------------------------------------------------------------------------------------
# A second verb of report that the parse hung on the reported clause ("said the plan would
# cost jobs, and called it reckless") is the speaker's own report, no part of the first.

SAID_AND_CALLED = T("Senator Ruth Ames said the levy would cost jobs in the port, and called it "
                    "\"a reckless gamble.\"")
SAID_AND_PREDICTED = T("The mayor said the bridge is safe and predicted that traffic would return.")
SAID_SMITH_ADMITTED = T("The mayor said the contractor had lied and had admitted the error.")


def test_a_second_report_hung_on_the_content_is_the_speakers(nlp):
    reading = read(nlp, SAID_AND_CALLED)
    first = claim_with(reading, "would cost jobs")
    assert first.text == "the levy would cost jobs in the port"
    assert names(first) == ["ruth ames"] and first.attribution.chain[0].cue.text == "said"
    second = claim_with(reading, "called it")
    assert names(second) == ["ruth ames"] and second.attribution.chain[0].cue.text == "called"


def test_a_second_verb_of_report_has_the_first_speaker(nlp):
    claim = claim_with(read(nlp, SAID_AND_PREDICTED), "traffic would return")
    assert names(claim) == ["mayor"]
    assert claim.attribution.chain[0].cue.text == "predicted"


def test_a_conjunct_in_the_reported_tense_stays_in_the_content(nlp):
    # "had lied and had admitted": the contractor's acts, both in what the mayor said
    claim = claim_with(read(nlp, SAID_SMITH_ADMITTED), "admitted the error")
    assert claim.attribution.chain[0].cue.text == "said"


def test_a_report_inside_the_source_phrase_is_not_attributed_to_that_phrase(nlp):
    # "according to a new survey that shows X": X is what the survey shows, not something the
    # phrase "a new survey that shows X" is cited for ("according to")
    r = read(nlp, "The levy would pass easily, according to a new survey that shows most residents "
                  "favor the plan.")
    shown = claim_with(r, "most residents favor the plan").attribution.chain
    assert [(s.name, s.cue.text) for s in shown] == [("a new survey", "shows")]
    outer = claim_with(r, "levy would pass").attribution.chain
    assert [s.cue.text for s in outer] == ["according to"]


# ---------------------------------------------------------------------------------------------
# A participle of report after a report is the subject's own second report, not part of the
# first one's content: set off by a comma inside the closing quotation marks, or hung by the
# parse on the reported clause. PolNeAR gold, first annotator.

# (New York Times, 2016-05-09, "American admiral rattles Beijing…"): source "He", cue "has
# called", content "China ''provocative and expansionist,''"; source "He", cue "accusing",
# content "it of ''creating a Great Wall of sand'' and ''clearly militarizing'' the disputed
# waters of the Western Pacific".
ACCUSING_AFTER_QUOTE = T("He has called China ''provocative and expansionist,'' accusing it of ''creating a Great "
                         "Wall of sand'' and ''clearly militarizing'' the disputed waters of the Western Pacific.")
# (Washington Post, 2016-01-16, "Ex-CIA chief in Benghazi breaks…"): source "He", cue "said",
# content 'that is a "distortion,"'; source "He", cue "describing", content "the security team
# as highly accomplished".
DESCRIBING_AFTER_QUOTE = T('He said that is a "distortion," describing the security team as highly accomplished.')
# (Breitbart, 2016-05-04, "Ann Coulter: And then there was Trump"): source "Trump", cue "told",
# content 'that Mitt Romney “had a crazy policy of self-deportation which was maniacal,”';
# source "Trump", cue "adding", content the second quotation.
ADDING_AFTER_REPORT = T("To wit, Trump told Newsmax that Mitt Romney “had a crazy policy of self-deportation which "
                        "was maniacal,” adding, “He lost all of the Latino vote … he lost everybody who is inspired "
                        "to come into this country.”")
# (Breitbart, 2016-04-14, "The Latest: Trump delivers defense…"): source "Trump", cue "said",
# content "things “should be wrapped up by Cleveland,”"; source "Trump", cue "referring to",
# content "the party’s July convention".
REFERRING_AFTER_REPORT = T("Trump said things “should be wrapped up by Cleveland,” referring to the party’s July "
                           "convention, where Republicans will select a nominee.")


def test_a_report_participle_after_a_quoted_comma_is_a_report_of_its_own(nlp):
    found = {f[0]: f for f in _attributions(nlp, ACCUSING_AFTER_QUOTE)}
    assert found["has called"][1:] == ("He", "China ''provocative and expansionist,''")
    cue, source, content = found["accusing"]
    assert source == "He"
    assert ("it of ''creating a Great Wall of sand'' and ''clearly militarizing'' the disputed waters of the "
            "Western Pacific").startswith(content) and "creating" in content
    assert ("describing", "He", "the security team as highly accomplished") in _attributions(nlp, DESCRIBING_AFTER_QUOTE)
    assert ("said", "He", 'that is a "distortion,"') in _attributions(nlp, DESCRIBING_AFTER_QUOTE)


def test_a_report_participle_on_a_reported_clause_is_the_reporters(nlp):
    found = {f[0]: f for f in _attributions(nlp, ADDING_AFTER_REPORT)}
    assert found["told"][1:] == ("Trump", "that Mitt Romney “had a crazy policy of self-deportation which was "
                                          "maniacal,”")
    assert found["adding"][1:] == ("Trump", "“He lost all of the Latino vote … he lost everybody who is inspired "
                                            "to come into this country.”")
    found = {f[0]: f for f in _attributions(nlp, REFERRING_AFTER_REPORT)}
    assert found["said"][1:] == ("Trump", "things “should be wrapped up by Cleveland,”")
    assert found["referring to"][1] == "Trump"
    assert found["referring to"][2].startswith("the party’s July convention")


# A relative clause with a report or stance of its own subject, on a noun set off in a reported
# content, is its subject's attribution and no part of the content (claims.set_off_report).
# PolNeAR train, gold (source, cue, content) in the comments.
# breitbart_2016-05-25: "Marcel Lazăr Lehel, …" / "stated" / "that he had access to … email server";
# "he" / "described" / "which … as “like an open orchid.”"
DESCRIBED_IN_RELATIVE = T("Marcel Lazăr Lehel, the hacker known as “Guccifer,” stated that he had access to "
                          "Democratic presidential candidate former Secretary of State Hillary Clinton’s email "
                          "server, which he described as “like an open orchid.”")
# politico_2016-02-10: "Sources" / "told" / "that she did chime in and the conversation flowed both
# ways"; "Feinstein" / "also acknowledged" / "a point"
POINT_ACKNOWLEDGED = T("Sources told POLITICO, however, that she did chime in and the conversation flowed both "
                       "ways, a point Feinstein also acknowledged to Bloomberg.")
# nyt_2016-02-18: "He" / "dismissed" / "ideological labels altogether"; "the 10,000 people in the
# arena" / "endorsed" / "a sentiment"
SENTIMENT_ENDORSED = T("He dismissed ideological labels altogether, a sentiment endorsed by the 10,000 people "
                       "in the arena, who thundered their approval over and over.")


def test_a_report_in_a_set_off_relative_clause_is_its_subjects_own(nlp):
    found = _attributions(nlp, DESCRIBED_IN_RELATIVE)
    assert _by_cue(found, "stated")[1].startswith("Marcel Lazăr Lehel")
    assert _by_cue(found, "stated")[2].endswith("Hillary Clinton’s email server")
    assert _by_cue(found, "described")[1] == "he" and "“like an open orchid" in _by_cue(found, "described")[2]
    found = _attributions(nlp, POINT_ACKNOWLEDGED)
    assert _by_cue(found, "told")[1:] == ("Sources", "that she did chime in and the conversation flowed both ways")
    assert _by_cue(found, "acknowledged")[1] == "Feinstein" and _by_cue(found, "acknowledged")[2].startswith("a point")
    found = _attributions(nlp, SENTIMENT_ENDORSED)
    assert _by_cue(found, "dismissed")[1:] == ("He", "ideological labels altogether")
    assert _by_cue(found, "endorsed")[1] == "the 10,000 people in the arena"
    assert _by_cue(found, "endorsed")[2].startswith("a sentiment")


# A share of poll respondents "who say" something answers the poll's question: a report of its
# own, no part of the report around it (claims.poll_share_saying). PolNeAR train, gold (source,
# cue, content): breitbart_2016-02-18 "Seventy-four percent of Democratic registered voters" /
# "say" / "they have a favorable view of Clinton"; "who" / "say" / "the same of Sanders".
# usa-today_2016-02-17 "a majority of likely voters, 56%," / "have a negative response to" / "his
# prospective nomination"; "who" / "say" / "they would be dissatisfied". PolNeAR's source is the
# pronoun "who"; the chain names what it stands for, the share.
SHARE_SAYS_THE_SAME = T("Seventy-four percent of Democratic registered voters say they have a favorable view of "
                        "Clinton, compared with 64 percent who say the same of Sanders.")
SHARE_WHO_SAY = T("For Trump, a majority of likely voters, 56%, have a negative response to his prospective "
                  "nomination, including 18% who say they would be dissatisfied.")


def test_a_poll_share_who_says_something_reports_on_its_own(nlp):
    found = _attributions(nlp, SHARE_SAYS_THE_SAME)
    first, second = sorted((f for f in found if f[0] == "say"), key=lambda f: SHARE_SAYS_THE_SAME.index(f[1]))
    assert first[1] == "Seventy-four percent of Democratic registered voters"
    assert first[2].startswith("they have a favorable view of Clinton") and "the same" not in first[2]
    assert "64 percent" in second[1] and second[2].endswith("the same of Sanders")
    found = _attributions(nlp, SHARE_WHO_SAY)
    say = _by_cue(found, "say")
    assert say[1] and say[1] in "18%" and say[2] == "they would be dissatisfied"
    assert not any("dissatisfied" in f[2] for f in found if f is not say)


def test_a_poll_share_as_source_keeps_its_percent_sign(nlp):
    # usa-today_2016-02-17: the share who say they would be dissatisfied is "18%", not "18"
    c = claim_with(read(nlp, SHARE_WHO_SAY), "they would be dissatisfied")
    assert c.attribution.chain[0].name == "18%"


# A second verb of stance conjoined in a relative clause set off on its noun is an attribution
# of its own (claims.relative_second_report). PolNeAR train nyt_2016-07-21 (gold: "who" /
# "endorsed" / "Mr. Trump" and "who" / "criticized" / "his campaign").
ENDORSED_AND_CRITICIZED = T("Mr. McConnell, who has both endorsed Mr. Trump and criticized his campaign, offered a "
                            "restrained embrace on Tuesday.")


def test_a_second_stance_verb_in_a_set_off_relative_clause_is_its_own_attribution(nlp):
    found = _attributions(nlp, ENDORSED_AND_CRITICIZED)
    assert _by_cue(found, "endorsed")[2] == "Mr. Trump"
    assert _by_cue(found, "criticized")[2] == "his campaign"


# A relative clause set off on the topic of "referring to", "speaking of" is the author's gloss
# (attribution._gloss_on_topic). PolNeAR gold: (Washington Post, 2016-03-18, "Rabbis vow to
# boycott Trump speech…") source "Trump", cue "referring to", content "his daughter Ivanka";
# (Western Journal, 2016-05-05, "Romney will not be present…") source "a spokesman", cue
# "speaking of", content "the Republican National Convention".
REFERRING_TO_IVANKA = T("During the Miami debate, Trump mentioned his personal connections to the faith, referring "
                        "to his daughter Ivanka, who converted to Judaism when she married Jared Kushner, who is a "
                        "member of a prominent Orthodox family.")
SPEAKING_OF_CONVENTION = T("“Governor Romney has no plans to attend convention,” a spokesman said Thursday, speaking "
                           "of the Republican National Convention, which will be held in Cleveland in July.")


def test_a_relative_clause_on_the_topic_of_referring_to_is_the_authors(nlp):
    found = {f[0]: f for f in _attributions(nlp, REFERRING_TO_IVANKA)}
    assert found["referring to"][1:] == ("Trump", "his daughter Ivanka")
    assert found["mentioned"][1:] == ("Trump", "his personal connections to the faith")
    found = {f[0]: f for f in _attributions(nlp, SPEAKING_OF_CONVENTION)}
    assert found["speaking of"][1:] == ("a spokesman", "the Republican National Convention")
    found = {f[0]: f for f in _attributions(nlp, REFERRING_AFTER_REPORT)}
    assert found["referring to"][1:] == ("Trump", "the party’s July convention")
    # the gloss is the author's own claim
    c = claim_with(read(nlp, REFERRING_TO_IVANKA), "converted to Judaism")
    assert c.attribution.chain == [] and c.factuality.label == "asserted"


# An "as" clause on a verb of report or stance in which its subject says or takes a stance toward
# something of its own is an attribution of its own, outside the content of the report it hangs on
# (claims.as_act). PolNeAR gold: (Washington Post, 2016-07-20, "Beyond plagiarism…") source "he",
# cue "defended", content "Melania Trump and the campaign", and cue "effectively acknowledged",
# content "some plagiarism"; (New York Times, 2015-12-31, "Trump turns attacks on another
# Clinton") source "she", cue "praises", content "his economic record", and source "Mrs.
# Clinton", cue "mentioning", content "him"; (Breitbart, 2016-02-20, "The Latest: Hillary Clinton
# tells…") source "he", cue "urges", content "conservatives to unite behind him against the
# Republican front-runner", and cue "is highlighting", content "his Iowa win over Donald Trump on
# Feb. … 1".
EVEN_AS_HE_DEFENDED = T("New Jersey Gov. Chris Christie (R), a staunch Donald Trump ally, effectively acknowledged "
                        "some plagiarism even as he defended Melania Trump and the campaign, saying, \"Ninety-three "
                        "percent of the speech is completely different than Michelle Obama's speech.\"")
AS_HE_URGES = T("Texas Sen. Ted Cruz is highlighting his Iowa win over Donald Trump on Feb. 1 as he urges "
                "conservatives to unite behind him against the Republican front-runner.")
AS_SHE_PRAISES = T("The criticism of Mr. Clinton's personal life comes as Mrs. Clinton is increasingly relying on the "
                   "former president, mentioning him in almost every speech as she praises his economic record.")


def test_an_as_clause_act_on_a_report_is_an_attribution_of_its_own(nlp):
    found = {f[0]: f for f in _attributions(nlp, EVEN_AS_HE_DEFENDED)}
    assert found["defended"][1:] == ("he", "Melania Trump and the campaign")
    assert found["effectively acknowledged"][2] == "some plagiarism"
    found = {f[0]: f for f in _attributions(nlp, AS_SHE_PRAISES)}
    assert found["praises"][1:] == ("she", "his economic record")
    assert found["mentioning"][2] == "him"
    found = {f[0]: f for f in _attributions(nlp, AS_HE_URGES)}
    assert found["urges"][1:] == ("he", "conservatives to unite behind him against the Republican front-runner")
    assert found["is highlighting"][2].startswith("his Iowa win over Donald Trump")
    assert "urges" not in found["is highlighting"][2]
