"""Attribution: who says so, from the author's immediate source to the origin.

Every sentence here is hand-made wire copy with invented names. The expected values are what a
careful annotator following ``shared/CONVENTIONS.md`` ("Attribution chain", "Factuality") would
give; they were decided from the conventions, never copied from the code's output. A case the
code gets wrong is marked ``xfail(strict=True)`` with what the code does instead.

Labels asserted here follow the conventions' table: the innermost source of a plain reporting
verb is ``asserted`` (CT+), an outer source that relays the next one is ``reported`` (Uu), and
the author of any sourced claim is ``reported`` (Uu) unless the cue is factive ("confirmed").
"""
from __future__ import annotations

import pytest

from conftest import assert_offsets, claim_with, names, norm, read  # noqa: F401

# Every text of this module, registered by ``T`` so that the offsets property test reads all
# of them; readings are cached per text (conftest.read), so each text goes through the
# pipeline once.
ALL_TEXTS: list[str] = []


def T(text: str) -> str:
    ALL_TEXTS.append(text)
    return text


def types(claim) -> list[str]:
    return [s.type for s in claim.attribution.chain]


def cue(source) -> str:
    assert source.cue is not None, f"source {source.name!r} has no cue"
    return source.cue.text.casefold()


def assert_single_source(claim, name, *, cue_text=None, quote=None, type_=None,
                         source_label="asserted", source_value="CT+",
                         author_label="reported", author_value="Uu"):
    """The common shape: one source, its cue, the quote kind, the source's and author's labels."""
    assert names(claim) == [norm(name)], (claim.text, names(claim))
    (src,) = claim.attribution.chain
    assert claim.attribution.origin is not None and norm(claim.attribution.origin.name) == norm(name)
    if type_ is not None:
        assert src.type == type_
    if cue_text is not None:
        assert cue(src) == cue_text.casefold()
    if quote is not None:
        assert claim.attribution.quote == quote
    if source_label is not None:
        assert (src.factuality.label, src.factuality.value) == (source_label, source_value)
    if author_label is not None:
        assert (claim.factuality.label, claim.factuality.value) == (author_label, author_value)


# ---------------------------------------------------------------------------------------------
# 1. Direct quotation: speaker after, speaker before, inverted verb–subject.

DIRECT_AFTER = T("“We will not back down,” the minister said.")
DIRECT_BEFORE = T("The minister said: “We will not back down.”")
DIRECT_INVERTED = T("“The hospitals are full and the staff are exhausted,” said Health Minister "
                    "Ana Ruiz.")


@pytest.mark.parametrize("text", [DIRECT_AFTER, DIRECT_BEFORE], ids=["after", "before"])
def test_direct_quote_speaker_after_or_before(nlp, text):
    c = claim_with(read(nlp, text), "We will not back")
    # "the minister" with no name: an official (a role-holder); "unnamed official" is also a
    # defensible reading of an unnamed minister, so either is accepted, a person is not.
    assert_single_source(c, "minister", cue_text="said", quote="direct")
    assert c.attribution.chain[0].type in ("official", "unnamed official")
    assert "“" not in c.text and "”" not in c.text  # quote marks are not content


@pytest.mark.parametrize("text", [DIRECT_AFTER, DIRECT_BEFORE], ids=["after", "before"])
def test_direct_quote_content_is_the_whole_quotation(nlp, text):
    c = claim_with(read(nlp, text), "We will not back")
    assert c.text.strip(" ,.") == "We will not back down"


def test_direct_quote_inverted_verb_subject(nlp):
    c = claim_with(read(nlp, DIRECT_INVERTED), "The hospitals are full")
    assert_single_source(c, "Ana Ruiz", cue_text="said", quote="direct", type_="official")
    assert "Ana Ruiz" in c.attribution.chain[0].mention


# ---------------------------------------------------------------------------------------------
# 2. Indirect speech without quotation marks.

INDIRECT = T("The ministry said the talks had collapsed.")


def test_indirect_speech(nlp):
    c = claim_with(read(nlp, INDIRECT), "talks had collapsed")
    assert_single_source(c, "ministry", cue_text="said", quote="indirect")
    assert "said" not in c.text  # the frame is not part of the content


REPORTER_UNLABELLED = T("President Trump wants to end the war. Weaver told CNN that he believes the "
                        "battle will continue.")


def test_he_in_a_reported_clause_is_the_reporter_the_ner_left_unlabelled(nlp):
    # "he" is bound by the subject of "told", not the Trump of the sentence before
    c = claim_with(read(nlp, REPORTER_UNLABELLED), "battle will continue")
    assert all("trump" not in n for n in names(c)), names(c)
    assert names(c)[0] == "weaver"


WHY_CLAUSE = T("Iran hates her. That is why they want to kill her.")
ASIDE_TAG = T("The closure, she fumed, had cost her dearly.")


def test_a_why_clause_is_no_speaker_tag_of_its_host(nlp):
    # "they want" opens a clause of reason: the sentence is one claim, not "That is" reported by "they"
    r = read(nlp, WHY_CLAUSE)
    assert not any(norm(c.text) == "that is" for c in r.claims)
    c = claim_with(r, "That is why they want to kill her")
    assert all(cue(s) != "want" for s in c.attribution.chain)


def test_a_parenthetical_speaker_tag_reports_its_host(nlp):
    c = claim_with(read(nlp, ASIDE_TAG), "The closure")
    assert "had cost her dearly" in c.text
    assert names(c) == ["she"] and cue(c.attribution.chain[0]) == "fumed"


# ---------------------------------------------------------------------------------------------
# 3. Mixed quotation: reported speech with a quoted fragment.

MIXED = T("Mayor Ilse Brandt said the city would “never again” borrow from the pension fund to "
          "pay its debts.")


def test_mixed_quotation(nlp):
    c = claim_with(read(nlp, MIXED), "borrow from the pension fund")
    assert_single_source(c, "Ilse Brandt", cue_text="said", quote="mixed", type_="official")


OWN_BELIEF = T('Brandt said she believes the deal was "a costly mistake," although she supports the fund.')


def test_a_quoted_fragment_of_the_speakers_own_belief_keeps_the_outer_report(nlp):
    # PolNeAR (univocal): one attribution, cue "said"; "she believes" is part of its content
    from newstrace.scoring import attributions_from_reading, span_text
    c = claim_with(read(nlp, OWN_BELIEF), "costly mistake")
    assert [(norm(lk.name), cue(lk)) for lk in c.attribution.chain] == [("brandt", "said")]
    a = next(a for a in attributions_from_reading(read(nlp, OWN_BELIEF)) if "mistake" in span_text(OWN_BELIEF, a.content))
    assert (span_text(OWN_BELIEF, a.source), span_text(OWN_BELIEF, a.cue)) == ("Brandt", "said")


PRO_FORMS = T("Asked whether the mayor should resign, 46 percent of residents said yes. "
              "Six in 10 said the council is honest, and three-quarters said the same of the mayor.")


@pytest.mark.parametrize("source, content", [("46 percent of residents", "yes"),
                                             ("three-quarters", "the same of the mayor")])
def test_a_pro_form_answer_is_the_content_of_said(nlp, source, content):
    from newstrace.scoring import attributions_from_reading, span_text
    found = {(span_text(PRO_FORMS, a.source), span_text(PRO_FORMS, a.cue), span_text(PRO_FORMS, a.content))
             for a in attributions_from_reading(read(nlp, PRO_FORMS))}
    assert (source, "said", content) in found


# Shares of respondents as sources, PolNeAR train gold (AP exit-poll and survey copy): the parser
# hung the share on its verb as a modifier (parse_repairs.restore_quantity_subject: breitbart
# 2016-02-20 "the-latest-hillary-clinton-tells", breitbart 2016-04-23 "clinton-wades-in-urges-
# britain-t") or made the participle after the counted people a clause
# (parse_repairs.restore_participle_subject: breitbart 2016-03-15 "the-latest-kasich-scores-all-
# del", breitbart 2016-03-01 "the-latest-sanders-wins-minnesot").
FOUR_IN_TEN = T("About 4 in 10 say they want the next president to have more liberal policies.")
A_THIRD = T("Less than a third agreed with the President that Britain would have to wait its turn, while "
            "13 percent were unsure.")
GOING_TO_THE_POLLS = T("Majorities of Democrats in five states going to the polls Tuesday say they would be "
                       "satisfied with both candidates as the nominee.")
SUPER_TUESDAY = T("Large majorities of Republican primary voters in six states going to the polls on Super "
                  "Tuesday said they support a proposal to temporarily ban all non-citizen Muslims from "
                  "entering the United States.")


@pytest.mark.parametrize("text, source, cue, content", [
    (FOUR_IN_TEN, "About 4 in 10", "say", "they want the next president to have more liberal policies"),
    (A_THIRD, "Less than a third", "agreed", "that Britain would have to wait its turn"),
    (GOING_TO_THE_POLLS, "Majorities of Democrats in five states going to the polls Tuesday", "say",
     "they would be satisfied with both candidates as the nominee"),
    (SUPER_TUESDAY, "Large majorities of Republican primary voters in six states going to the polls on Super "
     "Tuesday", "said", "they support a proposal to temporarily ban all non-citizen Muslims from entering the "
     "United States"),
], ids=["n-in-10", "a-third", "participle-root", "participle-subject"])
def test_a_share_of_respondents_is_the_source_of_its_answer(nlp, text, source, cue, content):
    from newstrace.scoring import attributions_from_reading, span_text
    (a,) = attributions_from_reading(read(nlp, text))  # the inner "they want" is part of the content
    assert (span_text(text, a.source), span_text(text, a.content)) == (source, content)
    assert span_text(text, a.cue).startswith(cue)
    c = claim_with(read(nlp, text), " ".join(content.split()[-3:]))  # the claim holding its last words
    assert norm(c.attribution.chain[0].name) == norm(source) and c.attribution.chain[0].type == "unnamed"


# A share written "N in M" that the parser cut from its "say" (parse_repairs.restore_share_report),
# PolNeAR train gold: usa-today 2016-03-16 "american-dream-survives-among-mi", breitbart 2016-02-20
# "the-latest-hillary-clinton-tells", politico 2016-04-22 "poll-trump-a-big-turnoff-for-flo".
ONE_IN_FIVE = T("One in five say that won't be true.")
FOUR_IN_TEN_SAID = T("Even so, three-quarters of the voters said they were very worried about the direction of "
                     "the nation’s economy, and more than 4 in 10 said billionaire Donald Trump would be best "
                     "at handling the economy.")
ONE_IN_FOUR = T("One in three said the party doesn’t care very much about the Latino community and one in four "
                "said the party was outright hostile to the Latino community.")


@pytest.mark.parametrize("text, answers", [
    (ONE_IN_FIVE, [("One in five", "that won't be true")]),
    (FOUR_IN_TEN_SAID, [("three-quarters of the voters",
                         "they were very worried about the direction of the nation’s economy"),
                        ("more than 4 in 10", "billionaire Donald Trump would be best at handling the economy")]),
    (ONE_IN_FOUR, [("One in three", "the party doesn’t care very much about the Latino community"),
                   ("one in four", "the party was outright hostile to the Latino community")]),
], ids=["say-tagged-a-noun", "said-a-modifier", "share-a-conjunct"])
def test_each_share_of_respondents_reports_its_own_answer(nlp, text, answers):
    from newstrace.scoring import attributions_from_reading, span_text
    found = [(span_text(text, a.source), span_text(text, a.content))
             for a in attributions_from_reading(read(nlp, text))]
    assert found == answers


INVERTED_LONG_TAG = T("“Our budget needs one or two big ideas that match the size of the problems,” said "
                      "Ana Ruiz, who served as finance minister during the first term yet endorsed the "
                      "opposition in the last election.")


def test_an_inverted_tag_keeps_its_speaker_past_a_long_relative_clause(nlp):
    # the parser read "said [Ana Ruiz … endorsed the opposition]"; the quotation is Ruiz's
    c = claim_with(read(nlp, INVERTED_LONG_TAG), "big ideas")
    assert [(norm(lk.name), cue(lk)) for lk in c.attribution.chain] == [("ana ruiz", "said")]


# ---------------------------------------------------------------------------------------------
# 4. "according to X" at the start and at the end; "per X".

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

# ---------------------------------------------------------------------------------------------
# 5. Reporting verbs: the subject is the source, the verb the cue.
# (text, content phrase, source, cue, source label or None, author label or None)
# None where the conventions leave the label open (e.g. "claimed" may or may not carry doubt).

VERBS = [
    ("Finance Minister Omar Haddad told reporters the budget would be balanced by 2026.",
     "budget would be balanced", "Omar Haddad", "told", "asserted", "reported"),
    ("The Harbor Gazette reported that the ferry operator had filed for bankruptcy.",
     "ferry operator had filed", "Harbor Gazette", "reported", "asserted", "reported"),
    ("The central bank noted that inflation had eased for a third straight month.",
     "inflation had eased", "central bank", "noted", "asserted", "reported"),
    ("The rebels claimed that they had captured the airport.",
     "had captured the airport", "rebels", "claimed", None, None),
    ("The company added that no jobs would be lost.",
     "no jobs would be lost", "company", "added", "asserted", "reported"),
    ("The airline announced that it would cut 400 jobs.",
     "would cut 400 jobs", "airline", "announced", "asserted", "reported"),
    # "confirmed" is factive: the author presents the content as fact (conventions' table).
    ("The police confirmed that two suspects had been arrested.",
     "two suspects had been arrested", "police", "confirmed", "asserted", "asserted"),
    ("The defence ministry denied that its jets had entered Latvian airspace.",
     "jets had entered Latvian airspace", "defence ministry", "denied", "denied", "reported"),
    ("Analysts suggested that the merger was in trouble.",
     "merger was in trouble", "analysts", "suggested", None, "reported"),
    ("Judge Miriam Kessler wrote that the law was unconstitutional.",
     "law was unconstitutional", "Miriam Kessler", "wrote", "asserted", "reported"),
    ("Senator Dana Whitfield posted on social media that the vote had been delayed.",
     "vote had been delayed", "Dana Whitfield", "posted", "asserted", "reported"),
    ("The weather service warned that the river would burst its banks overnight.",
     "river would burst its banks", "weather service", "warned", "asserted", "reported"),
]
VERBS = [(T(v[0]),) + v[1:] for v in VERBS]
VALUES = {"asserted": "CT+", "reported": "Uu", "denied": "CT-"}


@pytest.mark.parametrize("text, phrase, source, cue_text, source_label, author_label", VERBS,
                         ids=[v[3] for v in VERBS])
def test_reporting_verbs(nlp, text, phrase, source, cue_text, source_label, author_label):
    c = claim_with(read(nlp, text), phrase)
    assert_single_source(c, source, cue_text=cue_text, quote="indirect",
                         source_label=source_label, source_value=VALUES.get(source_label),
                         author_label=author_label, author_value=VALUES.get(author_label))


# ---------------------------------------------------------------------------------------------
# 6. Passive with agent: "first reported by X", "as reported by X".

FIRST_REPORTED_BY = T("The shipyard at Port Elvin will close in March, first reported by the "
                      "Harbor Gazette.")
AS_REPORTED_BY = T("The shipyard at Port Elvin will close in March, as reported by the Harbor "
                   "Gazette.")


@pytest.mark.parametrize("text", [
    FIRST_REPORTED_BY,
    AS_REPORTED_BY], ids=["first", "as"])
def test_passive_report_with_agent(nlp, text):
    r = read(nlp, text)
    c = claim_with(r, "shipyard at Port Elvin will close")
    assert_single_source(c, "Harbor Gazette", quote="indirect")
    assert "reported" in cue(c.attribution.chain[0])
    # The attribution phrase is no content and no claim of its own.
    assert not any("Gazette" in x.text for x in r.claims)


# A finite passive of publishing with an agent ("X was first reported by Y": cue_rules.published_by).
# PolNeAR train gold, each source / cue / content: breitbart 2015-11-16 (O’Malley campaign) "MSNBC" / "was
# first reported by" / "O’Malley’s move"; nyt 2016-02-09 (it’s fine to feel the Bern) "BuzzFeed" / … / "Tinder's
# ban of Ms. Gedrich".
@pytest.mark.parametrize("text, source, content", [
    (T("O’Malley’s move was first reported by MSNBC."), "MSNBC", "O’Malley’s move"),
    (T("Tinder's ban of Ms. Gedrich was first reported by BuzzFeed."), "BuzzFeed", "Tinder's ban of Ms. Gedrich"),
], ids=["msnbc", "buzzfeed"])
def test_finite_passive_of_publishing_with_agent(nlp, text, source, content):
    from newstrace.scoring import attributions_from_reading, span_text
    attrs = attributions_from_reading(read(nlp, text))
    assert [(span_text(text, a.source), span_text(text, a.cue)) for a in attrs] == [(source, "was first reported by")]
    assert span_text(text, attrs[0].content).startswith(content)


# A finite passive of echoing, judging or naming with an agent ("X was echoed by Y":
# cue_rules.judged_by). PolNeAR train gold, each source / cue / content: huff-post 2015-11-15 (Bernie Sanders:
# it is not a radical…) "former Maryland Gov. Martin O’Malley" / "was echoed" / "Sanders’ stridency"; breitbart
# 2016-04-23 (Clinton wades in, urges Britain…) "a paltry three percent" / "was named by" / "France".
@pytest.mark.parametrize("text, source, cue, content", [
    (T("Sanders’ stridency was echoed by former Maryland Gov. Martin O’Malley, who noted that he had raised the "
       "state’s minimum wage while governor."), "former Maryland Gov. Martin O’Malley", "was echoed",
     "Sanders’ stridency"),
    (T("France was named by a paltry three percent."), "a paltry three percent", "was named by", "France"),
], ids=["echoed", "named"])
def test_finite_passive_of_echoing_or_naming_with_agent(nlp, text, source, cue, content):
    from newstrace.scoring import attributions_from_reading, span_text
    attrs = [a for a in attributions_from_reading(read(nlp, text)) if span_text(text, a.source) == source]
    assert [span_text(text, a.cue).startswith(cue) for a in attrs][:1] == [True]
    assert span_text(text, attrs[0].content).startswith(content)


# ---------------------------------------------------------------------------------------------
# 7. Nested sources.

NESTED_ACCORDING = T("According to the Daily Courier, and first reported on Tuesday by a local "
                     "radio station, the shipyard at Port Elvin will close in March.")
NESTED_CITED = T("The Courier cited a ministry official as saying the shipyard at Port Elvin "
                 "would close in March.")
NESTED_FRAMES = T("The Daily Courier reported that two ministry officials said the shipyard at "
                  "Port Elvin would close in March.")
TOLD_REUTERS = T("Officials told Reuters that the shipyard at Port Elvin would close in March.")


def _assert_relay(claim):
    """Outer source relays (reported, Uu); the origin asserts (CT+); the author reports."""
    outer, origin = claim.attribution.chain
    assert (outer.factuality.label, outer.factuality.value) == ("reported", "Uu")
    assert (origin.factuality.label, origin.factuality.value) == ("asserted", "CT+")
    assert (claim.factuality.label, claim.factuality.value) == ("reported", "Uu")
    assert claim.attribution.origin == origin


def test_nested_according_to_and_first_reported_by(nlp):
    # The conventions' own example: "According to the New York Times, and first reported on
    # Friday by a South Korean paper, X" -> [The New York Times, a South Korean paper].
    c = claim_with(read(nlp, NESTED_ACCORDING), "shipyard at Port Elvin will close")
    assert names(c) == ["daily courier", "a local radio station"]
    assert types(c)[1] == "media outlet"
    assert cue(c.attribution.chain[0]) == "according to"
    assert "reported" in cue(c.attribution.chain[1])
    _assert_relay(c)


def test_nested_cited_as_saying(nlp):
    c = claim_with(read(nlp, NESTED_CITED), "shipyard at Port Elvin would close")
    assert names(c) == ["courier", "a ministry official"]
    assert types(c)[1] == "unnamed official"
    assert cue(c.attribution.chain[0]) == "cited"
    assert cue(c.attribution.chain[1]) == "saying"
    _assert_relay(c)


def test_a_source_cited_inside_a_quotation_is_the_speakers(nlp):
    # new-user trial (VOA): the agent of "As reported by" inside the quotation is the Mission's
    # source, one link: author <- the U.S. Mission <- the IAEA Director General
    c = claim_with(read(nlp, "\u201cAs reported by the IAEA Director General, Iran has expanded its "
                             "stockpile,\u201d the U.S. Mission said."), "Iran has expanded its stockpile")
    assert names(c) == ["u.s. mission", "iaea director general"]
    assert [cue(s) for s in c.attribution.chain] == ["said", "reported"]


def test_cited_as_saying_frame_is_not_a_claim(nlp):
    # Frames (bare "X said", "X cited Y as saying") are attribution, not claims.
    r = read(nlp, NESTED_CITED)
    assert [c.text for c in r.claims if "cited" in c.text] == []


def test_nested_frame_inside_frame(nlp):
    c = claim_with(read(nlp, NESTED_FRAMES), "shipyard at Port Elvin would close")
    assert names(c) == ["daily courier", "two ministry officials"]
    assert types(c)[1] == "unnamed official"
    assert [cue(s) for s in c.attribution.chain] == ["reported", "said"]
    assert c.attribution.quote == "indirect"
    _assert_relay(c)


def test_told_reuters_addressee_is_not_a_source(nlp):
    # "Officials told Reuters that X": the speakers are the officials; Reuters is the addressee
    # of "told", not a reporting cue's subject. The article may well have taken the story from
    # Reuters, but no cue in the text says so, and the conventions let a chain go "only as far
    # as the text says". So the chain is [officials], not [Reuters, officials].
    c = claim_with(read(nlp, TOLD_REUTERS), "shipyard at Port Elvin would close")
    assert_single_source(c, "officials", cue_text="told", quote="indirect",
                         type_="unnamed official")
    assert "reuters" not in names(c)


# ---------------------------------------------------------------------------------------------
# 8. Colon lead-in paragraph: the following paragraphs are the source's, until the voice changes.

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
# 9. A sentence with no cue continues the report of the previous sentence of its paragraph.

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


# ---------------------------------------------------------------------------------------------
# 10. Canonical names and source types.

TIMES_ALIAS = T("The New York Times reported on Monday that Senator Rhea Marlow would resign.\n\n"
                "The Times said the resignation letter had already been drafted.")
MR_ALIAS = T("Chidi Okafor, a maize farmer near Enugu, said the harvest had failed. Mr. Okafor "
             "said he would sell part of his land.")


def test_canonical_name_of_outlet_short_form(nlp):
    c = claim_with(read(nlp, TIMES_ALIAS), "resignation letter had already been drafted")
    assert_single_source(c, "The New York Times", cue_text="said", type_="media outlet")
    assert norm(c.attribution.chain[0].mention) == "times"


def test_canonical_name_of_person_with_honorific(nlp):
    c = claim_with(read(nlp, MR_ALIAS), "would sell part of his land")
    assert_single_source(c, "Chidi Okafor", cue_text="said", type_="person")
    assert c.attribution.chain[0].mention == "Mr. Okafor"


SOURCE_TYPES = [
    ("Chidi Okafor, a maize farmer near Enugu, said the troops would stay in the valley.",
     "Chidi Okafor", "person"),
    ("Defense Minister Lena Sorvik said the troops would stay in the valley.",
     "Lena Sorvik", "official"),
    ("Officials said the troops would stay in the valley.", "officials", "unnamed official"),
    ("The New York Times reported that the troops would stay in the valley.",
     "The New York Times", "media outlet"),
    ("Reuters reported that the troops would stay in the valley.", "Reuters", "wire service"),
    ("State media said the troops would stay in the valley.", "state media", "state media"),
    # KCNA's canonical name may be the short form the article uses or the agency's full name.
    ("KCNA said the troops would stay in the valley.", ("KCNA", "Korean Central News Agency"),
     "state media"),
    ("Iran said the troops would stay in the valley.", "Iran", "government"),
    ("Amnesty International said the troops would stay in the valley.",
     "Amnesty International", "organization"),
    # an international body is no government, whatever its head noun (VOA trial: the IEA)
    ("The U.N. refugee agency said the troops would stay in the valley.",
     "The U.N. refugee agency", "organization"),
    ("The defense agency said the troops would stay in the valley.", "The defense agency", "government"),
    # people of a nation are no organisation (VOA story 55: "Many Nigerians")
    ("Many Nigerians said the troops would stay in the valley.", "Many Nigerians", "unnamed"),
    # a name the NER leaves unlabelled is no unnamed source (VOA trial: Human Rights Watch)
    ("Human Rights Watch said the troops would stay in the valley.", "Human Rights Watch", "organization"),
    ("Analysts said the troops would stay in the valley.", "analysts", "expert"),
    ("A report said the troops would stay in the valley.", "a report", "document"),
    ("Two people familiar with the talks said the troops would stay in the valley.",
     "two people familiar with the talks", "unnamed"),
]
SOURCE_TYPES = [(T(s[0]),) + s[1:] for s in SOURCE_TYPES]


def _id(s):
    return s[2] + ":" + (s[1] if isinstance(s[1], str) else s[1][0])


@pytest.mark.parametrize("text, name, type_", SOURCE_TYPES, ids=[_id(s) for s in SOURCE_TYPES])
def test_source_types(nlp, text, name, type_):
    c = claim_with(read(nlp, text), "troops would stay in the valley")
    accepted = name if isinstance(name, tuple) else (name,)
    assert len(c.attribution.chain) == 1 and names(c)[0] in [norm(n) for n in accepted], names(c)
    assert_single_source(c, c.attribution.chain[0].name, type_=type_, quote="indirect")


def test_an_acronym_repeats_the_organisation_named_in_full(nlp):
    # one canonical name per source: "The IEA" is "The International Energy Agency" (VOA trial)
    r = read(nlp, "The International Energy Agency (IEA) said demand for coal would rise next year. "
                  "The IEA added that prices would fall.")
    chains = [[(s.name, s.type) for s in claim_with(r, p).attribution.chain]
              for p in ("demand for coal would rise", "prices would fall")]
    assert chains == [[("The International Energy Agency", "organization")]] * 2
    # an acronym that keeps the "of" of the name, unlabelled by the NER (VOA story 17)
    r = read(nlp, "Analysts are praising ECOWAS, the Economic Community of West African States, for "
                  "activating its force. ECOWAS said the force would deploy soon.")
    assert [(s.name, s.type) for s in claim_with(r, "force would deploy").attribution.chain] == \
        [("the Economic Community of West African States", "organization")]


# A source named like a newspaper ("the Daily Courier", "the Harbor Gazette") is a media
# outlet whatever construction introduces it, listed in a lexicon or not.
OUTLET_TYPES = [
    pytest.param(VERBS[1][0], "ferry operator had filed", id="subject"),
    pytest.param(ACCORDING_END, "refinery at Harwick Point will stay shut", id="according-to"),
    pytest.param(PER, "refinery at Harwick Point will stay shut", id="per"),
    pytest.param(AS_REPORTED_BY, "shipyard at Port Elvin will close", id="as-reported-by"),
    pytest.param(NESTED_CITED, "shipyard at Port Elvin would close", id="cited"),
    pytest.param(NESTED_FRAMES, "shipyard at Port Elvin would close", id="nested-frame"),
    pytest.param(CONTINUES, "Three more were dismissed", id="inherited"),
    pytest.param(COLON_PAREN, "900 workers will lose their jobs", id="colon-lead-in"),
]


@pytest.mark.parametrize("text, phrase", OUTLET_TYPES)
def test_newspaper_named_source_is_media_outlet(nlp, text, phrase):
    c = claim_with(read(nlp, text), phrase)
    assert c.attribution.chain, c.text
    assert c.attribution.chain[0].type == "media outlet"


# ---------------------------------------------------------------------------------------------
# 11. The author's own statements have an empty chain.

AUTHOR_OWN = T("The city council approved the new budget on Monday after a four-hour debate.")


def test_author_statement_has_empty_chain(nlp):
    c = claim_with(read(nlp, AUTHOR_OWN), "approved the new budget")
    assert c.attribution.chain == []
    assert c.attribution.origin is None
    assert c.attribution.quote == "none"
    assert (c.factuality.label, c.factuality.value) == ("asserted", "CT+")
    assert c.kind == "claim"


# ---------------------------------------------------------------------------------------------
# 12. Recall on PolNeAR-style news (issue 3): typewriter quotes, quotations after a speaker
#     tag, noun-phrase contents of speech and stance verbs, prepositional gerund frames.

def test_two_apostrophes_are_a_double_quotation_mark():
    from newstrace.components.quotes import quoted_regions

    text = "''The budget is balanced,'' Mayor Lena Ortiz said. It isn't ''final'' yet."
    assert [text[s:e] for s, e in quoted_regions(text)] == ["The budget is balanced,", "final"]


def test_a_curly_pair_inside_a_straight_quotation_does_not_close_it():
    from newstrace.components.quotes import quoted_regions

    # a straight quotation over two paragraphs (the first left open) holding a curly pair
    text = 'Ward said:\n"The agency is no \u201cfair referee\u201d now.\n"It must change."\nRain fell.'
    (only,) = quoted_regions(text)
    assert text[only[0]:only[1]] == "The agency is no \u201cfair referee\u201d now.\n\"It must change."


def test_a_straight_pair_inside_a_straight_quotation_does_not_close_it():
    from newstrace.components.quotes import quoted_regions

    # Wikinews, 8 October 2019 (new-user trial 16): McGurk's tweet quotes "United States"
    text = ('also criticized the decision via Twitter. "The WH statement tonight demonstrates a lack of '
            'understanding. The "United States" is not holding any ISIS detainees." McGurk later wrote, '
            '"The SDF suffered thousands of casualties."')
    assert [text[s:e] for s, e in quoted_regions(text)] == [
        'The WH statement tonight demonstrates a lack of understanding. The "United States" is not holding '
        'any ISIS detainees.', "The SDF suffered thousands of casualties."]


MCGURK = ('Former US Ambassador to the United Nations Nikki Haley wrote on Twitter, "We must always have the '
          'backs of our allies, if we expect them to have our back. The Kurds were instrumental in our successful '
          'fight against ISIS in Syria. Leaving them to die is a big mistake."\n'
          "Brett McGurk, who was Trump's Special Presidential Envoy to the international military intervention "
          'against ISIL until December, also criticized the decision via Twitter. "The WH statement tonight on '
          'Syria after Trump spoke with Erdogan demonstrates a complete lack of understanding of anything '
          'happening on the ground. The "United States" is not holding any ISIS detainees. They are all being '
          'held by the SDF, which Trump just served up to Turkey." McGurk later wrote, "The SDF suffered '
          'thousands of casualties in the Raqqa battle. Not a single American life was lost."\n')

PENTAGON = ('In a statement released after the attack, the United States Department of Defense justified the '
            'strike, which was approved by President Donald Trump, as "defensive" in nature: "At the direction of '
            'the President, the U.S. military has taken decisive defensive action to protect U.S. personnel abroad '
            'by killing Qasem Soleimani, the head of the Islamic Revolutionary Guard Corps-Quds Force, a '
            'U.S.-designated Foreign Terrorist Organization. General Soleimani was actively developing plans to '
            'attack American diplomats and service members in Iraq and throughout the region. The United States '
            'will continue to take all necessary action to protect our people and our interests wherever they '
            'are around the world."\n')


@pytest.mark.parametrize("text, phrase, source", [
    # Wikinews, 8 October 2019 (new-user trial 16): McGurk's tweet after "criticized the decision via
    # Twitter." went to Haley, the speaker of the paragraph before, and its last sentences to the author
    (MCGURK, "demonstrates a complete lack of understanding", "brett mcgurk"),
    (MCGURK, "is not holding any ISIS detainees", "brett mcgurk"),
    (MCGURK, "They are all being held by the SDF", "brett mcgurk"),
    # Wikinews, 5 January 2020 (new-user trial 15, item 6): the Pentagon's statement after the colon
    # was the author's assertion
    (PENTAGON, "General Soleimani was actively developing plans", "united states department of defense"),
    (PENTAGON, "will continue to take all necessary action", "united states department of defense"),
])
def test_a_quotation_after_a_clause_taking_a_position_is_its_subjects(nlp, text, phrase, source):
    c = claim_with(read(nlp, text), phrase)
    assert names(c) == [source]
    assert c.factuality.label == "reported"


def test_an_opening_mark_typed_for_a_closing_one_closes_the_quotation():
    from newstrace.components.quotes import quoted_regions

    text = "\u201cIt is unusual,\u201c said Ann Lee. \u201cIt is hard.\u201d"
    assert [text[s:e] for s, e in quoted_regions(text)] == ["It is unusual,", "It is hard."]


TYPEWRITER_QUOTES = T("''The budget is balanced,'' Mayor Lena Ortiz said on Tuesday. ''We will not "
                      "raise taxes this year.''\n\nThe council meets again in May.")


def test_typewriter_quotes_attribute_both_quoted_sentences(nlp):
    r = read(nlp, TYPEWRITER_QUOTES)
    for phrase in ("The budget is balanced", "We will not raise taxes"):
        c = claim_with(r, phrase)
        assert names(c) == ["lena ortiz"], (c.text, names(c))
        assert cue(c.attribution.chain[0]) == "said"
        assert c.attribution.quote == "direct"
    assert claim_with(r, "The council meets again").attribution.chain == []


QUOTE_AFTER_TAG = T("“The plant is safe,” said Chief Engineer Tomas Berg. “Nobody was ever in "
                    "danger at the site.”\nThe plant reopened on Friday.")


def test_quotation_after_the_speaker_tag_continues_the_speaker(nlp):
    r = read(nlp, QUOTE_AFTER_TAG)
    c = claim_with(r, "Nobody was ever in danger")
    assert names(c) == ["tomas berg"], (c.text, names(c))
    assert c.attribution.quote == "direct"
    assert claim_with(r, "The plant reopened").attribution.chain == []


STANCE_NP = T("Senator Dana Whitfield condemned the closure of the rural clinics.")


def test_stance_verb_with_a_noun_phrase_content_has_its_source(nlp):
    # PolNeAR: "condemned" is the cue, "the closure of the rural clinics" the content. newstrace
    # records it as the author's claim (CONVENTIONS.md: "defended Kim") with that stance.
    c = claim_with(read(nlp, STANCE_NP), "the closure of the rural clinics")
    assert c.attribution.chain == [] and len(c.stances) == 1, (c.text, names(c), c.stances)
    st = c.stances[0]
    assert (st.holder.name, st.cue.text, st.text) == ("Dana Whitfield", "condemned",
                                                      "the closure of the rural clinics")


TALK_ABOUT = T("Whitfield talked about the water shortage for most of the evening.")


def test_talk_about_attributes_its_topic(nlp):
    c = claim_with(read(nlp, TALK_ABOUT), "the water shortage")
    assert names(c) == ["whitfield"], (c.text, names(c))
    assert cue(c.attribution.chain[0]) == "talked about"  # the verb and its preposition (cue_rules.prep_report)


STANCE_AT_PERSON = T("Senator Dana Whitfield praised Mayor Lena Ortiz on Monday.")


def test_stance_toward_a_person_is_a_plain_act(nlp):
    # Project convention (seed gold: "has repeatedly defended Kim" has no source).
    c = claim_with(read(nlp, STANCE_AT_PERSON), "praised Mayor Lena Ortiz")
    assert c.attribution.chain == []


BY_SAYING = T("Whitfield surprised the committee by saying that the subsidy would end.")


def test_prepositional_gerund_frame_takes_the_main_subject(nlp):
    c = claim_with(read(nlp, BY_SAYING), "the subsidy would end")
    assert names(c) == ["whitfield"], (c.text, names(c))
    assert cue(c.attribution.chain[0]) == "saying"


PLAIN_ACT = T("The army withdrew its last troops from the border town on Sunday.")


def test_plain_act_with_an_object_stays_the_authors(nlp):
    assert claim_with(read(nlp, PLAIN_ACT), "withdrew its last troops").attribution.chain == []


# ---------------------------------------------------------------------------------------------
# Property: every span of every reading indexes the article text exactly.

EXTRA = [
    T("“It’s  over,” said Coach Rui Mendes\u00a0— and he meant it.\r\nFans left early."),
    T("Per the Gazette:\n\n“The ferry 🚢 sank at 4 a.m.,” a survivor said.\n\nOthers said "
      "'nobody' warned them."),
]


SITTING_DOWN = T("Sitting down with a reporter on Thursday, during which she also discussed taxes, Mayor Ann "
                 "Kole remarked that she was surprised by the question.")


def test_a_clause_before_a_verb_with_its_own_complement_is_the_authors(nlp):
    # the parse hangs "discussed" on "remarked" before it; "remarked" has its own that-clause
    # and no comma after it (no interrupting tag), so the lead-in is no part of what the mayor
    # remarked: it is the author's account of her discussing taxes (she, discussed)
    reading = read(nlp, SITTING_DOWN)
    assert names(claim_with(reading, "surprised")) == ["ann kole"]
    assert [s.mention for s in claim_with(reading, "discussed").attribution.chain] == ["she"]


# A relative clause after a quotation ("…through California,” which votes in June") is no
# speaker tag: the quotation keeps the speaker of the quotation before it.
RELATIVE_AFTER_QUOTE = T("“We can still win Ohio and Florida,” said Maria Lopez, the campaign manager. "
                         "“We have a real chance all the way through California,” which votes in June.")


def test_relative_clause_after_quotation_is_no_speaker_tag(nlp):
    c = claim_with(read(nlp, RELATIVE_AFTER_QUOTE), "a real chance")
    assert_single_source(c, "Maria Lopez", cue_text="said", quote="direct", source_label=None, author_label=None)
    votes = claim_with(read(nlp, RELATIVE_AFTER_QUOTE), "which votes in June")
    assert votes.attribution.chain == []


# VOA 8009719 (new-user trial eleven): a speaker tag after a full stop inside the closing mark,
# in lower case, is the quotation's tag, not a new sentence; the quotation went to the speaker of
# the quotation before (Simon Denhere). The tag's "she" is Lucy Mtilatila, just named.
FULL_STOP_TAG = T("Simon Denhere, WFP’s acting country director in Malawi, said, “With support from the UK "
                  "government, WFP and the Department of Management Affairs have prepositioned food supplies.” "
                  "Lucy Mtilatila, director of Malawi’s Department of Climate Change and Meteorological "
                  "Services, told VOA that Cyclone Jude had moved from Malawi to Mozambique, where it was "
                  "expected to dissipate. “Right now, the threat of the cyclone is almost over.” she said, "
                  "adding that floods were still a concern.")


def test_a_lower_case_tag_after_a_full_stop_is_the_quotations_tag(nlp):
    c = claim_with(read(nlp, FULL_STOP_TAG), "threat of the cyclone is almost over")
    assert_single_source(c, "Lucy Mtilatila", cue_text="said", quote="direct")


# "fear that A and warn that B": the tagger gives "warn" VB and "fear" VBP, one base form; "warn"
# is the strategists' second report, not Lopez's inside the first ("will win and lead" stays A's).
FEAR_AND_WARN = T("Some Democratic strategists fear that Lopez has already missed a unique opportunity "
                  "and warn that counting on young voters is not a reliable strategy.")


def test_coordinated_report_in_the_base_form(nlp):
    c = claim_with(read(nlp, FEAR_AND_WARN), "counting on young voters")
    assert [(s.mention, cue(s)) for s in c.attribution.chain] == [("Some Democratic strategists", "warn")]
    first = claim_with(read(nlp, FEAR_AND_WARN), "missed a unique opportunity")
    assert [(s.mention, cue(s)) for s in first.attribution.chain] == [("Some Democratic strategists", "fear")]


# The circumstances of the act of reporting (its time, its occasion or medium) are no part of
# what is reported (stance.circumstance).
ANNOUNCED_ON = T("Mayor Lena Ortiz announced her candidacy on Tuesday.")
ACCUSED_OF = T("Senator Dana Whitfield accused the mayor of fraud on Monday.")
# PolNeAR dev, huff-post 2016-10-07: gold source "Keron Blair, executive director of AROS", cue
# "called for", content "more school investment".
CALLED_FOR = T("Keron Blair, executive director of AROS, called for more school investment in a "
               "statement on Thursday.")


@pytest.mark.parametrize("text, phrase, reported, when", [
    (ANNOUNCED_ON, "her candidacy", "her candidacy", "on Tuesday"),
    (ACCUSED_OF, "the mayor of fraud", "the mayor of fraud", "on Monday"),  # "of fraud" is an argument
    (CALLED_FOR, "more school investment", "more school investment", "on Thursday"),
], ids=["time", "argument-kept", "venue-and-time"])
def test_noun_phrase_report_leaves_out_the_circumstances_of_the_report(nlp, text, phrase, reported, when):
    c = claim_with(read(nlp, text), phrase)
    assert c.reported is not None and c.reported.text == reported, (c.text, c.reported)
    assert when in [t.text for t in c.times]  # the claim keeps the report's time


def test_noun_phrase_report_content_for_polnear_has_no_circumstances(nlp):
    from newstrace.scoring import attributions_from_reading, span_text
    attrs = attributions_from_reading(read(nlp, CALLED_FOR))
    assert [(span_text(CALLED_FOR, a.cue), span_text(CALLED_FOR, a.content)) for a in attrs] == [
        ("called for", "more school investment")]


# What sets the act beside something else (an occasion, a comparison, an additive "too") is no
# part of what is reported either (stance.setting). PolNeAR train, gold attributions: breitbart
# 2016-02-18 "ap-gfk-poll-voters-increasingly-" (source "Seventy-four percent of Democratic
# registered voters", cue "say", content "they have a favorable view of Clinton"); huff-post 2015-12-17 "st-paul-votes-to-condemn-donald-" (cue "called for", content
# "a ban on Muslims entering the United States"); huff-post 2016-02-07 "the-latest-gop-debate-
# kicked-off" (cue "apparently thinks", content "so").
POLL_COMPARED = T("Seventy-four percent of Democratic registered voters say they have a favorable view of "
                  "Clinton, compared with 64 percent who say the same of Sanders.")
CALLED_FOLLOWING = T("Trump called for a ban on Muslims entering the United States following the mass "
                     "shooting in San Bernardino, California by a Muslim couple.")
THINKS_TOO = T("Ted Cruz apparently thinks so, too.")


def test_a_comparison_hung_on_the_cue_verb_leaves_the_clausal_content(nlp):
    from newstrace.scoring import attributions_from_reading, span_text
    c = claim_with(read(nlp, POLL_COMPARED), "favorable view")
    assert c.text == "they have a favorable view of Clinton"
    assert names(c) == ["seventy-four percent of democratic registered voters"] and cue(c.attribution.chain[0]) == "say"
    first = attributions_from_reading(read(nlp, POLL_COMPARED))[0]
    assert span_text(POLL_COMPARED, first.content) == "they have a favorable view of Clinton"


@pytest.mark.parametrize("text, phrase, reported", [
    (CALLED_FOLLOWING, "a ban on Muslims", "a ban on Muslims entering the United States"),
    (THINKS_TOO, "thinks so", "so"),
], ids=["following", "too"])
def test_noun_phrase_report_leaves_out_what_sets_the_act_beside_another(nlp, text, phrase, reported):
    c = claim_with(read(nlp, text), phrase)
    assert c.reported is not None and c.reported.text == reported, (c.text, c.reported)


# PolNeAR train, breitbart 2016-02-20 "the-latest-hillary-clinton-tells": gold source "Muslims and
# some other religious groups", cue "are considered", content "Pigs … unclean".
CONSIDERED_BY = T("Pigs are considered unclean by Muslims and some other religious groups.")


def test_a_passive_agent_that_holds_the_source_leaves_the_reported_span(nlp):
    from newstrace.scoring import attributions_from_reading, span_text
    c = claim_with(read(nlp, CONSIDERED_BY), "unclean")
    assert c.reported is not None and c.reported.text == "unclean"
    (a,) = attributions_from_reading(read(nlp, CONSIDERED_BY))
    assert (span_text(CONSIDERED_BY, a.source), span_text(CONSIDERED_BY, a.cue), span_text(CONSIDERED_BY, a.content)) \
        == ("Muslims and some other religious groups", "are considered", "Pigs … unclean")


# What `reported` holds when the content is clausal or quoted: the verb's own adverb and colon
# are no part of the question asked; a quotation runs to its closing mark although its conjunct
# is a claim of its own; a clause that wraps round the cue ("what he said was") gives none.
ASKED_ALOUD = T('The minister then asked aloud: "Who is dead? Who was arrested?"')
CALLED_QUOTE = T('The trade group called the tariff "deeply disappointing and will severely undercut '
                 'the industry."')
WHAT_HE_SAID = T("The union levied what he said was a nasty 50% tariff on whiskey.")


def test_a_question_after_a_colon_is_the_claim_and_the_lead_in_its_attribution(nlp):
    # Since session 22 (lead's brief span2, new-user trial: 'Marapira then rhetorically asked
    # aloud: "Who is dead'): the colon lead-in is the attribution, the quotation the claim, so
    # no claim spans the report and ``reported`` is None (it was the question, without
    # "aloud:", when the claim spanned the lead-in).
    c = claim_with(read(nlp, ASKED_ALOUD), "Who is dead")
    assert c.text == "Who is dead" and c.reported is None
    assert names(c) == ["minister"] and cue(c.attribution.chain[0]) == "asked"


@pytest.mark.parametrize("text, phrase, reported", [
    (CALLED_QUOTE, "the tariff", 'the tariff "deeply disappointing and will severely undercut the industry."'),
    (WHAT_HE_SAID, "nasty 50% tariff", None),
], ids=["quotation-to-its-end", "wrapped-clause"])
def test_reported_content_edges(nlp, text, phrase, reported):
    c = claim_with(read(nlp, text), phrase)
    assert (c.reported.text if c.reported else None) == reported, (c.text, c.reported)


# PolNeAR train, huff-post 2015-12-17 "bernie-sanders-says-he-s-already": gold source
# "HuffPost", cue "asked", content "if he’s been preparing … president" (the addressee is in none).
ASKED_IF = T("During an interview this week on a jam-packed day of campaign events around the New "
             "Hampshire Seacoast region, HuffPost asked the 2016 Democratic White House contender if "
             "he’s been preparing himself mentally for the possibility that he could become president.")
# PolNeAR train, huff-post 2016-02-01 "here-s-why-winning-iowa-could-br": gold cue "writing in The
# New York Times, noticed", content "that poor and working-class white voters … primary".
NOTICED_THAT = T("Nate Cohn, writing in The New York Times, noticed this weekend that poor and "
                 "working-class white voters have been shifting toward Sanders and away from Clinton, "
                 "an unusual pattern in a Democratic primary.")

# PolNeAR train, nyt 2016-04-28 "nomination-almost-certain-clinto": gold source "Mr. Sanders's
# campaign", cue "vowed Tuesday", content "to remain in the fight … in July" (no "Tuesday").
VOWED_TUESDAY = T("Mr. Sanders's campaign vowed Tuesday to remain in the fight through the California "
                  "primary on June 7, and perhaps until the party's convention in July.")
# PolNeAR train, west-journal 2015-11-25 "hillary-just-vowed-to-never-utte": gold cue "promised",
# content "to refrain from using the phrase “illegal immigrant” during the rest of her campaign".
PROMISED_ON_TUESDAY = T("Hillary Clinton promised on Tuesday to refrain from using the phrase “illegal "
                        "immigrant” during the rest of her campaign, saying she had made a “poor choice of "
                        "words” at a previous campaign event.")
# PolNeAR train, wash-post 2016-02-17 "sanders-and-clinton-see-black-vo": gold source "a narrator",
# cue "reminds", content "that Sanders participated in the 1963 March on Washington as a college
# student …" (the viewers, the hearers, are in none).
REMINDS_VIEWERS = T("In one, a narrator reminds viewers that Sanders participated in the 1963 March on "
                    "Washington as a college student.")


@pytest.mark.parametrize("text, cue, content", [
    (VOWED_TUESDAY, "vowed", "to remain in the fight through the California primary on June 7, and perhaps "
                             "until the party's convention in July"),
    (REMINDS_VIEWERS, "reminds", "that Sanders participated in the 1963 March on Washington as a college "
                                 "student"),
    (ASKED_IF, "asked", "if he’s been preparing himself mentally for the possibility that he could become "
                        "president"),
    (NOTICED_THAT, "noticed", "that poor and working-class white voters have been shifting toward Sanders "
                              "and away from Clinton, an unusual pattern in a Democratic primary"),
], ids=["time-before-infinitive", "hearer-of-remind",
        "addressee-of-asked", "time-before-that"])
def test_reported_clause_leaves_out_the_addressee_and_time_before_it(nlp, text, cue, content):
    from newstrace.scoring import attributions_from_reading, span_text
    attrs = [a for a in attributions_from_reading(read(nlp, text)) if span_text(text, a.cue).endswith(cue)]
    assert [span_text(text, a.content).rstrip(".") for a in attrs] == [content]


def test_what_is_promised_leaves_out_the_time_of_the_promise(nlp):
    c = claim_with(read(nlp, PROMISED_ON_TUESDAY), "promised")
    assert c.reported.text == "to refrain from using the phrase “illegal immigrant” during the rest of her campaign"
# An indefinite apposition with which the author glosses a reported content ends what is
# reported (export._less_gloss). PolNeAR train gold: breitbart 2015-12-20 "republican-donor-
# adelson-and-tru" (source "Israel", cue "regards", content "all of Jerusalem as its indivisible
# capital"); breitbart 2016-07-19 "republicans-begin-roll-call-vote" (cue "announced", content
# "four votes for Trump, 31 for Senator Ted Cruz and two abstentions"); breitbart 2016-02-18
# "ap-gfk-poll-voters-increasingly-" (cue "say", content "they think she could win a general
# election").
REGARDS_GLOSS = T("Palestinians want East Jerusalem, captured by Israel in the 1967 Middle East war, for "
                  "their future state. Israel regards all of Jerusalem as its indivisible capital, a claim "
                  "not recognized internationally.")
ANNOUNCED_GLOSS = T("Minutes after the voting began, Colorado’s delegation chairman announced four votes for "
                    "Trump, 31 for Senator Ted Cruz and two abstentions, a result which drew murmurs from the "
                    "assembled delegates.")
SAY_GLOSS = T("But the poll also finds that Clinton maintains a variety of advantages over Sanders. Nine in "
              "10 Democratic registered voters say they think she could win a general election, a 16-point "
              "margin over Sanders.")


@pytest.mark.parametrize("text, cue, content", [
    (REGARDS_GLOSS, "regards", "all of Jerusalem as its indivisible capital"),
    (ANNOUNCED_GLOSS, "announced", "four votes for Trump, 31 for Senator Ted Cruz and two abstentions"),
    (SAY_GLOSS, "say", "they think she could win a general election"),
], ids=["noun-phrase-claim", "noun-phrase-result", "clause"])
def test_the_authors_gloss_after_a_reported_content_is_no_part_of_it(nlp, text, cue, content):
    from newstrace.scoring import attributions_from_reading, span_text
    attrs = [a for a in attributions_from_reading(read(nlp, text)) if span_text(text, a.cue) == cue]
    assert [span_text(text, a.content) for a in attrs] == [content]
    gloss = text[text.index(content) + len(content) + 2:].rstrip(".")
    c = claim_with(read(nlp, text), gloss)  # the claim keeps the gloss; what is reported has none
    assert c.reported is not None and content.endswith(c.reported.text), (c.text, c.reported)


STANCE_AT_RALLY = T("Senator Dana Whitfield thanked the volunteers at a rally in her home state of Ohio.")


def test_stance_leaves_out_where_it_was_taken(nlp):
    # "of Ohio" modifies "state", inside the rally phrase: no reason for the thanks
    c = claim_with(read(nlp, STANCE_AT_RALLY), "the volunteers")
    assert [(st.cue.text, st.text) for st in c.stances] == [("thanked", "the volunteers")]


# The author's aside that closes a stance content (export._less_aside). PolNeAR train gold:
# west-journal 2015-11-13 "ben-carson-just-dropped-a-powerf" (source "Trump", cue "also mocked",
# content "Carson’s story about attacking someone with a hunting knife"); nyt 2016-03-04
# "republicans-have-stake-in-a-deal" (source "President Obama", cue "has sought", content
# "Republican suggestions"); huff-post 2016-08-10 "another-gop-figure-endorses-hill" (content
# "Hillary Clinton, the Democratic nominee.": after a name the apposition stays).
MOCKED_ASIDE = T("Trump also mocked Carson’s story about attacking someone with a hunting knife, an event "
                 "that Carson says led him to Christ.")
SOUGHT_ASIDE = T("President Obama has sought Republican suggestions, an offer the leadership rebuffed at a "
                 "White House meeting this week.")
ENDORSING_NAME = T("Some Republicans are so vehemently opposed to electing Donald Trump as the next president "
                   "that they’re endorsing Hillary Clinton, the Democratic nominee.")


@pytest.mark.parametrize("text, holder, content", [
    (MOCKED_ASIDE, "Trump", "Carson’s story about attacking someone with a hunting knife"),
    (SOUGHT_ASIDE, "President Obama", "Republican suggestions"),
    (ENDORSING_NAME, "they", "Hillary Clinton, the Democratic nominee"),
], ids=["apposition", "offer-apposition", "after-a-name"])
def test_stance_content_ends_before_the_authors_aside(nlp, text, holder, content):
    stances = [st for c in read(nlp, text).claims for st in c.stances if st.holder.text == holder]
    assert [st.text for st in stances] == [content]


# A second report hung on the first one's content, its tense carried by an auxiliary ("have
# been calling" with "believe", the content's "is" apart). PolNeAR train gold
# (nyt_2015-12-01_puerto-rican-bank-left-debt-inst): source "many officials on and off the
# island", cue "believe", content "meaningful debt relief is possible only in bankruptcy"; source
# the same officials, cue "have been calling", content "to amend the law and give access to at
# least part of the island's government".
CALLING_ON = T("Yet many officials on and off the island believe meaningful debt relief is possible only in "
               "bankruptcy and have been calling on Congress to amend the law and give access to at least "
               "part of the island's government.")
# Hand-made: "has championed" shares the tense of "says", not of "must be": the senator's act,
# which the author states; it is no part of what the senator says.
CHAMPIONED = T("The senator says the party must be a party of ideas and has championed an agenda of "
               "spending cuts.")
# Hand-made: "was surprised … and wanted": the auxiliary "was" carries the tense of "said", so
# "wanted" continues the reported clause (he said he wanted to watch it).
SURPRISED = T("The coach said he was surprised by the result and wanted to watch the tape again.")


def test_second_report_with_an_auxiliary_leaves_the_first_content(nlp):
    r = read(nlp, CALLING_ON)
    first = claim_with(r, "debt relief is possible")
    assert [(norm(s.name), cue(s)) for s in first.attribution.chain] == [
        ("many officials on and off the island", "believe")]
    assert "amend" not in first.text
    second = claim_with(r, "amend the law")
    (src,) = second.attribution.chain
    assert norm(src.name) == "many officials on and off the island" and "calling" in cue(src)


def test_act_with_an_auxiliary_is_the_authors_own(nlp):
    r = read(nlp, CHAMPIONED)
    assert [cue(s) for s in claim_with(r, "a party of ideas").attribution.chain] == ["says"]
    assert claim_with(r, "championed").attribution.chain == []


def test_conjunct_sharing_the_contents_tense_stays_in_it(nlp):
    c = claim_with(read(nlp, SURPRISED), "watch the tape")
    assert [(norm(s.name), cue(s)) for s in c.attribution.chain] == [("coach", "said")]


# A closing speaker tag the parser hung inside the first report's content is the outer link
# again (parse_repairs.raise_closing_tag): the paper relays the official, not the other way round.
CLOSING_TAG = T("In December, a Turkish official said that the trans-Anatolian pipeline, which is "
                "already up and running, renders the EastMed building effort unnecessary, Cyprus "
                "Mail reported.")


def test_closing_speaker_tag_is_the_outer_link(nlp):
    c = claim_with(read(nlp, CLOSING_TAG), "renders the EastMed")
    assert [(s.mention, cue(s)) for s in c.attribution.chain] == [
        ("Cyprus Mail", "reported"), ("a Turkish official", "said")]


# FNC-1 body 1192 (new-user trial 15): the parser hung the closing tag beside the clause, a second
# complement of "said", when a paragraph followed, and "the BBC reported" became al-Safir's claim
AL_SAFIR = ("The al-Safir newspaper said that Baghdadi\u2019s wife was currently being interrogated by "
            "Lebanon\u2019s Defense Ministry, the BBC reported.\n\nThere have been conflicting reports as to "
            "whether the child is Baghdadi\u2019s daughter or son.")


def test_closing_tag_hung_beside_the_clause_is_the_outer_link(nlp):
    r = read(nlp, AL_SAFIR)
    c = claim_with(r, "being interrogated")
    assert [(s.mention, cue(s)) for s in c.attribution.chain] == [
        ("the BBC", "reported"), ("The al-Safir newspaper", "said")]
    assert c.text == "Baghdadi\u2019s wife was currently being interrogated by Lebanon\u2019s Defense Ministry"
    assert not [u for u in r.claims if u.text.startswith("the BBC")]


def test_a_source_cited_by_an_outlet_speaks_through_it(nlp):
    # FNC-1 body 1192 (new-user trial 15): the source was named Reuters, the outlet in the
    # participle on the speaker; Reuters relays the official
    r = read(nlp, "There have been conflicting reports as to whether the child is Baghdadi\u2019s daughter "
                  "or son. The security official cited by Reuters said it is his daughter, and that DNA "
                  "tests have been carried out to confirm she is Baghdadi\u2019s child.")
    c = claim_with(r, "it is his daughter")
    assert [(s.mention, cue(s), s.type) for s in c.attribution.chain] == [
        ("Reuters", "cited", "wire service"), ("The security official", "said", "unnamed official")]


def test_a_name_after_as_is_no_source_of_the_participle_after_it(nlp):
    # VOA 8010842 (new-user trial 15): "the “Axis of Upheaval”" was made the source of
    # "describing", nested under the analysts; the describing is the analysts' own
    r = read(nlp, "Many foreign policy analysts and military officials refer to these four nations as the "
                  "\u201cAxis of Upheaval,\u201d describing their growing anti-Western collaboration.")
    c = claim_with(r, "their growing anti-Western collaboration")
    assert [(s.mention, cue(s)) for s in c.attribution.chain] == [
        ("Many foreign policy analysts and military officials", "describing")]


# A time right after a reporting verb that the parser hung on the reported clause is the
# report's time again (parse_repairs.raise_report_time). PolNeAR train, breitbart 2015-12-20
# "republican-donor-adelson-and-tru": gold source "Top Republican Party donor Sheldon Adelson", cue
# "said", content "he met presidential candidate Donald Trump earlier this week and that …" (no
# "on Friday").
SAID_ON_FRIDAY = T("MACAU (Reuters) – Top Republican Party donor Sheldon Adelson said on Friday he met "
                   "presidential candidate Donald Trump earlier this week.")


def test_a_time_hung_on_the_reported_clause_is_the_reports(nlp):
    c = claim_with(read(nlp, SAID_ON_FRIDAY), "he met")
    assert c.text == "he met presidential candidate Donald Trump earlier this week"
    assert [(s.mention, cue(s)) for s in c.attribution.chain] == [
        ("Top Republican Party donor Sheldon Adelson", "said")]
    assert [(t.text, t.anchor) for t in c.times if t.anchor == "report"] == [("on Friday", "report")]



# An inverted closing tag ("…, said X.") gets back the clause the parser made its subject or
# the root it was hung on as a conjunct (parse_repairs.restore_inverted_content), and a dash or
# colon inside the content of a closing tag does not cut it from its tag
# (attribution._closing_tag). PolNeAR train gold, each one attribution of cue "said":
# usa-today 2016-04-29 (right-wing parties), nyt 2016-04-27 (China trade), politico 2016-02-05
# (Obama slams GOP), usa-today 2015-11-20 (Cruz channeling strategy).
SAID_WILDERS = T('The rejection of the treaty signals "the beginning of the end" for the EU, said Geert '
                 'Wilders, founder of the right-wing Dutch Party for Freedom.')
SAID_FERRIOLA = T("In nearby Decatur, the big Nucor steel plant is hanging on, but it is under intense "
                  "pressure from Asian imports, said the company's chief executive, John J. Ferriola.")
SAID_OBAMA = T("Unemployment dipped to 4.9 percent in January, with the economy adding 151,000 jobs during "
               "the month – something you wouldn’t know if you listen to the likes of Donald Trump and his "
               "GOP rivals, Obama said.")
SAID_HENSON = T("His candidacy for president appears to be taking much the same tack: tirelessly attending "
                "meetings and spreading his anti-Washington message to Tea Party and evangelical groups, said "
                "James Henson, director of the Texas Politics Project at the University of Texas at Austin.")


@pytest.mark.parametrize("text, source, content", [
    (SAID_WILDERS, "Geert Wilders, founder of the right-wing Dutch Party for Freedom",
     'The rejection of the treaty signals "the beginning of the end" for the EU'),
    (SAID_FERRIOLA, "the company's chief executive, John J. Ferriola",
     "the big Nucor steel plant is hanging on, but it is under intense pressure from Asian imports"),
    (SAID_OBAMA, "Obama",
     "Unemployment dipped to 4.9 percent in January, with the economy adding 151,000 jobs during the "
     "month – something you wouldn’t know if you listen to the likes of Donald Trump and his GOP rivals"),
    (SAID_HENSON, "James Henson, director of the Texas Politics Project at the University of Texas at Austin",
     "His candidacy for president appears to be taking much the same tack: tirelessly attending meetings "
     "and spreading his anti-Washington message to Tea Party and evangelical groups"),
], ids=["subject-taken-for-content", "tag-taken-for-conjunct", "dash-in-content", "colon-in-content"])
def test_closing_said_tag_reports_the_clause_before_it(nlp, text, source, content):
    from newstrace.scoring import attributions_from_reading, span_text
    attrs = [a for a in attributions_from_reading(read(nlp, text)) if span_text(text, a.cue) == "said"]
    assert len(attrs) == 1
    mention = span_text(text, attrs[0].source)
    assert mention and mention in source  # the gold source, or its head before an apposition
    assert content in span_text(text, attrs[0].content)



# A closing tag whose reported words the parser hung on the verb as an adverb, an unattached word
# or an adverbial clause gets them back as its content (parse_repairs.restore_fronted_content).
# PolNeAR train gold, each one attribution of cue "said": wash-post 2016-04-05 (Democratic
# primaries turn into a…), usa-today 2016-03-30 (teen girl pepper-sprayed), usa-today 2016-05-09
# (crippling college debt).
SORRY_SANDERS = T("Clinton even acquiesced to the original Sanders demand and offered to debate April 14 in "
                  "Brooklyn. Sorry, Sanders said.")
POLICE_SAID = T("As GOP front-runner Donald Trump prepared to speak to supporters in Wisconsin on Tuesday, a "
                "15-year-old girl outside the venue was pepper-sprayed by another bystander, police said.")
DEBT_HE_SAID = T('Those who do take on heavy debt struggle, even with a "good" job, he said.')


@pytest.mark.parametrize("text, source, content", [
    (SORRY_SANDERS, "Sanders", "Sorry"),
    (POLICE_SAID, "police", "As GOP front-runner Donald Trump prepared to speak to supporters in Wisconsin on "
     "Tuesday, a 15-year-old girl outside the venue was pepper-sprayed by another bystander"),
    (DEBT_HE_SAID, "he", 'Those who do take on heavy debt struggle, even with a "good" job'),
], ids=["adverb", "adverbial-clause", "unattached"])
def test_closing_said_tag_gets_back_the_words_the_parser_hung_on_it(nlp, text, source, content):
    from newstrace.scoring import attributions_from_reading, span_text
    attrs = [a for a in attributions_from_reading(read(nlp, text)) if span_text(text, a.cue) == "said"]
    assert [span_text(text, a.source) for a in attrs] == [source]
    assert content in span_text(text, attrs[0].content)


# Quoted fragments with no verb of their own, each the content of its speaker tag
# (parse_repairs.raise_fragment_tag, claims.free_tagged_fragments). PolNeAR train gold: wash-post
# 2016-06-14 (mosque, "Too much hate": she / said / the quotation, and she / blaming / "some of it
# on presidential candidate Donald Trump"), huff-post 2016-05-19 (Ferguson: Trump / said / both
# quotations, a no-break space after the closing mark), huff-post 2016-07-18 (Cinco de Mayo:
# he / tweeted / both quotations).
TOO_MUCH_HATE = T('At a drugstore near the mosque, a middle-aged cashier was shaken by the harsh talk about '
                  'Muslims she has heard since the shooting. "Too much hate," she said, blaming some of it on '
                  'presidential candidate Donald Trump.')
OR_FERGUSON = T("“Like Oakland. Or Ferguson,”\xa0Trump said.\xa0“The crime numbers are worse.”")
CINCO_DE_MAYO = T("On May 5, Trump posted a photo of himself online eating a taco bowl. “Happy Cinco de Mayo!,” "
                  "he tweeted. “The best taco bowls are made in Trump Tower Grill. I love Hispanics!”")


def test_quoted_fragment_is_the_speakers_claim_and_the_participle_after_its_tag_hers(nlp):
    from newstrace.scoring import attributions_from_reading, span_text
    r = read(nlp, TOO_MUCH_HATE)
    assert_offsets(r, TOO_MUCH_HATE)
    frag = claim_with(r, "Too much hate")
    assert frag.text == "Too much hate"
    assert_single_source(frag, "she", cue_text="said", quote="direct")
    by_cue = {span_text(TOO_MUCH_HATE, a.cue): a for a in attributions_from_reading(r)}
    assert span_text(TOO_MUCH_HATE, by_cue["blaming"].source) == "she"
    assert span_text(TOO_MUCH_HATE, by_cue["blaming"].content) == "some of it on presidential candidate Donald Trump"
    assert span_text(TOO_MUCH_HATE, by_cue["said"].content) == '"Too much hate,"'


@pytest.mark.parametrize("text, source, cue_text, content", [
    (OR_FERGUSON, "Trump", "said", "“Like Oakland. Or Ferguson,” … “The crime numbers are worse.”"),
    (CINCO_DE_MAYO, "he", "tweeted", "“Happy Cinco de Mayo!,” … “The best taco bowls are made in Trump Tower "
     "Grill. I love Hispanics!”"),
], ids=["complement", "subject"])
def test_quoted_fragment_hung_on_its_tag_is_the_tags_content(nlp, text, source, cue_text, content):
    from newstrace.scoring import attributions_from_reading, span_text
    r = read(nlp, text)
    attrs = [a for a in attributions_from_reading(r) if span_text(text, a.cue) == cue_text]
    assert [span_text(text, a.source) for a in attrs] == [source]
    assert span_text(text, attrs[0].content) == content
    assert not any(c.text.endswith(f"{source} {cue_text}") for c in r.claims)  # the tag is no claim


# A speaker tag the parser broke so that its verb had no subject gets its speaker back
# (parse_repairs): "'s" read as the "is" of a passive where it is "has"
# (restore_perfect_clitic), a poll's share hung on the verb as a modifier
# (restore_quantity_subject, restore_share_report), a participle of report hung on a root name set off by an apposition
# (restore_verb_root). PolNeAR train gold, one attribution each: wash-post 2016-04-23 (one policy
# that Trump seems to understand), usa-today 2016-04-26 (Sanders will back Clinton eventually),
# breitbart 2016-02-20 (the latest: Hillary Clinton tells), politico 2016-04-22 (poll: Trump a
# big turnoff for Florida), politico 2016-05-23 (Senate candidates stake out), breitbart
# 2016-01-01 (Jeb Bush super PAC chief praises). A closing tag hung on the clause before it as an
# adverbial reports that clause again (raise_adverbial_tag; wash-post 2015-12-12,
# misinformation enters mainstream), and an inverted one after a comma gets back the speaker a
# relative clause without "who" took (restore_inverted_tag; nyt 2016-08-02, how an aide to Trump
# held sway in Ukraine).
SAID_RYAN = T("Just look at House Speaker Paul D. Ryan. He's said he gets his ideas about monetary policy from "
              "a pro-gold speech in Ayn Rand's \"Atlas Shrugged\" - which, to be clear, is a work of fiction - "
              "and it shows.")
SAID_SANDERS = T("While he's said he'll fight all the way to the convention, Sanders must decide what price "
                 "he'll demand for his full support.")
POLL_SAY = T("About 4 in 10 say they want the next president to have more liberal policies.")
POLL_SAID = T("One in three said the party doesn’t care very much about the Latino community and one in four "
              "said the party was outright hostile to the Latino community, about the same number who said the "
              "party truly cares.")
CALLED_BERUFF = T("Beruff, a Scott ally, called Florida’s standards “strong.”")
SAID_HOLAN = T("The Internet has also made it possible for people with like-minded, if bogus, ideas and theories "
               "to organize into communities and reach others, she said.")
SAID_VOLOSHYN = T("He also had a voice in decisions about major American investments in Ukraine, said a former "
                  "spokesman for Ukraine's Foreign Ministry, Oleg Voloshyn, who also ran as a candidate in the new "
                  "bloc Mr. Manafort helped form.")
TWEETED_MURPHY = T("“Not us but can’t argue with it!” Murphy, the head of Right to Rise USA, Tweeted on "
                   "Friday with an image of the anti-Trump skywriting.")


@pytest.mark.parametrize("text, cue, source, content", [
    (SAID_RYAN, "'s said", "He", "he gets his ideas about monetary policy from a pro-gold speech"),
    (SAID_SANDERS, "'s said", "he", "he'll fight all the way to the convention"),
    (POLL_SAY, "say", "About 4 in 10", "they want the next president to have more liberal policies"),
    (POLL_SAID, "said", "one in four", "the party was outright hostile to the Latino community"),
    (CALLED_BERUFF, "called", "Beruff", "Florida’s standards “strong"),
    (TWEETED_MURPHY, "Tweeted", "Murphy", "Not us but can’t argue with it!"),
    (SAID_HOLAN, "said", "she", "The Internet has also made it possible for people with like-minded, if bogus, "
     "ideas and theories to organize into communities and reach others"),
    (SAID_VOLOSHYN, "said", "a former spokesman for Ukraine's Foreign Ministry",
     "He also had a voice in decisions about major American investments in Ukraine"),
], ids=["has-clitic", "has-clitic-in-clause", "poll-share", "second-poll-share", "set-off-apposition",
        "set-off-apposition-after-quotation", "adverbial-tag", "relative-clause-took-the-speaker"])
def test_a_broken_speaker_tag_gets_its_speaker_back(nlp, text, cue, source, content):
    from newstrace.scoring import attributions_from_reading, span_text
    attrs = [a for a in attributions_from_reading(read(nlp, text))
             if cue in span_text(text, a.cue) and source in span_text(text, a.source)]
    assert len(attrs) == 1
    assert content in span_text(text, attrs[0].content)


def test_a_second_poll_share_is_a_report_of_its_own(nlp):
    """"…and one in four said…" is the second of two reports, not part of the first one's content
    (PolNeAR gold: "One in three" said "the party doesn’t care very much about the Latino
    community")."""
    from newstrace.scoring import attributions_from_reading, span_text
    attrs = attributions_from_reading(read(nlp, POLL_SAID))
    first = next(a for a in attrs if span_text(POLL_SAID, a.source) == "One in three")
    assert "one in four" not in span_text(POLL_SAID, first.content)


# A name the tagger took for a modal ("Will believes…", the columnist George Will) is the
# subject again (parse_repairs.restore_modal_name). PolNeAR train gold, west-journal 2015-11-21
# (after Trump heard what his Fox News…): source "Will", cue "believes".
WILL_BELIEVES = T("With the heightened security concerns following the Paris terrorist attacks, Will believes "
                  "Christie has been presented with an opportunity to become the Republican nominee due to his "
                  "background dealing with security concerns as New Jersey Governor.")


def test_a_name_taken_for_a_modal_is_the_holder(nlp):
    from newstrace.scoring import attributions_from_reading, span_text
    found = [(span_text(WILL_BELIEVES, a.source), span_text(WILL_BELIEVES, a.content))
             for a in attributions_from_reading(read(nlp, WILL_BELIEVES)) if span_text(WILL_BELIEVES, a.cue) == "believes"]
    assert len(found) == 1 and found[0][0] == "Will"
    assert found[0][1].startswith("Christie has been presented with an opportunity to become the Republican nominee")

# A verb of report or stance that the tagger read as a plural noun in a headline or telegraphic
# sentence is the verb again (parse_repairs.restore_headline_verb). PolNeAR train gold, source /
# cue / content: breitbart 2016-02-20 "the-latest-hillary-clinton-tells", usa-today 2016-06-07
# "did-donald-trump-really-scam-stu", huff-post 2016-01-02 "donald-trump-featured-in-jihadis",
# nyt 2016-07-21 "amid-discord-trump-claims-nomina", breitbart 2016-07-13 "trump-demands-ginsburg-
# resign-fo" (each its text's first line, the headline).
@pytest.mark.parametrize("text, source, cue, content", [
    (T("Trump predicts that as Jeb Bush and other Republican candidates eventually drop out, many of their "
       "supporters will switch to his side."), "Trump", "predicts",
     "that as Jeb Bush and other Republican candidates eventually drop out, many of their supporters will "
     "switch to his side"),
    (T("Trump claims he's worth $10 billion."), "Trump", "claims", "he's worth $10 billion"),
    (T("Al-Awlaki extols Nidal Hasan, the former U.S. Army psychiatrist who killed 13 people at Fort Hood in "
       "2009."), "Al-Awlaki", "extols",
     "Nidal Hasan, the former U.S. Army psychiatrist who killed 13 people at Fort Hood in 2009"),
    (T("Amid discord, Trump claims nomination;"), "Trump", "claims", "nomination"),
    (T("Trump demands Ginsburg resign for criticizing him as unfit."), "Trump", "demands",
     "Ginsburg resign for criticizing him as unfit"),
])
def test_a_headline_verb_read_as_a_noun_is_the_cue(nlp, text, source, cue, content):
    from newstrace.scoring import attributions_from_reading, span_text
    found = [(span_text(text, a.source), span_text(text, a.content))
             for a in attributions_from_reading(read(nlp, text)) if span_text(text, a.cue) == cue]
    assert found == [(source, content)]


def test_states_of_united_states_stays_a_noun(nlp):
    # PolNeAR train (nyt 2016-03-03 "a-carbon-tax-that-really-works-e"): "States" of a place's name
    # is no verb of report, though "United" is a name right before it and no verb is above it
    doc = nlp("The tax, which rose from 10 Canadian dollars per ton of carbon dioxide in 2008 to 30 dollars "
              "by 2012, the equivalent of about $22.20 in current United States dollars, reduced emissions.")
    states = next(t for t in doc if t.text == "States")
    assert states.pos_ == "PROPN" and not any(c.dep_ == "nsubj" for c in states.children)


def test_a_plural_possessive_before_a_quoted_name_is_no_closing_quote(nlp):
    # VOA story 8004380, new-user trial nine: "News’" is a possessive, not a closing quotation
    # mark (parse_repairs.restore_plural_possessive); Hassett emphasized "the fentanyl issue", the
    # interview is the report's venue
    c = claim_with(read(nlp, "Like Lutnick, Kevin Hassett, director of the White House National Economic "
                             "Council, emphasized the fentanyl issue in an interview on ABC News’ “This Week” "
                             "program."), "the fentanyl issue")
    assert c.reported is not None and c.reported.text == "the fentanyl issue"
    assert [(s.name, cue(s)) for s in c.attribution.chain] == [("Kevin Hassett", "emphasized")]


def test_a_plural_possessive_already_below_its_noun_keeps_the_tree(nlp):
    # PolNeAR dev, breitbart 2016-09-30: the parse hangs "boards" below "disdain"; re-hanging the
    # noun on the possessor looped the tree and spaCy raised E039 on the whole article
    doc = nlp("But the endorsements may highlight more than editorial boards’ disdain for the Republican "
              "presidential nominee.")
    for tok in doc:
        assert len(list(tok.ancestors)) < len(doc)  # every token reaches the root
    assert [s.root.text for s in doc.sents] == ["highlight"]


def test_a_repair_that_loops_the_tree_is_undone(nlp, monkeypatch):
    # parse_repairs.repair: a repair that leaves a loop (as the possessive repair did on this
    # sentence) is undone, the others kept; spaCy would raise E039 on the article otherwise
    from newstrace.components import parse_repairs

    doc = nlp("But the endorsements may highlight more than editorial boards\u2019 disdain for the Republican "
              "presidential nominee.")
    heads = [t.head.i for t in doc]

    def loop(d):  # "boards" and "disdain" each other's head
        d[8].head, d[10].head = d[10], d[8]

    def relabel(d):
        d[8].dep_ = "poss"

    monkeypatch.setattr(parse_repairs, "REPAIRS", (loop, relabel))
    parse_repairs.repair(doc)
    assert parse_repairs.acyclic(doc) and [t.head.i for t in doc] == heads and doc[8].dep_ == "poss"


# A closing or inner tag of evidence ("…, campaign finance records show.") reports the clause
# (parse_repairs.restore_showing_tag); PolNeAR train (usa-today 2016-08-24, nyt 2016-03 on
# Trump's planes) annotates the records as source, "show" as cue, the clause as content.
RECORDS_SHOW = T("A company called Harmony Enterprises gave $5,000 to the PAC on June 27, 2014, "
                 "campaign finance records show. During the same stretch, F.A.A. records show, the "
                 "Cessna has flown roughly 216 hours.")


def test_tag_of_evidence_reports_its_clause(nlp):
    r = read(nlp, RECORDS_SHOW)
    gave = claim_with(r, "Harmony Enterprises gave")
    assert [(s.mention, cue(s)) for s in gave.attribution.chain] == [("campaign finance records", "show")]
    assert "records" not in gave.text
    flown = claim_with(r, "the Cessna has flown")
    assert [(s.mention, cue(s)) for s in flown.attribution.chain] == [("F.A.A. records", "show")]


# "per" with a bare singular noun is a rate, not a source (new-user trial, Wikinews 2020).
PER_ORDER = T("Woolworths also limited toilet paper sales to one pack per order. Prices fell, per Reuters.")


def test_per_with_a_bare_noun_is_a_rate_not_a_source(nlp):
    r = read(nlp, PER_ORDER)
    assert claim_with(r, "one pack per order").attribution.chain == []
    assert [s.mention for s in claim_with(r, "Prices fell").attribution.chain] == ["Reuters"]


# Sources in coordination are one joint source (new-user trial, VOA story 12: "She and Lockyear
# both urged…" kept only the first); an alias after "or" is no second source.
JOINT = T("Catherine Russell heads UNICEF. Christopher Lockyear heads MSF. She and Lockyear both urged "
          "the council to act. The Baloch Liberation Army, or BLA, said it carried out the attack.")


def test_coordinated_sources_are_one_joint_source(nlp):
    r = read(nlp, JOINT)
    assert [s.name for s in claim_with(r, "the council to act").attribution.chain] == [
        "Catherine Russell and Christopher Lockyear"]
    assert names(claim_with(r, "carried out the attack")) == [norm("Baloch Liberation Army")]


# VOA 8010418 (new-user trial 15): "they" of the letter, and the lawmakers who call on Rubio, were
# Chuck Grassley alone, the first of the three senators apposed to "three members"
SENATORS = ("Meanwhile, in Washington, three members of the U.S. Senate \u2014 Chuck Grassley, Jeanne "
            "Shaheen and Jim Risch \u2014 led a group of nine other members of the U.S. Congress in "
            "calling on Secretary of State Marco Rubio to prevent further deterioration in Bosnia. "
            "\"We are deeply concerned about the recent actions of Milorad Dodik, the leader of the "
            "Republika Srpska entity within Bosnia and Herzegovina,\" they wrote in a letter to Rubio.")


def test_a_plural_noun_is_the_people_apposed_to_it(nlp):
    r = read(nlp, SENATORS)
    [wrote] = claim_with(r, "We are deeply concerned").attribution.chain
    assert (wrote.mention, wrote.name, wrote.type) == (
        "they", "Chuck Grassley, Jeanne Shaheen and Jim Risch", "official")


def test_two_roles_before_one_name_are_one_person(nlp):
    # FNC-1 body 1192 (new-user trial 15): the source was the joint "terror expert and Sajjan M.
    # Cohel"; both roles are Cohel's, and "Cohel" later is the same person, typed the same
    r = read(nlp, "Speaking to CNN, terror expert and Director at the Asia Pacific Foundation Sajjan M. "
                  "Cohel said, \u201cIt\u2019s certainly a new dynamic because we\u2019ve never seen anybody "
                  "connected so close to al-Baghdadi being detained.\u201d\n\nHowever, Cohel questioned what "
                  "the pair were doing in Lebanon: \u201cIs he estranged from them?\u201d")
    [said] = claim_with(r, "a new dynamic").attribution.chain
    assert said.name == "Sajjan M. Cohel"
    assert said.mention == "terror expert and Director at the Asia Pacific Foundation Sajjan M. Cohel"
    [asked] = claim_with(r, "Is he estranged").attribution.chain
    assert (asked.name, asked.type) == ("Sajjan M. Cohel", said.type)


# A member of a joint source may be a role whose phrase ends with the person's name, which the
# parser hangs on "of" and the NER misses (Wikinews 2019, the national-emergency story, new-user
# trial: Schiff was dropped, and "Schiff called it" went to an unnamed "Schiff"); "whip" is a
# legislator's role, no part of Durbin's name.
JOINT_ROLE = ("Senate Minority Whip Dick Durbin and incoming chair of the House Intelligence Committee "
              "Represenative Adam Schiff both yesterday questioned the President's power to do as he "
              "proposed.  Schiff called it \"a non-starter\".")


def test_a_role_then_a_name_is_a_member_of_a_joint_source(nlp):
    r = read(nlp, JOINT_ROLE)
    chain = claim_with(r, "questioned the President's power").attribution.chain
    assert [s.name for s in chain] == ["Dick Durbin and Adam Schiff"] and chain[0].type == "official"
    assert names(claim_with(r, "Schiff called it")) == ["adam schiff"]


# A joint source is typed by its members: their common type, else the most official one
# (new-user trial, VOA: "ICE and DHS" took ICE's type alone).
JOINT_TYPES = T("The Department of Homeland Security and the Department of State said the border was "
                "closed. Human Rights Watch and the Department of State said the camp was closed. "
                "Amnesty International and Human Rights Watch said the jail was closed. "
                "Reuters and NBC News reported the school was closed.")


@pytest.mark.parametrize("content, kind", [
    ("the border was closed", "government"),    # two departments: both government
    ("the camp was closed", "government"),      # a watchdog with a department: the department's
    ("the jail was closed", "organization"),    # two watchdogs
    ("the school was closed", "media outlet"),  # a wire service and a broadcaster
])
def test_a_joint_source_is_typed_by_its_members(nlp, content, kind):
    assert types(claim_with(read(nlp, JOINT_TYPES), content)) == [kind]


# A country's or state's mission, embassy, consulate or agency is a government, whatever body it
# is accredited to or its name mentions (new-user trial, VOA: "the U.S. Mission to the United
# Nations" was an organization); an international body's agency stays an organization.
STATE_BODIES = T("The U.S. Mission to the United Nations said the port was closed. The French consulate "
                 "said the road was closed. The Embassy of France said the bridge was closed. The U.S. "
                 "Agency for International Development said the clinic was closed. The U.N. refugee "
                 "agency said the school was closed.")


@pytest.mark.parametrize("content, kind", [
    ("the port was closed", "government"),
    ("the road was closed", "government"),
    ("the bridge was closed", "government"),
    ("the clinic was closed", "government"),
    ("the school was closed", "organization"),
])
def test_a_state_body_is_a_government(nlp, content, kind):
    assert types(claim_with(read(nlp, STATE_BODIES), content)) == [kind]


def test_an_agreement_is_a_document(nlp):
    # new-user trial (Wikinews): "The agreement assumes that our islands…" was typed unnamed
    r = read(nlp, T("The agreement states that the fishing grounds belong to Greece."))
    assert types(claim_with(r, "the fishing grounds belong to Greece")) == ["document"]


# The source and cue of a link are no part of the claim, inside a quotation as outside it.
@pytest.mark.parametrize("text", [
    T("\u201cAs reported by the IAEA Director General, Iran has expanded its stockpile,\u201d the "
      "U.S. Mission said."),
    T("\u201cAccording to the IAEA, Iran has expanded its stockpile,\u201d the U.S. Mission said."),
    T("\u201cIran has expanded its stockpile, according to the IAEA,\u201d the U.S. Mission said."),
    T("Iran has expanded its stockpile, according to the IAEA."),
])
def test_a_cited_source_leaves_the_claim_text(nlp, text):
    c = claim_with(read(nlp, text), "Iran has expanded its stockpile")
    assert c.text == "Iran has expanded its stockpile"
    assert len(c.attribution.chain) == (1 if text.startswith("Iran") else 2)


# A headline's closing tag reports the clause before it, which headline grammar led the parser
# to take for an adverbial (new-user trial, VOA); a clause with a subordinator stays adverbial.
HEADLINE_TAG = T("Trump to keep tariffs to pressure Mexico, Canada, China on fentanyl, aides say\n\n"
                 "The tariffs stay in place, officials said Sunday.")


def test_a_headline_tag_reports_the_clause_before_it(nlp):
    c = claim_with(read(nlp, HEADLINE_TAG), "Trump to keep tariffs")
    assert c.text == "Trump to keep tariffs to pressure Mexico, Canada, China on fentanyl"
    assert names(c) == ["aides"]
    assert c.factuality.label == "reported"


# "address" with hearers for object is a speech event that reports nothing; with a topic it
# stays the speaker's stance (new-user trial, Wikinews: her address was her own report).
ADDRESS = T("Hatice Cengiz, the fiancee of the murdered journalist, addressed reporters in New York on "
            "Thursday. The mayor addressed the issue of rents.")


def test_addressing_an_audience_reports_nothing(nlp):
    r = read(nlp, ADDRESS)
    c = claim_with(r, "addressed reporters")
    assert c.attribution.chain == [] and c.factuality.label == "asserted"
    assert names(claim_with(r, "addressed the issue")) == ["mayor"]


# VOA 6202743 (2021-03-02, new-user trial 6), read as an editor: the governor spoke to the girls,
# and what he reported is the clause of "said"; "addressed the girls" is the author's account of
# the act, no report and no stance.
ADDRESSED_GIRLS = T("State Governor Bello Matawalle addressed the girls and said their release is a big "
                    "relief to the state and their families.")


def test_addressing_people_reports_nothing(nlp):
    r = read(nlp, ADDRESSED_GIRLS)
    c = claim_with(r, "addressed the girls")
    assert c.attribution.chain == [] and c.stances == [] and c.factuality.label == "asserted"
    said = claim_with(r, "their release is a big relief")
    assert names(said) == ["bello matawalle"] and cue(said.attribution.chain[0]) == "said"


# VOA 6203525 (new-user trial eleven): "briefed reporters" names who heard him, no content; what he
# told them is in the sentences around it.
BRIEFED = T("Kirkwood briefed reporters via videoconference from his home in Yangon.")


def test_briefing_an_audience_reports_nothing(nlp):
    c = claim_with(read(nlp, BRIEFED), "briefed reporters")
    assert c.attribution.chain == [] and c.factuality.label == "asserted"


# Wikinews 2019 no. 114 (new-user trial eleven): "The Taliban have claimed responsibility" is the
# Taliban's report; so is the passive, the attack claimed by the movement as its own (PolNeAR
# gold for "Both incidents were claimed by the so-called Islamic State": source the agent, cue
# "were claimed", content the subject). The movement asserts it; the author reports it.
CLAIMED_BY = T("The speech came approximately one week after an attack on oil infrastructure in Saudi Arabia "
               "which halved Saudi oil output. The attack was claimed by the Houthi movement in Yemen, but both "
               "Saudi Arabia and the United States have alleged Iranian involvement.")


def test_a_passive_claim_is_its_agents_report(nlp):
    c = claim_with(read(nlp, CLAIMED_BY), "The attack was claimed")
    (src,) = c.attribution.chain
    assert norm(src.name).startswith("houthi movement") and (src.type, cue(src)) == ("organization", "was claimed")
    assert (src.factuality.label, c.factuality.label) == ("asserted", "reported")
    assert c.reported is not None and c.reported.text == "The attack"


# FNC-1 body 1588 (new-user trial eleven): "it" in the time clause is the government named just
# before it, not Lagos, where the correspondent is.
AFTER_IT_SAID = T("The BBC's Tomi Oladipo in Lagos says the video will come as a huge embarrassment for the "
                  "Nigerian government after it said it had secured a ceasefire with Boko Haram.")


def test_it_in_a_time_clause_is_the_body_named_before_it(nlp):
    c = claim_with(read(nlp, AFTER_IT_SAID), "had secured a ceasefire")
    inner = c.attribution.chain[-1]
    assert (inner.mention, cue(inner), norm(inner.name)) == ("it", "said", "nigerian government")
    assert inner.type == "government"


# VOA 6202743, its lead: the release is the author's own news; the Nigerians report only their
# relief, and the "after" clause dates that relief.
RELIEF_AFTER = T("Many Nigerians are expressing relief after more than 270 schoolgirls kidnapped in "
                 "northwestern Zamfara state were freed by their captors Tuesday.")


def test_a_time_clause_on_a_noun_phrase_report_is_the_authors_claim(nlp):
    r = read(nlp, RELIEF_AFTER)
    freed = claim_with(r, "were freed by their captors")
    assert freed.attribution.chain == [] and freed.factuality.label == "asserted"
    relief = claim_with(r, "expressing relief")
    assert names(relief) == ["many nigerians"] and relief.reported.text == "relief"


# Wikinews 2020 no. 72 (new-user trial 6): a person "wanted by" a court is the one sought; the
# court reports nothing there.
WANTED_BY = T("Red notices are declared to ask local authorities across the globe to find and arrest a "
              "person wanted by a judicial jurisdiction or an international tribunal with a view to "
              "his/her extradition on behalf of the country requesting it.")


def test_a_person_wanted_by_a_court_is_no_report_of_the_court(nlp):
    r = read(nlp, WANTED_BY)
    links = [s for c in r.claims for s in c.attribution.chain]
    assert not any(s.cue is not None and s.cue.text == "wanted" for s in links), [(s.name, s.cue) for s in links]
    assert claim_with(r, "arrest a person wanted").attribution.chain == []


# ---------------------------------------------------------------------------------------------
# New-user trial (VOA, Wikinews): sentence cuts, speaker tags, claim edges, source types.

RUN_ON_INITIALISM = T("Both leaders told the president they had curbed the flow of drugs into the "
                      "U.S. Sheinbaum sent troops to the border.")
OPENING_TAG = T("Speaking to a reporter of the network, the prince said, “It happened under my watch.”")
TRAILING_CONNECTIVES = T("The suits say the government has overstepped its bounds by denying migrants "
                         "access to legal representation and also by attempting to send migrants to "
                         "the base without legal authority. The ministry denied all claims that the man was "
                         "killed, however, a report later concluded that he was.")


def test_a_sentence_run_on_past_an_initialism_is_cut_there(nlp):
    reading = read(nlp, RUN_ON_INITIALISM)
    told = claim_with(reading, "curbed the flow")
    assert told.text == "they had curbed the flow of drugs into the U.S."
    sent = claim_with(reading, "sent troops")
    assert sent.text == "Sheinbaum sent troops to the border" and sent.attribution.chain == []


def test_a_speaker_tag_opening_a_quotation_is_no_part_of_it(nlp):
    c = claim_with(read(nlp, OPENING_TAG), "happened")
    assert c.text == "It happened under my watch"
    assert_single_source(c, "the prince", cue_text="said", quote="direct")


def test_a_claim_does_not_end_in_the_next_clauses_connective(nlp):
    reading = read(nlp, TRAILING_CONNECTIVES)
    assert claim_with(reading, "denying").text.endswith("by denying migrants access to legal representation")
    assert claim_with(reading, "all claims").text.endswith("that the man was killed")


# PolNeAR train: politico 2016-05-31 "cruz-looks-to-ease-bad-blood-wit", gold source "a source
# close to him", cue "said", content "Cruz will be re-evaluating how he approaches his colleagues";
# wash-post 2016-04-20 "beyond-victory-clinton-faces-dee", gold source "the NBC-Wall Street Journal
# poll", cue "according to", content "her negative ratings have been rising and now outweigh her
# positives by 24 points". The opening connective links the sentence to the one before it.
OPENING_CONNECTIVES = T("Cruz’s allies bristle at the suggestion that he’s entirely to blame for the bad blood "
                        "between him and other senators — it’s a two-way street, they insist. Still, Cruz will "
                        "be re-evaluating how he approaches his colleagues, a source close to him said.\n\n"
                        "Meanwhile, her negative ratings have been rising and now outweigh her positives by 24 "
                        "points, according to the NBC-Wall Street Journal poll.")


def test_a_content_does_not_start_with_its_sentences_connective(nlp):
    from newstrace.scoring import attributions_from_reading, span_text
    text = OPENING_CONNECTIVES
    found = {(span_text(text, a.source), span_text(text, a.content).rstrip("."))
             for a in attributions_from_reading(read(nlp, text))}
    assert ("a source close to him", "Cruz will be re-evaluating how he approaches his colleagues") in found
    assert ("the NBC-Wall Street Journal poll",
            "her negative ratings have been rising and now outweigh her positives by 24 points") in found


def test_an_official_word_of_another_clause_is_no_title_of_a_name(nlp):
    text = ("Masih Alinejad is a journalist. In 2018, Iranian officials offered to pay Alinejad’s "
            "relatives. Alinejad told reporters she could not comment.")
    c = claim_with(read(nlp, text), "could not comment")
    assert_single_source(c, "Masih Alinejad", type_="person", source_label=None)


@pytest.mark.parametrize("text, name, type_", [
    ("ALDI said it would limit sales of toilet paper.", "ALDI", "organization"),
    ("The Greek daily Kathimerini said the project had to speed up.", "Kathimerini", "media outlet"),
], ids=["capitals-brand", "daily"])
def test_a_company_or_paper_named_in_a_persons_way_is_no_person(nlp, text, name, type_):
    (c,) = read(nlp, text).claims
    assert norm(c.attribution.chain[0].name).endswith(norm(name)) and c.attribution.chain[0].type == type_


# New-user trial 5 (Wikinews 2020 nos. 118 and 15): a participial report on a subject noun, a
# relative clause that ascribes a description, a name and a common noun as one joint source.
PARTICIPIAL_REPORT = T("Several conservative groups claiming the 2020 U.S. presidential election was "
                       "stolen from incumbent President Donald Trump gathered on Saturday in the U.S. "
                       "capital, Washington D.C., for a rally organized by Women for America First.")
ASCRIPTION = T('Amman, who was described as "knife-obsessed" by the police, sent his girlfriend videos of '
               'beheadings and extremist text messages, and advised her to kill her "kuffar" '
               '(non-Muslim) parents.')
NAME_AND_NOUN = T("Trump and his supporters claimed Joe Biden only won the elections due to voter fraud.")


def test_a_participial_report_on_the_subject_keeps_its_clause(nlp):
    r = read(nlp, PARTICIPIAL_REPORT)
    c = claim_with(r, "was stolen")
    assert c.text == "the 2020 U.S. presidential election was stolen from incumbent President Donald Trump"
    assert names(c) == ["several conservative groups"] and cue(c.attribution.chain[0]) == "claiming"
    # "claimed": the groups state it as fact, the author relays it as alleged (factuality docstring)
    assert c.attribution.chain[0].factuality.label == "asserted" and c.factuality.label == "alleged"
    gathered = claim_with(r, "gathered on Saturday")
    assert gathered.text.startswith("Several conservative groups")
    assert gathered.attribution.chain == [] and gathered.factuality.label == "asserted"


def test_a_claim_ends_before_the_gerund_that_reports_the_next_clause(nlp):
    # the Wikinews 2020 no. 118 headline: "claiming" is the cue of the groups' report
    r = read(nlp, T("Conservative groups hold rally in Washington D.C. claiming U.S. elections were "
                    "stolen from President Trump\n\nThe rally was peaceful."))
    assert claim_with(r, "hold rally").text == "Conservative groups hold rally in Washington D.C."
    c = claim_with(r, "were stolen")
    assert names(c) == ["conservative groups"] and cue(c.attribution.chain[0]) == "claiming"


def test_a_relative_ascription_is_no_source_of_its_sentence(nlp):
    # the police described Amman; what he sent and advised is the author's (or his own) claim
    r = read(nlp, ASCRIPTION)
    sent = claim_with(r, "sent his girlfriend")
    assert sent.attribution.chain == [] and sent.factuality.label == "asserted"
    assert "police" not in names(claim_with(r, "advised her"))


def test_a_name_and_a_common_noun_are_one_joint_source(nlp):
    c = claim_with(read(nlp, NAME_AND_NOUN), "Joe Biden only won")
    assert names(c) == ["trump and his supporters"]
    assert c.attribution.chain[0].mention == "Trump and his supporters"


@pytest.mark.parametrize("text", ALL_TEXTS, ids=[f"t{i}" for i in range(len(ALL_TEXTS))])
def test_offsets_index_article_text(nlp, text):
    assert_offsets(read(nlp, text), text)


@pytest.mark.parametrize("text", [
    "The Courier said the plant would close, citing two officials.",
    "Citing two officials, the Courier said the plant would close.",
])
def test_citing_puts_the_cited_source_behind_the_reporter(nlp, text):
    # "X said Y, citing Z": X is the author's immediate source, Z stands behind X (the origin);
    # the "citing" phrase is a cue, not a claim of its own.
    r = read(nlp, text)
    c = claim_with(r, "the plant would close")
    assert [norm(s.name) for s in c.attribution.chain] == ["courier", "two officials"]
    assert not any(x.text.lower().startswith("citing") for x in r.claims)


def test_second_reported_clause_shares_the_frame(nlp):
    # "X said A and that B": both A and B are X's.
    r = read(nlp, "Police said the driver was arrested on Monday and that he had been drinking.")
    for phrase in ("the driver was arrested", "he had been drinking"):
        assert [norm(s.name) for s in claim_with(r, phrase).attribution.chain] == ["police"]


def test_nor_stays_with_the_clause_it_negates(nlp):
    r = read(nlp, "The army did not attack the town, nor did it shell the port.")
    assert claim_with(r, "shell the port").text.startswith("nor ")
    assert not claim_with(r, "attack the town").text.rstrip().endswith("nor")


def test_name_in_apposition_after_a_role_phrase(nlp):
    # The name set off by commas is the source's name; the role phrase makes it an official.
    r = read(nlp, "Pakistan's permanent representative to the United Nations, Munir Akram, "
                  "said the attack was planned abroad.")
    (src,) = claim_with(r, "the attack was planned abroad").attribution.chain
    assert (src.name, src.type) == ("Munir Akram", "official")
    assert src.mention.endswith("Munir Akram")


# ---------------------------------------------------------------------------------------------
# 13. Attitude cues that are no verbs (PolNeAR, PARC): "be" + stance adjective, stance nouns
#     with a that-clause, "in X's view".

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
    # cue "has been a supporter of", content "Mr. Trump's pugilistic instincts".
    r = read(nlp, "Mr. Bannon has been a supporter of Mr. Trump's pugilistic instincts, which the "
                  "candidate has made clear in interviews he is uncertain about suppressing.")
    c = claim_with(r, "pugilistic instincts")
    assert names(c) == ["bannon"], (c.text, names(c))
    assert cue(c.attribution.chain[0]) == "has been a supporter of"


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


def test_clause_before_a_semicolon_colon_or_dash_is_no_content_of_the_verb_after_it(nlp):
    # The parse hangs "The depot closed on Friday" on "denied" as its complement; the
    # semicolon makes them two claims: the closure is the author's, the denial the union's.
    r = read(nlp, "The depot closed on Friday; the union denied the layoffs.")
    c = claim_with(r, "The depot closed")
    assert c.attribution.chain == [], (c.text, names(c))
    # likewise across a dash: the lead is the author's, what the poll showed the poll's
    r = read(nlp, "Ortiz kept her lead — a new poll showed her ahead by nine points.")
    assert claim_with(r, "Ortiz kept her lead").attribution.chain == []
    assert names(claim_with(r, "ahead by nine points")) == ["a new poll"]
    # and across a colon: the muted reaction is the author's reading
    r = read(nlp, "The reaction was muted: Mayor Ortiz called it a reasonable compromise.")
    assert claim_with(r, "The reaction was muted").attribution.chain == []
    assert names(claim_with(r, "a reasonable compromise")) == ["ortiz"]
    # inside a quotation the semicolon stays the speaker's
    text = T("“The depot is closed; nobody will be paid,” said Ana Ruiz.")
    c = claim_with(read(nlp, text), "The depot is closed")
    assert names(c) == ["ana ruiz"], (c.text, names(c))


def test_verbless_quoted_fragment_after_a_speaker_tag_is_the_speakers(nlp):
    # "“A,” X said, “B”": the second part has no verb of its own; it is the same speaker's
    # quotation, with the same cue (PolNeAR annotates both parts as one content).
    text = T("“The clinic will stay open,” a council aide said on Monday, “but with fewer beds.”")
    r = read(nlp, text)
    c = claim_with(r, "fewer beds")
    assert names(c) == ["a council aide"], (c.text, names(c))
    assert cue(c.attribution.chain[0]) == "said"
    assert c.attribution.quote == "direct"
    first = claim_with(r, "stay open")
    assert first.attribution.chain[0].start_char == c.attribution.chain[0].start_char


def test_verbless_quoted_sentence_after_a_speaker_tag_is_the_speakers(nlp):
    # "''A,'' X said. ''B.''" with NYT typewriter marks and a verbless second quotation.
    text = T("''The water rose in minutes,'' Mayor Ilse Varga said. ''Total chaos.''")
    c = claim_with(read(nlp, text), "Total chaos")
    assert names(c) == ["ilse varga"], (c.text, names(c))
    assert cue(c.attribution.chain[0]) == "said"


def test_quoted_title_in_running_text_is_no_quotation_claim(nlp):
    # A programme's name in quotation marks inside the frame is no quoted statement.
    text = T("The farmer told the radio show ''Morning Fields'' that the harvest was late.")
    r = read(nlp, text)
    assert not any(c.text.strip("'") == "Morning Fields" for c in r.claims), [c.text for c in r.claims]


def test_a_gerund_subject_is_no_source(nlp):
    # "including oral storytelling in this report would show the academic world that…" (VOA
    # griots story): the act the speaker hopes for is no one's voice; the speaker is the source.
    r = read(nlp, "Canos-Donnay said she hoped that including oral storytelling in this report "
                  "would show the academic world that things can be done differently.")
    assert names(claim_with(r, "things can be done differently")) == ["canos-donnay"]


@pytest.mark.parametrize("text", [
    "Gunmen from a militia called the anti-Balaka attacked the town.",
    "Gunmen from a militia called the anti-Balaka attacked the town. One spokesman has called the situation a mess.",
])
def test_a_naming_participle_reports_nothing(nlp, text):
    # "a militia called the anti-Balaka" (VOA, Central African Republic story) names the militia;
    # the parser makes "called" the main verb (with or without the second sentence the parse
    # differs), but a participle with no auxiliary is no finite verb: the author states the attack.
    c = claim_with(read(nlp, T(text)), "attacked the town")
    assert c.attribution.chain == [] and c.factuality.label == "asserted"
    assert c.text.startswith("Gunmen from a militia called the anti-Balaka")


def test_a_quoted_not_is_no_negation_of_the_speech_verb(nlp):
    # VOA story 41: in '"Absolutely not," he said' the parse hangs the quoted "not" on "said";
    # the cue was 'not," he said' and the speaker's label "unknown" (as for "did not say").
    r = read(nlp, T('Howard Pike was asked about a recession. "Absolutely not," he said. '
                    '"There is going to be no recession."'))
    c = claim_with(r, "Absolutely not")
    assert c.text == "Absolutely not"
    src = c.attribution.chain[0]
    assert (norm(src.name), cue(src), src.factuality.label) == ("howard pike", "said", "asserted")


def test_a_demonstrative_subject_of_a_speech_act_is_no_source(nlp):
    # VOA story 42: "…, and that has raised many questions about what Iran is doing": "that" is
    # the situation, no speaker; "It issued a statement…" (an organisation) keeps its source.
    r = read(nlp, T("The agency no longer inspects the site, and that has raised many questions "
                    "about what the government is doing."))
    assert claim_with(r, "raised many questions").attribution.chain == []
    r = read(nlp, T("The ministry was silent for a week. It issued a statement on Monday condemning the raid."))
    assert [cue(s) for s in claim_with(r, "condemning the raid").attribution.chain] == ["issued a statement"]


def test_a_relative_called_is_still_a_report(nlp):
    # VOA story 38: "in a move that the leader of his legal team called “inhumane.”" (the first
    # naming-participle rule took this "called" for a name and dropped the source)
    r = read(nlp, T("A judge ordered the reporter back to prison this week in a move that the leader "
                    "of his legal team called “inhumane.” The reporter returned to prison on Monday."))
    c = claim_with(r, "inhumane")
    assert [cue(s) for s in c.attribution.chain] == ["called"]
    assert "leader of his legal team" in c.attribution.chain[0].mention




def test_an_extraposed_it_with_an_infinitive_of_saying_is_no_source(nlp):
    # "It is hard to say whether…": "it" stands for the infinitive, no one says anything
    r = read(nlp, "It is hard to say whether the talks in Geneva will survive the winter.")
    assert all(c.attribution.chain == [] for c in r.claims), [(c.text, c.attribution.chain) for c in r.claims]


@pytest.mark.parametrize("text, type_", [
    # new-user trial, VOA story 81: think-tank and university people were typed "official"
    ("Ken Weller, Japan chair at Hudson Institute, said the plan was sound.", "expert"),
    ("Dana Schiff, senior director at the Sasakawa Peace Foundation, said the body would help.", "expert"),
    ("Dan Snyder, a lecturer at Stanford University, said the premier wants more.", "expert"),
    # new-user trial (session 16), VOA stories 64 and 65: an endowment's vice president, an
    # analytics programme's director, and a fellow whose name the NER left unlabelled (it ends
    # in "Sun", a word of newspapers' names)
    ("Dora Pahl, vice president at the Carnegie Endowment for International Peace, said a summit "
     "could be risky.", "expert"),
    ("Kent Gauss, director of the Adversary Analytics Program at CNA, said the talks would stall.", "expert"),
    ("The country is looking at its rights offshore, said Oh Ei Sun, senior fellow with the Singapore "
     "Institute of International Affairs.", "expert"),
    # a director of a school district or a government agency stays an official
    ("Maria Lopez, director of the Mexico City school district, said classes would resume.", "official"),
    # new-user trial (session 16), Wikinews 2020 no. 90: a member of a legislature is an official
    ("Vijay Goel, a member of the Rajya Sabha, said the president was an excellent politician.", "official"),
    ("John Smith, a member of parliament, said the bill would pass.", "official"),
    # a member of a club or a movement is not
    ("Ann Lee, a member of the Sierra Club, said the river was polluted.", "person"),
    # new-user trial (session 16), VOA story 72: a government-run outlet is state media
    # (CONVENTIONS.md source types); the hyphenated modifier is three tokens
    ("The government-run Vietnam Investment Review news website said revenue rose.", "state media"),
    ("The independent news website Malaysiakini said the vote was close.", "media outlet"),
])
def test_the_words_around_a_source_give_its_type(nlp, text, type_):
    (c,) = [c for c in read(nlp, T(text)).claims if c.attribution.chain]
    assert types(c) == [type_]


def test_a_sea_is_no_person_and_a_country_is_no_group(nlp):
    # VOA stories 51 and 65: "China" (a first name in the name list) + "Sea" made the person
    # "China Sea", to whom every later "China" went; story 56: "the group" went to "Cameroon",
    # which the NER labelled an organisation
    from spacy.tokens import Span

    from newstrace.entities import trailing_name
    doc = nlp("Ships leave the South China Sea.")
    assert trailing_name(Span(doc, 3, 6, label="LOC"), whole=True) is None
    r = read(nlp, "The Alliance of Democracies, headquartered in Copenhagen, was sanctioned by Beijing "
                  "earlier this year. The organization, led by a former NATO chief, said the troops would "
                  "stay in the valley.")
    assert [s.name for s in claim_with(r, "troops would stay").attribution.chain] == ["The Alliance of Democracies"]


def test_a_pair_of_dashes_is_an_aside_not_a_clause_break(nlp):
    # VOA story 76: the clause before "AFP reported" holds an aside between two dashes; it stays
    # the wire's report and "Agence France-Presse reported" is no claim of its own
    r = read(nlp, "Several environment groups accused the utility\u2014along with another, Endesa\u2014of "
                  "trying to influence the talks, Agence France-Presse reported.")
    c = claim_with(r, "of trying to influence the talks")
    assert [(s.name, s.cue.text) for s in c.attribution.chain][0] == ("Agence France-Presse", "reported")
    assert not any(x.text.strip() == "Agence France-Presse reported" for x in r.claims)


@pytest.mark.parametrize("text, name", [
    # new-user trial (session 15), VOA stories 2 and 89: research-centre staff and a Sinologist
    ("Anwar al-Bunni, co-founder and executive director of the Syrian Center for Legal Studies and "
     "Research, says that the declaration has flaws.", "Anwar al-Bunni"),
    ("Francesco Sisci, an Italian Sinologist, told reporters that the forces are too strong.", "Francesco Sisci"),
])
def test_staff_of_a_research_centre_and_a_sinologist_are_experts(nlp, text, name):
    r = read(nlp, text)
    c = r.claims[-1]
    assert [(s.name, s.type) for s in c.attribution.chain] == [(name, "expert")]


@pytest.mark.parametrize("text, name", [
    # new-user trial (session 16), Wikinews 2020 no. 30: an unlisted paper named after its kind
    # (the parse hangs "newspaper" on the list before it; the NER labels "Hindu" NORP)
    ("Various activities are being conducted in this period, including yoga and trekking, newspaper "
     "The Hindu reported.", "The Hindu"),
    ("The Irish broadcaster RTE said the vote was close.", "The Irish broadcaster RTE"),
])
def test_a_name_a_publication_noun_introduces_is_a_media_outlet(nlp, text, name):
    c = read(nlp, T(text)).claims[0]
    assert [(s.name, s.type) for s in c.attribution.chain] == [(name, "media outlet")]


def test_the_author_s_own_doubt_names_no_source(nlp):
    # new-user trial (session 16), VOA story 62 (a reporter's notebook): "I am not sure I want
    # to repeat the experience" had the source "I"; the author is implicit (CONVENTIONS.md),
    # as for "I think…"; inside quotation marks "I" is the speaker
    r = read(nlp, "The trip was long. I am not sure I want to repeat the experience anytime soon.")
    assert claim_with(r, "repeat the experience").attribution.chain == []
    r = read(nlp, "\u201cI am not sure the plan will work,\u201d the minister said.")
    assert [s.name for s in claim_with(r, "the plan will work").attribution.chain] == ["the minister"]


def test_a_quotation_continues_a_speaker_tag_only_right_after_it(nlp):
    # new-user trial (session 16), VOA story 61, one flattened paragraph: a quoted fragment three
    # sentences after "…, Jusnes said." inside a sentence about someone else had gone to Jusnes
    r = read(nlp, "\"Significant amounts\" of money have gone to vehicle repairs, Jusnes said. While Kenya "
                  "wants to close the camps, residents say they have no safe alternatives. Shamsa Mohamed "
                  "Aden was among the refugees who returned in 2017. But she and her household \"couldn't "
                  "get the essentials of life, such as education and clean water.\"")
    assert claim_with(r, "essentials of life").attribution.chain == []
    # right after the tag it continues the speaker, also after "But" and within a sentence that
    # opens with the continued quotation (PolNeAR train, nyt 2016-01-20)
    r = read(nlp, "''There were no public campaigns of support,'' said Jeremy Bash, then the C.I.A. "
                  "director. ''This was an example of President Obama'' and his team ''just quietly "
                  "deciding to use our leverage.''")
    assert names(claim_with(r, "This was an example")) == ["jeremy bash"]
    r = read(nlp, "\u201cThe agreement is solid,\u201d Wyne said. But \u201cthe president is the most prominent "
                  "dissenter from this consensus.\u201d")
    assert names(claim_with(r, "most prominent dissenter")) == ["wyne"]


def test_the_acronym_of_an_according_to_source_is_no_content(nlp):
    # new-user trial (session 16), Wikinews 2020 no. 40: the claim began "WHO), …"
    r = read(nlp, "According to the World Health Organization (WHO), 167,515 cases were reported.")
    c = claim_with(r, "cases were reported")
    assert c.text == "167,515 cases were reported"
    assert [s.name for s in c.attribution.chain] == ["the World Health Organization"]


def test_claiming_lives_is_killing_not_a_claim(nlp):
    # new-user trial (session 16), Wikinews 2020 no. 40: "the virus" had become a source
    r = read(nlp, "The virus claimed 6606 lives in Italy. The rebels claimed the attack was a success.")
    assert claim_with(r, "claimed 6606 lives").attribution.chain == []
    assert claim_with(r, "claimed 6606 lives").factuality.label == "asserted"
    assert [s.name for s in claim_with(r, "attack was a success").attribution.chain] == ["The rebels"]


def test_parties_disputing_territory_is_a_contest_not_a_denial(nlp):
    # new-user trial 8, VOA 6204681: a "denied" chain fed a false "contested" story
    r = read(nlp, "Japan and China have been disputing the uninhabited Senkaku/Diaoyu islands in the East "
                  "China Sea for years. Smith and Jones disputed the report.")
    c = claim_with(r, "Senkaku/Diaoyu islands")
    assert c.attribution.chain == []
    assert c.factuality.label == "asserted"
    assert [s.name for s in claim_with(r, "disputed the report").attribution.chain] == ["Smith and Jones"]
    assert claim_with(r, "disputed the report").attribution.chain[0].factuality.label == "denied"


def test_a_reason_clause_after_the_reported_content_is_part_of_it(nlp):
    # PolNeAR dev, politico 2016-09-22 (house panel): gold source "Rep. Trey Gowdy (R-S.C.)",
    # cue "said", content "that claim smacked of hypocrisy, because Democrats have been at the
    # forefront of questioning the FBI's decisions…" (the parse hangs "because" on "said")
    r = read(nlp, "Rep. Trey Gowdy (R-S.C.) said that claim smacked of hypocrisy, because Democrats have "
                  "been at the forefront of questioning the FBI's decisions on issuing national security "
                  "letters to demand information or not to prosecute bank executives over the 2008 economic "
                  "collapse.")
    assert names(claim_with(r, "forefront of questioning")) == ["trey gowdy"]
    assert names(claim_with(r, "not to prosecute bank executives")) == ["trey gowdy"]
    assert names(claim_with(r, "smacked of hypocrisy")) == ["trey gowdy"]


def test_a_comment_clause_does_not_cut_a_speaker_s_content(nlp):
    # PolNeAR dev, breitbart 2016-09-25 (Pence): gold source "PENCE", cue ":", content "Well,
    # the question really should be why was Hillary Clinton and her campaign, you know,
    # inviting some celebrity basketball team owner to the debate to sit on the front row,
    # someone who has mocked and ridiculed my running mate."
    r = read(nlp, "PENCE: Well, the question really should be why was Hillary Clinton and her campaign, you "
                  "know, inviting some celebrity basketball team owner to the debate to sit on the front "
                  "row, someone who has mocked and ridiculed my running mate.")
    assert names(claim_with(r, "inviting some celebrity basketball team owner")) == ["pence"]


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


def test_a_clause_goes_on_after_a_speaker_tag_set_into_it(nlp):
    # PolNeAR dev, nyt 2016-10-02 (a curious plan to fight climate change): gold source "Mr.
    # Clarke", cue "said", content "Lenox was a juggernaut … until it went bankrupt in 1999"
    r = read(nlp, "Lenox was a juggernaut, Mr. Clarke said, until it went bankrupt in 1999. Mr. Clarke "
                  "said he began to rethink his life's goals.")
    c = claim_with(r, "until it went bankrupt in 1999")
    assert c.text.startswith("Lenox was a juggernaut")
    assert names(c) == ["clarke"]


def test_bare_verbs_after_an_infinitive_complement_are_part_of_it(nlp):
    # PolNeAR dev, breitbart 2016-09-30 (the latest): gold source "She", cue "wants", content
    # "to triple the size of the AmeriCorps program, grow the Peace Corps and create a new
    # national service reserve program" (the parse hangs "grow" and "create" on "wants")
    r = read(nlp, "She wants to triple the size of the AmeriCorps program, grow the Peace Corps and create a "
                  "new national service reserve program.")
    assert names(claim_with(r, "grow the Peace Corps")) == ["she"]
    assert names(claim_with(r, "create a new national service reserve program")) == ["she"]


def test_a_name_after_a_capitalised_title_is_a_person_that_a_role_and_he_repeat(nlp):
    # new-user trial (session 17), VOA story 67: "Solo Mayor Hadi Rudyatmo" (labelled a place)
    # was no antecedent: "said the mayor" stayed unnamed and "he added" went to a governor
    # named earlier; the mayor is the last speaker
    # (the story's names, shortened: the small NER labels the mayor's name a place)
    r = read(nlp, "Central Java Governor Ganjar Pranowo told officials to draft regulations. Solo Mayor "
                  "Hadi Rudyatmo said the supply of dog meat had grown. \u201cNo,\u201d said the mayor. "
                  "\u201cWe will do it slowly,\u201d he added.")
    assert names(claim_with(r, "No")) == ["hadi rudyatmo"]
    assert names(claim_with(r, "do it slowly")) == ["hadi rudyatmo"]


def test_the_organization_repeats_the_body_a_which_clause_follows(nlp):
    # new-user trial (session 17), VOA story 67: "according to the organization" went to the
    # World Health Organization named two sentences before the campaign group it repeats
    # (the story's names, shortened: the NER leaves the group's name unlabelled)
    r = read(nlp, "The virus spreads through bites, according to the World Health Organization. "
                  "Data from Dog Meat Free Indonesia, which wants the trade abolished, suggests that 900 "
                  "dogs are sold each week. Most of the dogs come from West Java, according to the organization.")
    assert names(claim_with(r, "come from West Java")) == ["dog meat free indonesia"]


def test_the_agent_of_as_cited_by_is_the_immediate_source(nlp):
    # new-user trial (session 17), VOA story 72: "X has found, as cited by Y" gave [X, Y]; Y
    # cites X, so the author has it from Y and X is the origin (CONVENTIONS.md, chain order),
    # the reverse of "…, citing X"
    r = read(nlp, "Exports fell by a third, Delta Market Research has found, as cited by the trade "
                  "website Port News. The rebels seized the town, the agency said, citing local officials.")
    assert names(claim_with(r, "Exports fell")) == ["trade website port news", "delta market research"]
    assert names(claim_with(r, "rebels seized")) == ["agency", "local officials"]


def test_a_conjunct_of_a_prepositional_object_is_no_stranded_subject(nlp):
    # new-user trial (session 17), VOA story 69 (shortened): the parse left "told" without a
    # subject and the walk back took "Red Crescent Society", a conjunct inside "for the Red
    # Cross and Red Crescent Society", as a second source; the provincial head told VOA
    r = read(nlp, "Sayed Abdul Wajeed Sadat, the Ghazni provincial head for the Red Cross and Red "
                  "Crescent Society told VOA five people had likely been killed in the crash.")
    assert names(claim_with(r, "five people")) == ["sayed abdul wajeed sadat"]




def test_a_claim_of_a_quotation_never_crosses_a_sentence_end(nlp):
    # new-user trial (VOA): '“I'm not concerned about a little bit of volatility over three weeks.
    # I can't tell you the market is going to go up today, tomorrow, next week.”': "I can't tell
    # you", the words of a frame inside the quotation, joined the claim of the sentence before
    r = read(nlp, T("“We are focused on the real economy,” he said. “I'm not concerned about a little "
                    "bit of volatility over three weeks. I can't tell you the market is going to go up "
                    "today, tomorrow, next week.”"))
    assert norm(claim_with(r, "volatility").text) == norm(
        "I'm not concerned about a little bit of volatility over three weeks")
    assert norm(claim_with(r, "market is going").text) == norm(
        "I can't tell you the market is going to go up today, tomorrow, next week")


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


def test_a_quotation_in_the_subjects_relative_clause_is_no_report_of_its_verb(nlp):
    # new-user trial (VOA): 'Mhlanga, who faces two charges relating to "transmitting of data
    # messages inciting violence or damage to property," denies the charges against him': the
    # relative clause, quoted charge and all, is the author's statement, not Mhlanga's denial
    r = read(nlp, T('Mhlanga, who faces two charges relating to "transmitting of data messages inciting '
                    'violence or damage to property," denies the charges against him.'))
    faces = claim_with(r, "who faces")
    assert faces.attribution.chain == []
    assert (faces.factuality.label, faces.factuality.value) == ("asserted", "CT+")
    assert names(claim_with(r, "denies")) == ["mhlanga"]


def test_an_order_for_goods_is_no_speech_act(nlp):
    # new-user trial (Wikinews): "Coles ordered bigger packages from suppliers and increased
    # delivery frequency, Woolworths ordered extra stock" was a demand of Woolworths'; buying
    # stock is an act the author states, with no source and no stance
    r = read(nlp, T("To further alleviate the shortage, Coles ordered bigger packages from suppliers and "
                    "increased delivery frequency, Woolworths ordered extra stock. The shop ordered new "
                    "chairs from a supplier in Italy. The general ordered troops to withdraw."))
    for text in ("Woolworths ordered", "Coles ordered", "new chairs"):
        c = claim_with(r, text)
        assert c.attribution.chain == [] and c.stances == [], (text, names(c), c.stances)
    # a directive to people is still a report of the one who gives it
    assert names(claim_with(r, "troops")) == ["general"]


@pytest.mark.parametrize("text, act", [
    ("Air travel is one of the largest expenses of Mr. Trump's Republican presidential campaign: A "
     "company he owns has charged the campaign approximately $3.7 million in travel costs.", "has charged"),
    ("She boasts a roughly 45-point lead nationally, which her campaign refers to as a firewall.", "boasts"),
    ("Chicago-based AbbVie and Dublin-based Shire called off a $54 billion inversion deal after the "
     "Treasury issued those rules.", "called off"),
    ("In the Democratic race, Sen. Bernie Sanders maintained his double-digit lead over former secretary "
     "of state Hillary Clinton.", "maintained"),
    ("So far, Mr. Pence has been silent, and his aides referred requests for comment to Mr. Trump's campaign "
     "staff.", "referred"),
], ids=["charge-a-price", "boast-a-lead", "call-off", "maintain-a-lead", "refer-requests-on"])
def test_a_reporting_verb_in_a_sense_that_reports_nothing_is_the_authors(nlp, text, act):
    # PolNeAR train sentences the annotators left with no attribution on these verbs, read as an
    # editor would: a price charged, a lead one has or keeps, a deal called off are acts the author
    # states, with no source, no cue and no stance (stance.plain_sense, cue_rules.PLAIN_WITH_OBJECT)
    from newstrace.scoring import attributions_from_reading, span_text
    r = read(nlp, T(text))
    c = claim_with(r, act)
    assert c.attribution.chain == [] and c.stances == [], (names(c), c.stances)
    assert (c.factuality.label, c.factuality.value) == ("asserted", "CT+")
    assert not [a for a in attributions_from_reading(r) if act.split()[-1] in span_text(text, a.cue)]


def test_a_boast_of_something_keeps_its_source(nlp):
    # PolNeAR train (politico_2016-01-05_trump-quietly-builds-a-data-jugg), gold source "Trump",
    # cue "has boasted of": "boast" with a preposition reports
    from newstrace.scoring import attributions_from_reading, span_text
    text = T("Trump has made his wealth a centerpiece of his campaign and has boasted of his willingness "
             "to spend “whatever it takes” from his own fortune to win the White House.")
    got = [(span_text(text, a.source), span_text(text, a.cue)) for a in attributions_from_reading(read(nlp, text))]
    assert ("Trump", "has boasted of") in got, got


def test_per_an_outlet_after_the_speaker_is_the_outer_source(nlp):
    # new-user trial (Wikinews): '"…you would probably minimise the panic" said Russell Zimmerman per
    # ABC News.': the author has it from ABC News, which has it from Zimmerman (CONVENTIONS.md:
    # the chain runs from the author's immediate source to the origin)
    r = read(nlp, T('"If the shelves were full, you would probably minimise the panic" said Russell '
                    'Zimmerman per ABC News.'))
    c = claim_with(r, "minimise the panic")
    assert names(c) == ["abc news", "russell zimmerman"]
    assert [cue(s) for s in c.attribution.chain] == ["per", "said"]


# A contrast clause with a subject of its own that the parse hung on the reporting verb after its
# complement is part of what is said; a trailing "so" on "do" ends the content, no conjunction.
BUT_CLAUSE = ("Mayor Ilse Brandt said the city did not have the numbers, but residents were still "
              "using the tool.")
DO_SO = "Mayor Ilse Brandt said the city would continue to do so."


@pytest.mark.parametrize("text, content", [
    (BUT_CLAUSE, "the city did not have the numbers, but residents were still using the tool"),
    (DO_SO, "the city would continue to do so"),
], ids=["but-clause", "do-so"])
def test_reported_content_keeps_its_contrast_clause_and_trailing_adverb(nlp, text, content):
    from newstrace.scoring import attributions_from_reading, span_text
    attrs = attributions_from_reading(read(nlp, text))
    assert [(span_text(text, a.source), span_text(text, a.content)) for a in attrs] == [
        ("Mayor Ilse Brandt", content)]


def test_a_descriptive_noun_repeats_the_organisation_named_before(nlp):
    # new-user trial (session 18), VOA story 23: "the trade body said" stayed unnamed though the
    # sentence names the World Trade Organization; "the bloc" repeats the European Union. A
    # modifier of the noun picks the organisation whose name holds it ("trade")
    r = read(nlp, T("Canada also requested World Trade Organization dispute consultations with the "
                    "International Steel Association over its duties on steel, the trade body said "
                    "Thursday. Trump threatened the European Union with new tariffs on wine. The bloc "
                    "said it would respond."))
    (s,) = claim_with(r, "requested World Trade Organization").attribution.chain
    assert (s.name, s.type) == ("World Trade Organization", "organization")
    assert names(claim_with(r, "would respond")) == ["european union"]


def test_the_company_is_no_person_named_next(nlp):
    # PolNeAR train: "The company" went to a person named in the next sentence (the role path
    # of "the minister"); a company is a body, the one named before
    r = read(nlp, T("Shares of Exxon Mobil fell on Friday. The company said its output had fallen. "
                    "\u201cWe expect a better year,\u201d Darren Woods told analysts."))
    (s,) = claim_with(r, "output had fallen").attribution.chain
    assert (s.name, s.type) == ("Exxon Mobil", "organization")


def test_the_head_of_an_organisation_is_the_person_named_next_and_again(nlp):
    # new-user trial (session 18), VOA story 12 (shortened): "The head of Doctors Without Borders
    # (MSF)" is named in the next sentence, and "The head of MSF" later is the same man
    r = read(nlp, T("The head of Doctors Without Borders (MSF) told the council that his teams in "
                    "Sudan have seen evidence of sexual violence. \u201cThe vast majority had been "
                    "raped,\u201d said Secretary General Christopher Lockyear. The fighting has spread "
                    "to Darfur. The head of MSF told the council that he was in Sudan six weeks ago."))
    assert names(claim_with(r, "his teams in Sudan")) == ["christopher lockyear"]
    assert names(claim_with(r, "six weeks ago")) == ["christopher lockyear"]


def test_a_watchdog_named_with_without_is_one_organisation(nlp):
    # new-user trial (session 18), VOA story 14: the NER labels only "Borders", and "Reporters"
    # typed the watchdog a news outlet; its "it" went to "Borders"
    r = read(nlp, T("The media watchdog Reporters Without Borders said that conditions for "
                    "journalists have improved. But, it noted in its press freedom index, media have "
                    "faced greater persecution since the 2023 election."))
    (s,) = claim_with(r, "conditions for journalists").attribution.chain
    assert (s.name, s.type) == ("Reporters Without Borders", "organization")
    assert names(claim_with(r, "greater persecution")) == ["reporters without borders"]
    # new-user trial six, VOA story 7836916: without "the" the parser takes "watchdog" for a
    # verb and the NER labels only "Media"; the watchdog was an unnamed source
    r = read(nlp, "He added that the journalist is not allowed to leave the country. Media watchdog Reporters "
                  "Without Borders welcomed the release and reiterated \"its call to the authorities to "
                  "immediately drop all charges against him.\"")
    (s,) = claim_with(r, "drop all charges").attribution.chain
    assert (s.name, s.type) == ("Reporters Without Borders", "organization")


@pytest.mark.parametrize("text, phrase, name, type_", [
    # new-user trial (session 18), Wikinews stories 5 and 34: a Greek daily and supermarket
    # chains the NER labels persons were typed person
    ("Greek daily Kathimerini said Greece and Cyprus had to speed up.", "had to speed up",
     "Kathimerini", "media outlet"),
    ("Australian store chains Woolworths and Coles lowered their limits on toilet paper. Coles "
     "said many stores were still selling out.", "selling out", "Coles", "organization"),
    ("Coles, in its March 8 media release, reported that many stores are still selling out.",
     "selling out", "Coles", "organization"),
])
def test_a_name_classified_as_a_body_is_no_person(nlp, text, phrase, name, type_):
    (s,) = claim_with(read(nlp, T(text)), phrase).attribution.chain
    assert (s.name, s.type) == (name, type_)


def test_underline_reports_a_clause(nlp):
    # new-user trial (session 18), Wikinews story 5: a verb of emphasis, as "stress" and
    # "underscore", introduces what the speaker says
    r = read(nlp, T("Mitsotakis underlined they keep channels to Turkey open for dialog."))
    (s,) = claim_with(r, "keep channels").attribution.chain
    assert (norm(s.name), cue(s)) == ("mitsotakis", "underlined")


@pytest.mark.parametrize("text, phrase, name, cue_text, subject", [
    # new-user trial (session 20; Wikinews 2019 no. 157, VOA story 38): the reported clause's
    # subject hung on the reporting verb and its verb made a conjunct of a verb above, so the
    # content was cut to its subject
    ("Protesters have claimed Vorland, especially, is unduly influencing the government.",
     "unduly influencing the government", "protesters", "claimed", "Vorland"),
    ("On Friday, the Combined Joint Task Force Operation Inherent Resolve released a statement "
     "saying an attack that day on an Iraqi air base housing U.S. military personnel near Mosul "
     "produced no casualties.", "produced no casualties",
     "the Combined Joint Task Force Operation Inherent Resolve", "saying", "an attack that day"),
    ("Defense Secretary Pete Hegseth, also speaking in late January, called the detention center "
     "at Guantanamo Bay “the prefect place” to hold criminals slated for removal, but also said the "
     "base’s migrant operations center, first built in the 1990s, would also be opened for "
     "nonviolent migrants awaiting deportation.", "would also be opened", "Pete Hegseth", "said",
     "the base’s migrant operations center"),
])
def test_a_split_complement_is_reported_whole(nlp, text, phrase, name, cue_text, subject):
    c = claim_with(read(nlp, T(text)), phrase)
    (s,) = c.attribution.chain
    assert (norm(s.name), cue(s).split()[-1]) == (norm(name), cue_text)
    assert c.text.startswith(subject)


def test_a_clause_whose_subject_was_run_into_a_noun_pair_is_its_own_reported_claim(nlp):
    # FNC-1 body 63 (new-user trial 9): "the ward and security" parsed as one noun phrase, so the
    # claims were "…posted around the ward and security" / "remains tight"
    r = read(nlp, T("The source said bodyguards have been posted around the ward and security remains tight."))
    out = [c.text for c in r.claims]
    assert "bodyguards have been posted around the ward" in out
    for text in ("bodyguards have been posted around the ward", "security remains tight"):
        (s,) = claim_with(r, text).attribution.chain
        assert (norm(s.name), cue(s), s.type) == ("source", "said", "unnamed")
        assert claim_with(r, text).factuality.label == "reported"


def test_a_list_of_verb_phrases_keeps_its_own_claims(nlp):
    # "resigned his post" is the minister's act, stated by the author, not what he denied
    c = claim_with(read(nlp, T("The minister denied the charges, resigned his post and left.")), "resigned his post")
    assert c.attribution.chain == []


def test_a_headline_admission_is_reported_by_its_subject(nlp):
    # new-user trial (session 20), Wikinews 2020 no. 8: "admits" parsed as an auxiliary
    c = claim_with(read(nlp, T("Iran admits downing Ukrainian jet, cites 'human error'")), "downing Ukrainian jet")
    (s,) = c.attribution.chain
    assert (norm(s.name), cue(s)) == ("iran", "admits")


def test_a_speaker_tag_inside_a_relative_clause(nlp):
    # new-user trial (session 20), VOA story 24: "Karimov said" reports the relative clause
    r = read(nlp, T("Passengers could board at any station along the route, which, Karimov said, "
                    "largely explained the gap in the figures."))
    (s,) = claim_with(r, "explained the gap").attribution.chain
    assert (norm(s.name), cue(s)) == ("karimov", "said")


def test_an_estimate_is_its_makers_report(nlp):
    # PolNeAR annotates "Forbes put his net worth at $45 billion" with "put" as cue
    c = claim_with(read(nlp, T("The Velan Herald has placed the death count in the hundreds.")), "death count")
    (s,) = c.attribution.chain
    assert (norm(s.name), cue(s)) == (norm("The Velan Herald"), "placed")
    assert claim_with(read(nlp, T("The clerk put the files on the table.")), "files").attribution.chain == []


def test_an_apposition_says_who_denies_the_charge(nlp):
    # new-user trial (session 20), VOA story 24; PolNeAR: "…, a charge that Colorado Republican
    # leaders strongly denied" has the leaders for source, the verb for cue, "a charge" for content
    r = read(nlp, T("Officials accused Velania of arming the rebels, a charge the Velanian government "
                    "quickly rejected."))
    c = claim_with(r, "a charge")
    (s,) = c.attribution.chain
    assert norm(s.name) == norm("the Velanian government") and cue(s).endswith("rejected")
    assert (s.factuality.label, s.factuality.value) == ("denied", "CT-")
    assert (c.factuality.label, c.factuality.value) == ("reported", "Uu")
    assert "a charge" not in claim_with(r, "arming the rebels").text


def test_a_charge_run_into_the_deniers_name_is_still_denied(nlp):
    # VOA 8011076 (new-user trial 8): the parser ran "a charge" into the spokesperson's name;
    # Balkhi denied the charge on Thursday, the day before publication (2025-03-14)
    r = read(nlp, "Bugti and Chaudhry reiterated the claim that Tuesday\u2019s attack was orchestrated by "
                  "militants with bases in Afghanistan, a charge Afghan foreign ministry spokesperson Abdul "
                  "Qahar Balkhi rejected Thursday.", published="2025-03-14")
    c = claim_with(r, "a charge")
    (s,) = c.attribution.chain
    assert (s.name, cue(s), s.type) == ("Abdul Qahar Balkhi", "rejected", "official")
    assert (s.factuality.label, s.factuality.value) == ("denied", "CT-")
    assert c.reported is None and "2025-03-13" in [t.value for t in c.times]
    attack = claim_with(r, "orchestrated")
    assert "charge" not in attack.text and names(attack) == ["bugti and chaudhry"]


@pytest.mark.parametrize("text, whole", [
    ("Nobody said the plant was closed.", "Nobody said the plant was closed"),
    ("No one told reporters that the talks had failed.", "No one told reporters that the talks had failed"),
    ("No organization immediately claimed credit for the attack.", "No organization immediately claimed credit"),
    ("Neither the police nor the mayor's office have responded to a request for comment.",
     "Neither the police nor the mayor's office have responded"),
    ("None of the officials confirmed the report.", "None of the officials confirmed the report"),
])
def test_a_negative_quantifier_subject_is_no_source(nlp, text, whole):
    # new-user trial (Wikinews, VOA): "no one", "nobody", "no N", "neither … nor …", "none of …"
    # name no party; the sentence is the author's claim that no one reported, one claim with
    # no chain, and what nobody said is no claim of its own
    reading = read(nlp, text)
    assert [c.attribution.chain for c in reading.claims] == [[]]
    assert whole in reading.claims[0].text


def test_a_negative_quantifier_through_a_relative_pronoun_is_no_source(nlp):
    # VOA 6206085 (new-user trial 13): Berisha denies any corrupt affair; "no one … that can
    # say" names no one who says "I am implicated", so that clause is no claim of Berisha's
    # assertion: one claim, the whole quotation, which Berisha asserts and the author reports
    text = ('"There is no one in Albania or the world that can say I am implicated in any corrupt affair," '
            'he said.')
    reading = read(nlp, text)
    [c] = reading.claims
    assert c.text == "There is no one in Albania or the world that can say I am implicated in any corrupt affair"
    assert [(s.mention, cue(s), s.factuality.label) for s in c.attribution.chain] == [("he", "said", "asserted")]
    assert c.factuality.label == "reported"


@pytest.mark.parametrize("text, whole", [
    ("Iran's Foreign Ministry did not immediately reply to VOA's email requesting comment.",
     "did not immediately reply to VOA's email requesting comment"),
    ("DHS officials did not immediately respond to a request for comment on the upcoming hearing.",
     "did not immediately respond to a request for comment"),
    ("The mayor never replied to the letter.", "never replied to the letter"),
])
def test_a_non_reply_is_the_authors_statement(nlp, text, whole):
    # new-user trial (VOA stories 42 and 43): not replying reports nothing; the author asserts
    # the silence (CT+, no chain), as with "Neither DHS nor ICE have responded", and the email
    # that requests comment is no stance of the ministry's
    reading = read(nlp, text)
    c = claim_with(reading, whole)
    assert c.attribution.chain == []
    assert (c.factuality.label, c.factuality.value) == ("asserted", "CT+")
    assert c.stances == []


def test_a_request_for_anonymity_is_no_report(nlp):
    # new-user trial (VOA story 43): "declining to be named" states the terms on which the
    # spokesperson spoke; the spokesperson reports the quotation, not the anonymity
    r = read(nlp, '"The lawsuit is baseless," a DHS spokesperson told VOA in a statement earlier this month, '
                  'declining to be named.')
    (s,) = claim_with(r, "The lawsuit is baseless").attribution.chain
    assert norm(s.name) == norm("a DHS spokesperson") and cue(s) == "told"
    for c in r.claims:
        if "declining" in c.text:
            assert c.attribution.chain == [] and c.stances == []


def test_a_participle_after_a_speaker_tag_is_the_speakers(nlp):
    # new-user trial (VOA story 43): the parse hangs "describing" on the quotation's verb; the
    # participle after the tag is the spokesperson's act, and "they" of the quotation is no
    # source of it
    r = read(nlp, 'DHS officials have repeatedly denied the allegations while criticizing the groups bringing the '
                  'lawsuits. "The American Civil Liberties Union appears far more interested in promoting open '
                  'borders than in protecting the civil liberties of Americans," a DHS spokesperson told VOA in a '
                  'statement earlier this month. "They should consider changing their name," the spokesperson '
                  'added, further describing the legal challenges as "baseless."')
    chain = claim_with(r, "describing the legal challenges").attribution.chain
    assert [norm(s.name) for s in chain] == [norm("a DHS spokesperson")]


def test_a_relative_clause_on_a_place_name_is_the_authors_background(nlp):
    # new-user trial (VOA story 42): "which has close ties with Iran" is the author's fact
    # about Venezuela, not part of what the indictment described
    r = read(nlp, "An indictment described a plan to bring her from New York to Venezuela, which has close "
                  "ties with Iran.")
    (s,) = claim_with(r, "a plan to bring her").attribution.chain
    assert norm(s.name) == norm("An indictment")
    c = claim_with(r, "close ties with Iran")
    assert "a plan to bring her" not in c.text and c.attribution.chain == []


def test_a_passive_conjunct_takes_no_holder_from_the_first_conjunct(nlp):
    # new-user trial (VOA): "are expected to attend" has no named holder; the agent of
    # "chaired" in the first conjunct expects nothing
    r = read(nlp, "The meeting will be chaired by Foreign Minister Wang Lei, and Deputy Foreign Minister "
                  "Sergei Ivanov and Deputy Foreign Minister Kazem Rahimi are expected to attend.")
    assert claim_with(r, "expected to attend").attribution.chain == []


def test_an_aspect_verb_before_a_stance_verb_reports_nothing(nlp):
    # new-user trial (Wikinews): "started supporting the government" is a stance, as
    # "supported the government" is, not a report with cue "started"
    r = read(nlp, "In 2015, Saudi Arabia started supporting the government against the rebellion.")
    c = claim_with(r, "started supporting")
    assert c.attribution.chain == []


def test_source_types_of_a_state_agency_an_acronym_and_a_lawsuit(nlp):
    # new-user trials (Wikinews, VOA): the Saudi Press Agency is Saudi Arabia's state news
    # agency; "DHS" abbreviates "the Department of Homeland Security", a government department;
    # a lawsuit ("One suit") is a document
    r = read(nlp, "According to the Saudi Press Agency, the fires were under control. Lawyers sued the "
                  "Department of Homeland Security (DHS) on Monday. DHS has dismissed the allegations in "
                  "the lawsuits. One suit, filed earlier this month, alleges the transfers violate U.S. law.")
    assert [(norm(s.name), s.type) for s in claim_with(r, "under control").attribution.chain] == [
        ("saudi press agency", "state media")]
    assert [s.type for s in claim_with(r, "dismissed the allegations").attribution.chain] == ["government"]
    assert [s.type for s in claim_with(r, "violate U.S. law").attribution.chain] == ["document"]


def test_a_news_agency_of_the_state_by_its_modifier_or_possessor_is_state_media(nlp):
    # new-user trial (sixth): Wikinews 2020-07-02 (Iran's arrest warrant for Trump) and VOA's
    # Somali hotel siege story, as written; a state-owned, semi-official or government's news
    # agency is state media (CONVENTIONS.md source types), named or not in the outlet list
    r = read(nlp, "On Monday, state-owned Iranian news agency Fars reported Iran issued arrest warrants on "
                  "36 people believed to have been involved in the assassination of the general Qasem "
                  "Soleimani in January. According to semi-official news agency ISNA, the prosecutor general "
                  "of Tehran, Ali Alghasi Mehr, said the 36 must face \"murder and terrorism charges\". "
                  "“The operation targeted platforms spreading extremist ideologies, inciting violence, and "
                  "disseminating false information,” said a statement posted by the government’s National "
                  "News Agency.")
    assert types(claim_with(r, "issued arrest warrants")) == ["state media"]
    # ISNA relays the prosecutor general (an official), who said it (new-user trial 6, item 1)
    assert types(claim_with(r, "murder and terrorism charges")) == ["state media", "official"]
    # the agency posted the statement (a document), which said it
    assert types(claim_with(r, "extremist ideologies")) == ["state media", "document"]


def test_a_second_report_in_a_while_clause_nests_in_no_report(nlp):
    # new-user trial (VOA story 42): the author sets Perkins's report beside Martin's; Perkins
    # is no source of Martin's
    r = read(nlp, "Martin said the evidence was circumstantial, while Perkins said his client was innocent.")
    assert names(claim_with(r, "his client was innocent")) == ["perkins"]
    assert names(claim_with(r, "the evidence was circumstantial")) == ["martin"]


def test_what_evidence_would_show_is_part_of_the_speakers_claim(nlp):
    # new-user trial (VOA story 42): evidence not yet shown is no source; the prediction, with
    # what it would show, is the lawyer's claim
    r = read(nlp, "Perkins said the evidence would not show that his client planned to kill her.")
    c = claim_with(r, "his client planned to kill her")
    assert "the evidence would not show" in c.text and names(c) == ["perkins"]


def test_a_denial_in_a_sentential_relative_keeps_the_reports_source(nlp):
    # new-user trial (VOA story 84): the experts' report stays theirs; Moscow's denial of it
    # is a claim of its own, not the report's source
    r = read(nlp, "Experts detailed arms transfers from North Korea to Russia in a report in February — "
                  "which Moscow denied.")
    assert names(claim_with(r, "arms transfers")) == ["experts"]
    (s,) = claim_with(r, "Moscow denied").attribution.chain
    assert norm(s.name) == "moscow" and cue(s) == "denied" and s.factuality.label == "denied"


def test_an_alleged_offer_is_the_documents_claim_not_the_offerers(nlp):
    # new-user trial (VOA story 42): "allegedly" relays the offer from the court documents;
    # the officials are the actors of the alleged event, no source
    r = read(nlp, "In 2018, officials allegedly offered to pay her relatives, according to court documents.")
    c = claim_with(r, "offered to pay her relatives")
    assert names(c) == ["court documents"] and c.factuality.label == "alleged"


def test_an_assessment_that_x_is_a_report_nested_in_the_speakers(nlp):
    # new-user trial (VOA story 84): "has assessed that" reports the ministry's judgement,
    # which the speaker relays
    r = read(nlp, "He said the defense ministry has assessed that Pyongyang has shipped containers to Russia.")
    assert names(claim_with(r, "Pyongyang has shipped containers")) == ["he", norm("the defense ministry")]


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


def test_according_to_inside_a_reported_clause_is_the_reporter_s_source(nlp):
    # PolNeAR train, breitbart 2016-08-24 (half of Clinton's State meetings): gold source "The
    # AP", cue "reported", content "that, according to an analysis of her personal calendar and
    # contact information, 85 of the 154 meetings … were with foundation donors" ("according
    # to" no attribution of its own: the AP relays the analysis)
    r = read(nlp, "The AP reported that, according to an analysis of her personal calendar and contact "
                  "information, 85 of the 154 meetings Clinton had with individuals who were not U.S. or "
                  "foreign government employees were with foundation donors.")
    head = claim_with(r, "85 of the 154 meetings").attribution.chain[0]
    assert (r.article.text[head.start_char:head.end_char], head.cue.text) == ("The AP", "reported")


@pytest.mark.parametrize("text, phrase, name, type_", [
    # VOA story 8010476: a service of a listed outlet is a media outlet, named as written
    ("In the past month, Chinese state media have made no reference to the Jairan, according to a "
     "review by VOA’s Mandarin Service.", "no reference", "VOA’s Mandarin Service", "media outlet"),
    # Wikinews 2019 (Maidan Wardak car bomb): a provincial council member is an official
    ("Sharif Hotak, of the Maidan Wardak provincial council, described witnessing 35 bodies in one "
     "hospital.", "witnessing", "Sharif Hotak", "official"),
    # the same story: a source inside a ministry is an unnamed official
    ('A source within the central Interior Ministry reportedly said "I have been told not to make '
     'the death toll figures public."', "death toll", "A source within the central Interior Ministry",
     "unnamed official"),
    # VOA story 8009044: a lawyer in private practice is no official
    ("Lai’s plight has received bipartisan support in Washington, according to Caoilfhionn Gallagher, "
     "the attorney leading Lai’s international legal team.", "bipartisan", "Caoilfhionn Gallagher", "person"),
    # Wikinews 2019 (Harry Dunn): camera footage is a document
    ("Harry Dunn, a 19-year-old motorcyclist was struck by a Volvo XC90 driving on the wrong side of "
     "the road in Northamptonshire according to traffic camera footage.", "struck", "traffic camera footage",
     "document"),
    # VOA story 8009044: the head of an advocacy group is no official
    ("Speaking at the Cato Institute event, Mark Clifford, president of the Committee for Freedom in "
     "Hong Kong, suggested that the U.S. government should use sanctions against Hong Kong officials as "
     "a way to push for Lai’s release.", "should use sanctions", "Mark Clifford", "person"),
    # VOA ("Analysts see flaws in Syria's temporary constitution"): experts and political groups
    # together are of the most official member's type (speakers.joint_type), an organization
    ("Syria’s newly adopted constitution is facing criticism from legal experts and political groups "
     "arguing that its loopholes could deepen division and instability in the conflict-ridden country.",
     "its loopholes", "legal experts and political groups", "organization"),
], ids=["outlet-service", "council-member", "ministry-source", "attorney", "footage", "advocacy-head",
        "experts-and-groups"])
def test_source_types_of_the_fourth_trial(nlp, text, phrase, name, type_):
    src = claim_with(read(nlp, text), phrase).attribution.chain[0]
    assert (src.name, src.type) == (name, type_)


def test_a_public_attorney_stays_an_official(nlp):
    # AP Stylebook titles: a U.S. attorney and an attorney general are government lawyers
    c = claim_with(read(nlp, "U.S. Attorney Geoffrey Berman said the case was closed."), "case was closed")
    assert c.attribution.chain[0].type == "official"
# ---------------------------------------------------------------------------------------------
# New-user trial (VOA 8009044, Wikinews 2019-10-10): a speaker lost to the clause before, a
# first-person report inside a quotation.

FRONTED_SPEAKER = ("Even though the government-appointed judges are likely to find Lai guilty, Mark "
                   "Simon, who worked with Lai for decades in Hong Kong, argued that releasing Lai may "
                   "be in Beijing’s interest.")
QUOTED_HOPE = ("Johnson continued, \"And I hope that Anne Sacoolas will come back and will engage "
               "properly with the processes of law as they are carried out in this country. That's a "
               "point that we've raised or are raising today with the American ambassador here in the "
               "UK and I hope it will be resolved very shortly.\"")


def test_a_speaker_parsed_into_the_clause_before_argues_the_report(nlp):
    # the parser hung "Mark Simon" on "guilty"; Simon is who argued, the concession is the author's
    reading = read(nlp, FRONTED_SPEAKER)
    concession = claim_with(reading, "likely to find Lai guilty")
    assert concession.text.endswith("guilty")
    c = claim_with(reading, "releasing Lai")
    assert [(norm(lk.name), cue(lk)) for lk in c.attribution.chain] == [("mark simon", "argued")]


def test_a_first_person_report_inside_a_quotation_keeps_its_source(nlp):
    # "I hope" is Johnson's own report inside his quotation: "I" is no word of the claim before
    reading = read(nlp, QUOTED_HOPE)
    c = claim_with(reading, "American ambassador")
    assert c.text.endswith("here in the UK")
    assert names(c) == ["johnson"]
# ---------------------------------------------------------------------------------------------
# New-user trial (fifth): source types (CONVENTIONS.md) of sources in Wikinews 2020-05-06 (ABS-CBN),
# 2020-12-15 (DC rally) and VOA 8011115 (Iraq: IS leader dead), read as an editor would.

NTC_PARAGRAPH = ("The National Telecommunications Commission (NTC) issued a cease and desist order to the "
                 "network yesterday, and in compliance, the network signed off that night. Though the NTC is "
                 "allowed to provide the network a provisional license while its application to the Congress "
                 "is still being decided upon, the commission refused to provide the network with said license.")


@pytest.mark.parametrize("text, phrase, name, type_", [
    # a state's armed forces are its government
    ("Iraqi special forces, in a subsequent post on the X social media platform, said al-Rufay’i was "
     "killed Thursday in an airstrike targeting his location in Iraq’s Anbar desert.", "was killed",
     "Iraqi special forces", "government"),
    ("U.S. Central Command, which oversees U.S. military operations in the Middle East, said al-Rufay’i "
     "was killed in a precision airstrike Thursday.", "precision airstrike", "U.S. Central Command", "government"),
    # information passed on is a document
    ("Despite those operations, intelligence shared by the U.N. indicated IS has been trying to take "
     "advantage of the fall of the Assad regime.", "take advantage", "intelligence shared by the U.N.", "document"),
    # the people who ran the rally speak for it
    ("Organizers of the rally said they were fighting corruption and dishonesty.", "fighting corruption",
     "Organizers of the rally", "organization"),
    # senators counted by "a number of" are still senators: unnamed officials
    ("A number of Senators condemned the act of the NTC, citing the move as a \"grave abuse of governmental "
     "power\" and \"contrary to law\".", "grave abuse", "A number of Senators", "unnamed official"),
    # a law named by its title is a document
    ("Republic Act No. 3846, also known as the \"Radio Control Law\", states \"no person, firm, company, "
     "association, or corporation shall construct, install, establish, or operate a radio transmitting "
     "station, or radio receiving station used for commercial purposes, or a radio broadcasting station, "
     "without having first obtained a franchise therefor from the Congress of the Philippines.\"",
     "radio transmitting", "Republic Act No. 3846", "document"),
    # "the commission" repeats the NTC named before, a government regulator
    (NTC_PARAGRAPH, "provide the network with", "The National Telecommunications Commission", "government"),
], ids=["armed-forces", "command", "intelligence", "organizers", "number-of", "act", "the-commission"])
def test_source_types_of_the_fifth_trial(nlp, text, phrase, name, type_):
    src = claim_with(read(nlp, text), phrase).attribution.chain[0]
    assert (src.name, src.type) == (name, type_)


# ---------------------------------------------------------------------------------------------
# New-user trial (sixth): source types of VOA stories 8008152 (Somalia: hotel siege) and 7836916
# (Cambodia: journalist freed), the articles' own sentences, read as an editor would.

SHABAB = ("Al-Shabab, a U.S.-designated terrorist group, claimed responsibility for the hotel attack on "
          "Tuesday. Since August 2022, when Somalian President Hassan Sheikh Mohamud called for a \u201ctotal "
          "war\u201d against al-Shabab, Beledweyne, a town near Somalia\u2019s border with Ethiopia in Hirshabelle "
          "state, about 300 kilometers north of Mogadishu, has been the center of a local community "
          "mobilization against al-Shabab.")
CAMBOJA = ("Independent Cambodian media association CamboJA said Mech Dara was released after apologizing to "
           "Senate head Hun Sen and Prime Minister Hun Manet. Nop Vy, the association\u2019s executive director, "
           "told VOA the release on bail was a \u201cgood sign.\u201d")


@pytest.mark.parametrize("text, phrase, name, type_", [
    # a state's security forces are its government, as its armed forces are
    ("Security forces in Somalia say they killed all six attackers who laid siege to a hotel in the "
     "central town of Beledweyne and later killed at least 50 al-Shabab militants in airstrikes.",
     "killed all six", "Security forces in Somalia", "government"),
    # "a terrorist group" says what al-Shabab is, though the NER labels it a person further on
    (SHABAB, "claimed responsibility", "al-Shabab", "organization"),
    # "media association" says what CamboJA is; the association's director is no official
    (CAMBOJA, "was released after", "Independent Cambodian media association CamboJA", "organization"),
    (CAMBOJA, "good sign", "Nop Vy", "person"),
], ids=["security-forces", "apposed-group", "association-name", "association-director"])
def test_source_types_of_the_sixth_trial(nlp, text, phrase, name, type_):
    src = claim_with(read(nlp, text), phrase).attribution.chain[0]
    assert (src.name, src.type) == (name, type_)


# New-user trial 7: sentences as published (Wikinews 2019 the Karaj cargo plane crash; VOA
# 6183227, 8006503; fnc1-688, the IS Ebola rumour), cut to what the case needs.
@pytest.mark.parametrize("text, phrase, type_", [
    # photographs show what they picture: a document, though the NER took the word for a name
    ("Photographs showed the aircraft, sans wings, with the cockpit buried within a house and twisted "
     "engine parts strewn around.", "the cockpit buried", "document"),
    # reports of unnamed local outlets: the outlets speak
    ("Local media reports say the death toll may be higher \u2014 up to 10 fatalities, including five "
     "al-Shabab militants, who were involved in the assault, and government soldiers.",
     "death toll may be higher", "media outlet"),
    # a trade publication is a news outlet
    ("The industry publication stated the aircraft overran the runway and broke through a perimeter "
     "barrier.", "overran the runway", "media outlet"),
    # the apposition says what Airfleets is: a database, a document
    ("Airfleets, a database detailing the aircraft operated by commercial carriers, states the aircraft "
     "uses the A300 and 747 as well as the Boeing 737.", "uses the A300", "document"),
    # a member of a provincial council, or part of a state's committee, is an official
    ("\"After an hour, some foreign military helicopters landed to the site inspected the ruined plane "
     "and left,\u201d said Abdul Jami Jami, a provincial council member in Ghazni province.",
     "inspected the ruined plane", "official"),
    ("\u201cThe Islamic State organization incinerated five militants infected with Ebola to prevent "
     "further spread of the disease in Mosul (Iraq),\u201d said Faisal Ghazi, who is part of Iraq\u2019s "
     "Health Committee in its council of ministries.", "incinerated five militants", "official"),
], ids=["photographs", "media-reports", "industry-publication", "apposed-database", "council-member",
        "state-committee"])
def test_source_types_of_the_seventh_trial(nlp, text, phrase, type_):
    assert claim_with(read(nlp, text), phrase).attribution.chain[0].type == type_


@pytest.mark.parametrize("text, phrase, name, type_", [
    # FNC-1 273 (Reuters): a "source" of a country's security is an unnamed official
    ("A Lebanese security source said the arrest was \u201ca powerful card to apply pressure\u201d in "
     "negotiations to secure the release of 27 members of the Lebanese security forces.",
     "powerful card", "A Lebanese security source", "unnamed official"),
    # Wikinews 2019 (the Mahan Air ban): a government source, Reuters' source
    ("Reuters reported on Monday a German government source, whom they did not name, said the ban on "
     "Mahan Air is not part of any broader plan to increase sanctions on Iran.", "broader plan",
     "a German government source", "unnamed official"),
    # VOA story 6204681: an Indian news site the outlet list now holds, by the name it gives itself
    ("The Print , an Indian online publication, said, \u201cAt present, India, Japan and the Philippines "
     "are all facing challenges at the hands of China, with threats to their territorial integrity.\u201d",
     "facing challenges", "ThePrint", "media outlet"),
    # Wikinews 2019 (the Mahan Air ban): Rudaw, a Kurdish broadcaster, no person
    ("Rudaw reports Mahan's director, Hamid Arabnejad Khanooki, has alleged ties to the Islamic "
     "Revolutionary Guard Corps of Iran.", "alleged ties", "Rudaw", "media outlet"),
    # FNC-1 273 (Reuters): an armed group is an organization, though its name says "State"
    ("Islamic State has declared a caliphate and seized wide areas of Iraq and Syria, Lebanon\u2019s "
     "neighbor to the east.", "declared a caliphate", "Islamic State", "organization"),
    # Wikinews 2019 (the Magnitogorsk collapse): Russia's security service is a state body, and
    # so is a pair of speakers it is one of
    ("The FSB denies the two explosions are related.", "two explosions", "The FSB", "government"),
    ("The Investigative Committee and the Federal Security Service (FSB) said they believe gas was "
     "the trigger for the disaster.", "the trigger",
     "The Investigative Committee and the Federal Security Service", "government"),
    # the same story: a news site named in an apposition is that outlet
    ("One news site, Znak.com, claims FSB sources have ascribed the explosion to terrorism.",
     "ascribed the explosion", "Znak.com", "media outlet"),
], ids=["security-source", "government-source", "the-print", "rudaw", "armed-group", "fsb",
        "federal-security-service", "apposed-news-site"])
def test_source_types_of_the_eighth_trial(nlp, text, phrase, name, type_):
    chain = claim_with(read(nlp, text), phrase).attribution.chain
    assert (name, type_) in [(s.name, s.type) for s in chain]


@pytest.mark.parametrize("text,phrase,name,type_", [
    # VOA 2025-03-13 (Pakistan train attack): an armed group's army is no state's government
    ("Two of the passengers described to VOA harrowing moments with the Baloch Liberation Army. \"They "
     "shot and killed people on the train. They said, 'Come out quietly and we will let you go.' We came "
     "outside and sat down,\" said Jamshed Ajmal.", "let you go", "the Baloch Liberation Army", "organization"),
    # same story: an armed group's members speak as the group, an organization
    ("Separatists belonging to the banned BLA claimed responsibility for the attack.", "responsibility",
     "Separatists belonging to the banned BLA", "organization"),
], ids=["armed-group-army", "armed-group-members"])
def test_source_types_of_the_ninth_trial(nlp, text, phrase, name, type_):
    chain = claim_with(read(nlp, text), phrase).attribution.chain
    assert (name, type_) in [(s.name, s.type) for s in chain]


def test_a_pronoun_owned_mission_is_the_state_of_the_envoy_before(nlp):
    # VOA 2025-03-12 (story 8009004), new-user trial nine: "his" is Iran's ambassador, so the
    # mission that posted on X is Iran's U.N. mission, a government (was unnamed, unresolved)
    r = read(nlp, "Iran’s U.N. ambassador participated in the meeting, but his U.N. mission criticized it, "
                  "saying on the social media platform X that “Washington openly seeks to weaponize the UNSC "
                  "to escalate economic warfare against Iran.”")
    chain = claim_with(r, "weaponize the UNSC").attribution.chain
    assert [(s.name, s.type) for s in chain] == [("Iran’s U.N. mission", "government")]


def test_it_after_an_acronym_is_the_organisation_named_in_full(nlp):
    # VOA 2025-03-11 (story 8007760, the Jaffar Express attack), new-user trial nine: "it" is the
    # group that speaks, the Baloch Liberation Army (BLA), one source, not a second one named "BLA"
    r = read(nlp, "The Baloch Liberation Army, or BLA, quickly claimed responsibility for the brazen attack. "
                  "In a statement to media, the banned separatist militant group claimed to be holding more "
                  "than 200 hostages, which it said were security and intelligence personnel.")
    chain = claim_with(r, "security and intelligence personnel").attribution.chain
    assert [s.name for s in chain] == ["The Baloch Liberation Army"]


def test_the_website_is_the_listed_news_site_named_before(nlp):
    # Wikinews 2019 (the Magnitogorsk collapse): "The website" repeats Znak.com, a news site
    r = read(nlp, 'Znak.com reported its source said "three terrorists" were killed in a firefight on '
                  'Monday night. The website further reported its anonymous source claimed a fourth '
                  'offender escaped and remains wanted.')
    head = claim_with(r, "fourth offender").attribution.chain[0]
    assert (head.name, head.type) == ("Znak.com", "media outlet")


def test_a_plural_possessive_apostrophe_does_not_end_the_source_phrase(nlp):
    # FNC-1 body 1815 (new-user trial 16): the source was "Thursday's edition of the Workers",
    # cut at the apostrophe of "Workers'" and typed unnamed; the newspaper is the Rodong Sinmun,
    # North Korea's ruling party's paper (state media), named in the apposition
    r = read(nlp, "Thursday's edition of the Workers' Party newspaper, the Rodong Sinmun, carried three "
                  "letters to Kim from overseas allies on its front page, and has reported on returning "
                  "athletes from the Asian Games who thanked \"the Marshal\" for his support during the "
                  "competition.")
    head = claim_with(r, "returning athletes").attribution.chain[0]
    assert (head.mention, head.name, head.type) == (
        "Thursday's edition of the Workers' Party newspaper", "Rodong Sinmun", "state media")


FIGHTER = ("U.S. President Barack Obama has vowed to \u201cdegrade and ultimately destroy\u201d al-Baghdadi\u2019s "
           "group, which is seeking to reshape the Middle East.\n\nAn Islamic State fighter denied that "
           "al-Baghdadi\u2019s wife had been arrested. \u201cI have checked with our leaders and they said it "
           "was false news. The Lebanese are lying,\u201d he said from inside Syria.")


def test_he_who_speaks_on_is_the_unnamed_speaker_before_not_a_name_further_back(nlp):
    # FNC-1 273 (Reuters), new-user trial 8: the fighter introduced without a name goes on as
    # "he"; Obama, the subject of the paragraph before, said none of it
    r = read(nlp, FIGHTER)
    for phrase in ("I have checked with our leaders", "The Lebanese are lying"):
        source = claim_with(r, phrase).attribution.chain[0]
        assert (source.mention, source.name) == ("he", "An Islamic State fighter")
    # "they" are the leaders he checked with, not al-Baghdadi named before
    assert [s.name for s in claim_with(r, "false news").attribution.chain] == [
        "An Islamic State fighter", "our leaders"]


def test_the_hearer_of_told_is_no_content(nlp):
    # VOA 6183227: the official told VOA's Pashto TV what other forces did; the outlet heard it
    c = claim_with(read(nlp, "A local provincial official told VOA\u2019s TV-Ashna other forces have also "
                             "reached the crash site."), "reached the crash site")
    assert c.text == "other forces have also reached the crash site"
    assert [s.name for s in c.attribution.chain] == ["A local provincial official"]


SOUFAN = ("Retired FBI agent and terrorism specialist Ali Soufan told NPR Hamza bin Laden had appeared in "
          "Al-Qaeda videos since he was a young boy and his father saw a leadership role for him.")


def test_the_hearer_of_told_is_no_content_when_the_ner_joins_it_to_the_subject(nlp):
    # Wikinews 2019 no. 108 (new-user trial nine): NPR heard Soufan; the NER made one name of
    # "NPR Hamza bin Laden", and "Ali Soufan" after his two titles is the expert who spoke; the
    # "since" clause of the perfect says how long he appeared, part of the one predication
    c = claim_with(read(nlp, SOUFAN), "appeared in")
    assert c.text == "Hamza bin Laden had appeared in Al-Qaeda videos since he was a young boy"
    assert [(s.name, s.type, cue(s)) for s in c.attribution.chain] == [("Ali Soufan", "expert", "told")]


# PolNeAR train gold (parse_repairs.restore_described_name): breitbart 2015-11-19, source "Former
# Secretary of State and Democratic presidential frontrunner Hillary Clinton", cue "is calling
# for", content "the United States to step up military efforts in the fight against the Islamic
# State"; wash-post 2016-07-15, source "the celebrity press ReganBooks", cue "announced", content
# "plans to publish a "candid memoir" by Marla Maples".
DESCRIBED_NAMES = [
    ("Former Secretary of State and Democratic presidential frontrunner Hillary Clinton is calling for the "
     "United States to step up military efforts in the fight against the Islamic State.",
     "Former Secretary of State and Democratic presidential frontrunner Hillary Clinton", "is calling for",
     "the United States to step up military efforts in the fight against the Islamic State"),
    ("In 2000, it looked as if Trump's second wife might spill some beans after the celebrity press ReganBooks "
     'announced plans to publish a "candid memoir" by Marla Maples.',
     "the celebrity press ReganBooks", "announced", 'plans to publish a "candid memoir" by Marla Maples'),
]


@pytest.mark.parametrize("text,source,cue_text,content", DESCRIBED_NAMES)
def test_a_description_the_parse_made_a_second_subject_is_part_of_the_source(nlp, text, source, cue_text, content):
    from newstrace.scoring import attributions_from_reading, span_text
    [a] = [a for a in attributions_from_reading(read(nlp, text)) if span_text(text, a.cue) == cue_text]
    assert span_text(text, a.source) == source
    assert span_text(text, a.content) == content


# PolNeAR train gold, wash-post 2016-01-16 (ex-CIA chief in Benghazi): source "the officer in
# charge of the CIA's Benghazi base that night" (speakers.mentions._occasion_phrase: "in charge" is no occasion).
def test_in_charge_of_is_part_of_the_source(nlp):
    from newstrace.scoring import attributions_from_reading, span_text
    text = ("According to the officer in charge of the CIA's Benghazi base that night, the scene in the movie is "
            "entirely untrue.")
    [a] = [a for a in attributions_from_reading(read(nlp, text)) if span_text(text, a.cue) == "According to"]
    assert span_text(text, a.source).startswith("the officer in charge of the CIA's Benghazi base")


def test_an_in_phrase_of_the_utterance_is_no_part_of_the_source(nlp):
    # FNC-1 body 63 (new-user trial nine): "in a rare admission" says how State TV spoke
    c = claim_with(read(nlp, "State TV in a rare admission on Thursday showed footage of Kim limping and "
                             "admitted he is ill."), "he is ill")
    src = c.attribution.chain[0]
    assert (src.name, src.type, cue(src)) == ("State TV", "state media", "admitted")
    shown = claim_with(read(nlp, "State TV in a rare admission on Thursday showed footage of Kim limping and "
                                 "admitted he is ill."), "footage of Kim")
    assert shown.attribution.chain == []  # showing footage is an act, not a report


def test_a_fronted_as_reported_by_keeps_its_whole_source(nlp):
    # VOA 8009004 (new-user trial nine): the U.S. Mission relays the IAEA Director General
    c = claim_with(read(nlp, "\u201cAs reported by the International Atomic Energy Agency [IAEA] Director General, "
                             "Tehran continues to rapidly accelerate its production of highly enriched uranium,\u201d "
                             "the U.S. Mission to the United Nations said in a statement."), "Tehran continues")
    assert c.text == "Tehran continues to rapidly accelerate its production of highly enriched uranium"
    assert c.attribution.chain[-1].name.endswith("Director General")




# ---------------------------------------------------------------------------------------------
# New-user trial 5 (Wikinews 2020 nos. 15 and 118, VOA 8008998): wrong speakers. The texts are
# the articles' own sentences, cut to the paragraph the case needs.

BOON_ABOUT = (
    "The attacker, identified as Sudesh Amman, 20, was placed under police surveillance after being "
    "released from prison a week ago. Alexis Boon, the head of the Metropolitan Police Counter "
    "Terrorism Command, said about Amman: \"His fascination with dying in the name of terrorism was "
    "clear in a notepad we recovered from his home. It's not clear how Amman became radicalised but "
    "it is apparent from his messages that it had been at least a year in development.\"")
FLYNN_SPEECH = (
    "Former Trump adviser and retired general Michael Flynn was on stage while Trump flew over.  This "
    "was the first time Flynn made a public speech since he was pardoned by Trump.  He said \"That's "
    "pretty cool.  Imagine just being able to jump in a helicopter and just go for a joy ride around "
    "Washington\".")
EYEWITNESS = (
    "An eyewitness described for news agency PA Media how the attack unfolded, stating, \"I was "
    "crossing the road when I saw a man with a machete and silver canisters on his chest being "
    "chased by what I assume was an undercover police officer [...] The man was then shot.\"")
GEZA = (
    "Chris Mhike, who represents Mhlanga, told VOA he was waiting for the High Court to announce when "
    "the case would resume. Speaking ahead of Wednesday's hearing, Mhike said the arrest of Mhlanga "
    "sent a chilling message. The arrest is related to his interviews with war veteran and politician "
    "Blessed Geza in November and January, in which Geza said that he would mobilize public protests "
    "to push President Emmerson Mnangagwa out of office, citing economic issues and what he called "
    "the president's failure to govern.")


def test_a_name_a_tag_speaks_about_before_a_colon_is_no_speaker_label(nlp):
    # "said about Amman:" ends Boon's tag; Amman, named before, is what Boon speaks about
    reading = read(nlp, BOON_ABOUT)
    for phrase in ("His fascination with dying", "how Amman became radicalised"):
        c = claim_with(reading, phrase)
        assert [(norm(lk.name), cue(lk), lk.type) for lk in c.attribution.chain] == [
            ("alexis boon", "said", "official")]


def test_he_after_a_sentence_with_no_main_subject_is_its_clause_subject(nlp):
    # "the first time Flynn made a public speech since he was pardoned by Trump. He said": Flynn,
    # the subject of the sentence's clause, not Trump, the passive's agent or the subject further back
    c = claim_with(read(nlp, FLYNN_SPEECH), "pretty cool")
    assert names(c) == ["michael flynn"]


def test_a_participle_after_a_described_question_is_the_describers(nlp):
    # the eyewitness states it, not "the attack" of the question "how the attack unfolded"
    c = claim_with(read(nlp, EYEWITNESS), "I was crossing the road")
    assert [(norm(lk.name), cue(lk), lk.type) for lk in c.attribution.chain] == [
        ("an eyewitness", "stating", "unnamed")]


def test_he_inside_a_named_speakers_report_is_that_speaker(nlp):
    # "in which Geza said that he would mobilize…, citing … what he called…": Geza, whose report
    # holds the pronoun, not the lawyer Mhike of the sentences before
    c = claim_with(read(nlp, GEZA), "the president's failure to govern")
    assert "chris mhike" not in names(c)
    assert names(c)[-1] == "blessed geza"




# New-user trial 5 (Wikinews 2020, the ABS-CBN shut-down story, published 2020-05-06).
ABS_CBN = ("Republic Act No. 3846, also known as the \"Radio Control Law\", states \"no person, firm, "
           "company, association, or corporation shall construct, install, establish, or operate a "
           "radio transmitting station without having first obtained a franchise therefor from the "
           "Congress of the Philippines.\" Katigbak apologized to Duterte during the hearing, which the "
           "President accepted according to a statement by the Presidential Spokesperson Harry Roque.")


def test_a_name_in_quotation_marks_after_known_as_is_the_authors(nlp):
    # a nickname ("known as", "dubbed") is the author's wording, quoting no one; the law's text
    # after "states" is still the law's
    r = read(nlp, ABS_CBN)
    assert claim_with(r, "known as").attribution.chain == []
    assert names(claim_with(r, "shall construct")) == ["republic act no. 3846"]


def test_according_to_in_a_relative_clause_covers_only_that_clause(nlp):
    # Roque's statement is cited for the President's acceptance, not for the apology itself
    r = read(nlp, ABS_CBN)
    assert names(claim_with(r, "which the President accepted")) == ["presidential spokesperson harry roque"]
    assert claim_with(r, "Katigbak apologized").attribution.chain == []


# Wikinews 2019-01-07 (Trump: state of emergency for the border wall): two quotations joined by
# "and", the second holding a "told" of its own.
SCHUMER = ("The Senate Minority Leader, Chuck Schumer, said on Friday \"We made a plea to the president "
           "once again: don't hold hundreds of thousands of federal workers hostage\" and \"So we told the "
           "president we needed the government open. He resisted.\"")


def test_a_quotation_is_spoken_by_the_verb_it_is_the_content_of(nlp):
    # the first quotation is what Schumer "said", not what "we" "told" in the next quotation
    c = claim_with(read(nlp, SCHUMER), "We made a plea")
    assert names(c) == ["chuck schumer"]
    assert cue(c.attribution.chain[-1]) == "said"


# New-user trial 5 (Wikinews 2020-05-06, ABS-CBN): a report in a relative clause on the clause
# before it.
AIRTIME = ("Philippine President Rodrigo Duterte threatened the network's franchise renewal before, after "
           "the network didn't carry some of his campaign commercials, which they've said was due to a lack "
           "of airtime, and he accused the network of \"swindling\".")


def test_they_in_a_relative_report_is_the_subject_of_the_clause_it_hangs_on(nlp):
    # "they" who said the commercials went unaired for lack of airtime is the network, a media
    # outlet, not Duterte; what they said is their report, not an opinion
    c = claim_with(read(nlp, AIRTIME), "lack of airtime")
    assert names(c) == ["network"]
    assert types(c) == ["media outlet"]
    assert c.kind == "claim"


# New-user trial 6 (Wikinews 2020-07-02, Iran's arrest warrant for Trump): "According to X, Y
# said…, adding…" with Y parsed as X's apposition, and "adding" hung on the reported clause.
ISNA = ("According to semi-official news agency ISNA, the prosecutor general of Tehran, Ali Alghasi Mehr, "
        "said the 36 must face \"murder and terrorism charges\", adding Iran will pursue the prosecution "
        "of Trump even after he ends serving as president of the US.")


@pytest.mark.parametrize("phrase, speaker_cue", [("must face", "said"), ("Iran will pursue", "adding")])
def test_according_to_an_agency_nests_the_speaker_it_quotes(nlp, phrase, speaker_cue):
    # ISNA relays what the prosecutor general said, and what he added: author ← ISNA ← Mehr
    c = claim_with(read(nlp, ISNA), phrase)
    assert [(norm(lk.name), cue(lk)) for lk in c.attribution.chain] == [
        ("semi-official news agency isna", "according to"), ("ali alghasi mehr", speaker_cue)]
    assert c.factuality.label == "reported"


# New-user trial 6 (Wikinews 2020-01-13, Iran admits downing the Ukrainian jet).
BLAMING = ("On Saturday morning, representatives from Iran acknowledged their government had "
           "\"unintentionally\" shot down a Ukrainian passenger jet near Tehran, blaming \"human error\" "
           "and the fear of aggression from the United States.")


def test_a_trailing_blaming_is_the_acknowledgers_own_stance(nlp):
    # the representatives acknowledged the downing and (second act) blamed human error; the
    # blame is not part of what they acknowledged, and "their government" does not blame
    r = read(nlp, BLAMING)
    assert [(norm(lk.name), cue(lk)) for lk in claim_with(r, "shot down").attribution.chain] == [
        ("representatives from iran", "acknowledged")]
    c = claim_with(r, "blaming")
    assert c.attribution.chain == []
    assert [(norm(st.holder.text), st.cue.text) for st in c.stances] == [("representatives from iran", "blaming")]


# New-user trial 6 (VOA 8008152, Somalia closes al-Shabab media): a two-sentence quotation
# tagged by "said a statement posted by the government's National News Agency".
NNA = ("“The operation targeted platforms spreading extremist ideologies, inciting violence, and "
       "disseminating false information. During the operation the government seized critical data and "
       "identified individuals involved,” said a statement posted by the government’s National News Agency.")


@pytest.mark.parametrize("phrase", ["The operation targeted platforms", "seized critical data"])
def test_a_statement_posted_by_an_agency_is_one_source_for_the_whole_quotation(nlp, phrase):
    # the statement says it (the document source), and the agency relays it by posting it
    # (CONVENTIONS.md: a participial report with an agent is a further source): one chain for
    # both sentences of the quotation
    c = claim_with(read(nlp, NNA), phrase)
    assert [(norm(lk.name), cue(lk)) for lk in c.attribution.chain] == [
        ("national news agency", "posted"), ("a statement posted by the government’s national news agency", "said")]


# New-user trial 7 (VOA 6183227, US plane crash in Afghanistan): the second clause after
# ", and" goes on with what the Taliban said; the next paragraph says they inflate casualties.
TALIBAN = ("Hours later, the Taliban said in a statement that the plane went down at noon local time, "
           "and there were no survivors.")


@pytest.mark.parametrize("phrase", ["the plane went down", "there were no survivors"])
def test_a_conjunct_after_a_past_report_is_still_reported(nlp, phrase):
    # CONVENTIONS.md: content reported by a source is "reported" by the author, source the
    # Taliban, cue "said"; the survivors' count is no assertion of VOA's
    c = claim_with(read(nlp, TALIBAN), phrase)
    assert [(norm(lk.name), cue(lk)) for lk in c.attribution.chain] == [("taliban", "said")]
    assert c.factuality.label == "reported"


# New-user trial 7 (Wikinews 2019-01-15, Iranian cargo plane crashes into Karaj houses): the
# parser made the clause local media reported the head of "with local media reporting".
KARAJ = ("All but one of the sixteen on-board died; no deaths were reported on the ground, with local "
         "media reporting no-one was in the houses.")


def test_a_with_phrase_reporting_gerund_keeps_its_clause(nlp):
    # local media report that no-one was in the houses (reported, cue "reporting"); the author
    # asserts only that no deaths were reported on the ground
    r = read(nlp, KARAJ)
    c = claim_with(r, "no-one was in the houses")
    assert [(norm(lk.name), cue(lk)) for lk in c.attribution.chain] == [("local media", "reporting")]
    assert c.factuality.label == "reported"
    assert "no-one" not in claim_with(r, "no deaths were reported").text


# New-user trial 8 (VOA 6204681): a series of Duterte's acts, the parser made the second act
# the content of the first ("announced a separation…, accepted $2 billion…").
DUTERTE_SERIES = ("He announced a \u201cseparation\u201d from the United States in 2016, accepted $2 billion in "
                  "Chinese funding to redevelop a former U.S military base in 2019, and the first batch of "
                  "China\u2019s Sinovac Biotech COVID-19 vaccine purchased by the Philippine government "
                  "arrived in Manila on March 29.")


def test_a_series_of_acts_is_no_report_of_the_later_acts(nlp):
    # the author states that he accepted the funding and that the vaccine arrived
    r = read(nlp, DUTERTE_SERIES)
    for phrase in ("accepted $2 billion", "first batch"):
        c = claim_with(r, phrase)
        assert c.attribution.chain == [] and c.factuality.label == "asserted"
        assert "separation" not in c.text


def test_what_he_says_is_an_effort_is_his_report(nlp):
    # VOA 8009495, new-user trial 8: the purpose of the tariff fight is Trump's word ("says"),
    # the fight itself the author's
    r = read(nlp, "In the past month, Trump has been waging a tit-for-tat tariff fight with the United States' "
                  "biggest trading partners \u2014 Mexico, Canada, China and the EU \u2014 in what he says is an "
                  "effort to stanch the flow of drugs, especially fentanyl, into the U.S. from Mexico and Canada.")
    fight = claim_with(r, "tariff fight")
    assert fight.attribution.chain == [] and "effort" not in fight.text
    purpose = claim_with(r, "effort to stanch")
    (s,) = purpose.attribution.chain
    assert (s.mention, cue(s)) == ("he", "says")
    assert purpose.factuality.label == "reported"


KARAJ_LEAD = ("A Boeing 707 cargo plane, reported by local press as belonging to the Iranian military, "
              "crashed into houses in Karaj, near Tehran, the Iranian capital, yesterday.")


def test_a_participle_ascribing_a_description_reports_only_the_description(nlp):
    # the crash is the author's own news; local press reported only whose plane it was
    r = read(nlp, KARAJ_LEAD)
    crash = claim_with(r, "crashed into houses")
    assert crash.attribution.chain == [] and crash.factuality.label == "asserted"
    owner = claim_with(r, "belonging to the Iranian military")
    assert "crashed" not in owner.text and owner.reported.text == "belonging to the Iranian military"
    assert [(norm(lk.name), cue(lk)) for lk in owner.attribution.chain] == [("local press", "reported")]
    assert owner.factuality.label == "reported"


CAPA = ("The Centre for Aviation's database of air carriers lists Saha as belonging to the Air Force and "
        "states it runs flights with Boeing 707s and Airbus A300s, but uses Boeing 747s for freight.")


def test_a_verb_tagged_as_a_noun_still_reports_its_clause(nlp):
    # "states" (tagged a plural noun) is the database's second report: what it lists and what it
    # states are two predications (CONVENTIONS.md), the second with cue "states"
    r = read(nlp, CAPA)
    runs = claim_with(r, "runs flights")
    assert [(norm(lk.name), cue(lk)) for lk in runs.attribution.chain] == [
        ("centre for aviation's database of air carriers", "states")]
    assert runs.factuality.label == "reported"
    assert "runs flights" not in claim_with(r, "lists Saha").text


def test_declining_to_say_is_one_report_cued_by_the_declining_verb(nlp):
    # PolNeAR train, breitbart 2015-12-16 (defense secretary used personal email): gold source
    # "Cook", cue "declined", content "to say whether it was a violation of Pentagon email
    # policies" (no attribution of its own for "to say")
    from newstrace.scoring import attributions_from_reading, span_text
    text = ("Carter’s press secretary, Peter Cook, told the Times that Carter believes his use of personal "
            "email for work-related business was a mistake. Cook declined to say whether it was a violation "
            "of Pentagon email policies.")
    r = read(nlp, text)
    head = claim_with(r, "a violation of Pentagon email policies").attribution.chain[0]
    assert (text[head.start_char:head.end_char], head.cue.text) == ("Cook", "declined")
    found = [(span_text(text, a.cue), span_text(text, a.content)) for a in attributions_from_reading(r)
             if "violation" in span_text(text, a.content) or "to say" in span_text(text, a.content)]
    assert found == [("declined", "to say whether it was a violation of Pentagon email policies")]


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


LEBOVICH = ("Andrew Lebovich of the Dutch international affairs think tank Clingendael said these disrupted "
            "plots are indicative of IS Sahel's broader ambitions.")


def test_a_think_tank_taken_for_a_verb_leaves_the_person_the_source(nlp):
    # VOA 8009027 (new-user trial ten): "think" is no verb here; Lebovich, of a think tank,
    # speaks as an expert (CONVENTIONS.md source types), not the tank's name as a government
    c = claim_with(read(nlp, LEBOVICH), "indicative of")
    assert c.text == "these disrupted plots are indicative of IS Sahel's broader ambitions"
    assert [(s.name, s.type, cue(s)) for s in c.attribution.chain] == [("Andrew Lebovich", "expert", "said")]
    assert c.factuality.label == "reported"


MORTIMER = ("In a News.com.au report, Dr Gary Mortimer, retail expert from Queensland University of Technology, "
            "said the stores fill the stock every night. He remarked toilet paper is a bulky item, leading to low "
            "quantity of stocks in numbers, and, when sold out, leaves vast shelf spaces empty, hardening the "
            "feeling of a shortage.")


def test_a_present_conjunct_after_a_past_report_stays_in_the_report(nlp):
    # Wikinews 2020 no. 34 (new-user trial ten): it is the toilet paper that "leaves" the shelves
    # empty, in what Mortimer remarked; none of it is the author's own assertion
    r = read(nlp, MORTIMER)
    for part in ("leaves vast shelf spaces empty", "hardening the feeling of a shortage"):
        c = claim_with(r, part)
        assert [(s.name, cue(s)) for s in c.attribution.chain][-1:] == [("Gary Mortimer", "remarked")], part
        assert c.factuality.label == "reported"


def test_a_past_conjunct_of_an_infinitive_is_the_governors_conjunct(nlp):
    # Wikinews 2019 row 137 (new-user trial 13): Raab spoke with Pompeo; that is no part of what
    # he urged the embassy to do, and the embassy says nothing
    r = read(nlp, "Foreign Secretary Dominic Raab urged the embassy to reconsider and spoke with US Secretary of "
                  "State Mike Pompeo about the case.")
    c = claim_with(r, "spoke with US Secretary of State Mike Pompeo")
    assert "embassy" not in [norm(s.name) for s in c.attribution.chain]
    assert all(cue(s) != "urged" for s in c.attribution.chain)
    # PolNeAR train (nyt, Rubio and Cruz): "tried to make the case" is no part of what was urged
    r = read(nlp, "On Sunday, Mr. Rubio and Senator Ted Cruz urged the rest of the party to coalesce around their "
                  "campaigns and tried to make the case that the nominating fight was still in its early stages.")
    assert all(cue(s) != "urged" for s in claim_with(r, "tried to make the case").attribution.chain)


FNC_219 = ("The Britain-based Syrian Observatory for Human Rights said the militants seized at least once cache, "
           "but may have seized more, the Associated Press reported.\n\nThe cache of weapons included hand "
           "grenades, ammunition and rocket-propelled grenade launchers, according to a video uploaded by a media "
           "group loyal to ISIS, the agency said.")


def test_a_closing_tag_after_according_to_is_the_outer_source(nlp):
    # FNC-1 body 219 (new-user trial 13): the agency (the Associated Press of the sentence
    # before, a wire service) says what the video shows: author <- AP <- the video
    c = claim_with(read(nlp, FNC_219), "The cache of weapons included")
    assert [(s.name, cue(s), s.type) for s in c.attribution.chain] == [
        ("Associated Press", "said", "wire service"),
        ("a video uploaded by a media group loyal to ISIS", "according to", "document")]
    # an opening "according to" stays the outer source (PolNeAR train, Washington Post
    # 2016-04-17 "Donald Trump is not a racist guy": gold source the poll, cue "According to")
    r = read(nlp, "According to a recent Washington Post-ABC News poll, 91 percent of African Americans and 81 "
                  "percent of Hispanics have an unfavorable view of Trump.")
    assert names(claim_with(r, "have an unfavorable view"))[0] == "a recent washington post-abc news poll"
    # an agency named in between is the one "the agency" repeats
    r = read(nlp, "Reuters reported the fire. The Environmental Protection Agency issued new rules on Monday. "
                  "The agency said the rules would cut emissions.")
    assert [(s.name, s.type) for s in claim_with(r, "cut emissions").attribution.chain] == [
        ("The Environmental Protection Agency", "government")]


def test_land_claimed_by_settlers_is_no_report_and_comes_amid_a_noun_is_a_claim(nlp):
    # VOA 6205674 (new-user trial 13): a claim to land is no speech act, so the relative clause
    # is the author's fact, not the settlers' allegation; and the sentence, whose "amid" names a
    # background event, no report, is the author's claim too
    r = read(nlp, "The unrest, which coincides with the Muslim holy month of Ramadan, comes amid the possible "
                  "eviction of Palestinians from east Jerusalem homes on land claimed by Jewish settlers.")
    for phrase in ("which coincides with the Muslim holy month of Ramadan", "comes amid the possible eviction"):
        c = claim_with(r, phrase)
        assert c.attribution.chain == [] and c.factuality.label == "asserted", phrase


TALIBAN_WANTS = ("The civil war has been ongoing for seventeen years; the Taliban wants foreign forces to leave "
                 "and the Afghan government shut out of peace talks.")


def test_a_second_object_complement_of_want_stays_in_the_want(nlp):
    # Wikinews 2019 no. 16 (new-user trial eleven): it is the Taliban who want the government shut
    # out; the author does not assert that it was shut out
    c = claim_with(read(nlp, TALIBAN_WANTS), "Afghan government shut out")
    assert [(s.name, cue(s)) for s in c.attribution.chain] == [("the Taliban", "wants")]
    assert c.factuality.label == "reported"


HOTAK = ('Hotak also alleged the central government are "hiding accurate casualty figures to prevent a further '
         'dip in morale of the Afghan forces", whose US-built armoured vehicle was used to breach the '
         "compound's defences.")


def test_a_relative_clause_after_the_closing_mark_is_the_authors_gloss(nlp):
    # Wikinews 2019 no. 16 (new-user trial eleven): the parser hung "used" on "alleged"; the
    # relative clause on "the Afghan forces", outside the quotation, is the author's own
    r = read(nlp, HOTAK)
    hiding = claim_with(r, "hiding accurate casualty figures")
    assert [(s.name, cue(s)) for s in hiding.attribution.chain] == [("Hotak", "alleged")]
    used = claim_with(r, "armoured vehicle was used")
    assert used.text == "whose US-built armoured vehicle was used to breach the compound's defences"
    assert used.attribution.chain == [] and used.factuality.label == "asserted"


RASTA = ("Rastafarianism is an Abrahamic religion from Jamaica that stresses living what they regard as "
         "naturally, including their hair. \u201cIn our religion, they say every Rasta has to keep dreadlocks,\u201d "
         "said Jerefaya Mphomeya, chairman for Rastafarians in southern Malawi.")


def test_a_they_in_a_quotation_takes_no_country_named_before_it(nlp):
    # VOA 6183074 (new-user trial ten): the speaker's generic "they" is no government of Jamaica
    c = claim_with(read(nlp, RASTA), "every Rasta")
    chain = c.attribution.chain
    assert (chain[0].name, cue(chain[0])) == ("Jerefaya Mphomeya", "said")
    assert all(s.name != "Jamaica" and s.type != "government" for s in chain)
    assert (chain[-1].mention, chain[-1].type) == ("they", "unnamed")


def test_a_producer_named_after_its_product_is_an_organization(nlp):
    # Wikinews 2020-03-13 (wn2020-34, new-user trial 10): Who Gives a Crap is a company that
    # sells recycled toilet paper; the parser reads its name as a relative clause on "producer"
    src = claim_with(read(nlp, "Recycled toilet paper producer Who Gives a Crap said on last Wednesday they'd "
                               "run out of stock."), "run out of stock").attribution.chain[0]
    assert src.type == "organization" and src.name.endswith("Who Gives a Crap")
    other = claim_with(read(nlp, "The film producer said on Monday the shoot would resume."),
                       "shoot would resume").attribution.chain[0]
    assert other.type != "organization"


def test_a_one_word_name_never_introduced_as_a_person_is_no_person(nlp):
    # FNC-1 body 167 (new-user trial 10): Gawker is a news site, not a person; the article names
    # it once, and no person of the article is called Gawker
    src = claim_with(read(nlp, "Smith is 45 and, according to Gawker, gave $1 million to Vice’s staff at last "
                               "year’s holiday party."), "gave $1 million").attribution.chain[0]
    assert src.name == "Gawker" and src.type == "media outlet"  # lexicons/outlets.csv


def test_a_one_word_name_speaking_is_still_a_person(nlp):
    # the scope of the rule above: a surname the article gives alone, as the subject of a report,
    # is a person's (a reader knows "Putin"); only a name cited by "according to" is doubted
    src = claim_with(read(nlp, "Putin said the talks had failed."), "the talks had failed").attribution.chain[0]
    assert src.name == "Putin" and src.type == "person"


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


def test_a_report_opened_by_after_has_the_article_for_source(nlp):
    # FNC-1 body 40 (new-user trial twelve): the parser took "after" for a preposition and made
    # "Questions about Kim's health rose" the content of "claimed"; the Diplomat (a magazine,
    # no diplomat) claimed it
    r = read(nlp, "Questions about Kim\u2019s health rose after an article from the Diplomat, a magazine based in "
                  "Tokyo, claimed his sister was making important government decisions while Kim was being "
                  "treated at Bonghwa Clinic in North Korea's capital Pyongyang.")
    c = claim_with(r, "his sister was making")
    assert [(s.name, s.type, cue(s)) for s in c.attribution.chain] == [("Diplomat", "media outlet", "claimed")]
    assert not claim_with(r, "Questions about").attribution.chain


LEVIN = ("Democratic U.S. Congressman Andy Levin of Michigan slammed Moise for the jailbreak on Twitter. \"This "
         "prison break massacre is a tragic sign of the rule of law collapsing in Haiti,\" Levin tweeted. \"Jovenel "
         "Mo\u00efse's antidemocratic rule is costing Haitians their lives and eliminating any sense of safety. "
         "What's next? Exantus said three commissions have been created to investigate the mutiny. Exantus told VOA "
         "he did not think the jailbreak would affect plans to hold elections later this year.")


def test_a_named_speakers_report_ends_a_quotation_that_never_closed(nlp):
    # VOA 6202623 (new-user trial twelve): the data set dropped the closing mark after "What's
    # next?"; Levin's quotation is his, Exantus's two reports are Exantus's (Frantz Exantus in
    # the article; here only the surname)
    r = read(nlp, LEVIN)
    assert [s.name for s in claim_with(r, "antidemocratic rule").attribution.chain] == ["Andy Levin"]
    assert [(s.name, cue(s)) for s in claim_with(r, "three commissions").attribution.chain] == [("Exantus", "said")]
    c = claim_with(r, "affect plans")
    assert [(s.name, cue(s)) for s in c.attribution.chain] == [("Exantus", "told")]


def test_a_that_clause_parsed_as_the_hearers_relative_clause_is_the_report(nlp):
    # VOA 6202623 (new-user trial twelve): the hearer is no content, and the second that-clause
    # is the official's too
    r = read(nlp, "A government official told a local radio station that Joseph had spent the night in the Croix "
                  "des Bouquets area, and that law enforcement had tracked his movements.")
    first = claim_with(r, "spent the night")
    assert first.text == "Joseph had spent the night in the Croix des Bouquets area"
    for c in (first, claim_with(r, "tracked his movements")):
        assert [(s.name, cue(s)) for s in c.attribution.chain] == [("A government official", "told")]


def test_a_but_clause_after_a_demand_is_the_authors(nlp):
    # Wikinews 2019 no. 6 (new-user trial twelve): the President demands the funding; that
    # Congress has not passed the budget is the author's statement
    r = read(nlp, "The President insists that the budget include funding for the wall, which was one of his "
                  "campaign promises, but Congress has not passed his proposed budget.")
    assert [cue(s) for s in claim_with(r, "include funding").attribution.chain] == ["insists"]
    assert claim_with(r, "Congress has not passed").attribution.chain == []


TOLLS = ("Some estimated death tolls, provided anonymously by officials to journalists, exceeded 100, while "
         "Taliban spokesman Zabiullah Mujahid claimed 190 were dead.")


def test_a_figure_handed_over_by_an_agent_is_the_agents(nlp):
    # Wikinews 2019 no. 16 (new-user trial eleven): the tolls are the officials' figures, given
    # anonymously; the author does not assert that the toll exceeded 100
    c = claim_with(read(nlp, TOLLS), "exceeded 100")
    assert [(s.mention, s.type, cue(s)) for s in c.attribution.chain] == [
        ("officials", "unnamed official", "provided")]
    assert c.factuality.label == "reported"
    revelation = claim_with(read(nlp, "The revelation, provided to The Associated Press by people directly "
                                      "knowledgeable about the effort, comes at a time when Trump has faced "
                                      "criticism."), "comes at a time")
    assert revelation.attribution.chain == []  # no figure: the author's clause (PolNeAR gold)


def test_an_outlets_reporter_the_ner_took_for_an_organisation_is_the_source(nlp):
    # FNC-1 body 1588 (new-user trial eleven): the BBC's correspondent in Lagos says it, not the BBC
    c = claim_with(read(nlp, "The BBC's Tomi Oladipo in Lagos says the video will come as a huge "
                             "embarrassment for the Nigerian government."), "huge embarrassment")
    [src] = c.attribution.chain
    assert (src.name, src.type, cue(src)) == ("Tomi Oladipo", "person", "says")


HOPES = ("Hopes were raised earlier this month when Nigeria's chief of defence staff, Alex Badeh, announced a "
         "truce with the group.\n\n\"They've assured us they have the girls and they will release them,\" he said.")


def test_a_they_takes_no_feeling_for_antecedent(nlp):
    # FNC-1 body 1588 (new-user trial eleven): "they" are the militants Badeh talks about, not
    # the hopes of the sentence before
    c = claim_with(read(nlp, HOPES), "assured us")
    assert [(s.name, cue(s)) for s in c.attribution.chain][0] == ("Alex Badeh", "said")
    assert all("Hopes" not in s.name for s in c.attribution.chain)


REUTERS_TOLL = ("Reuters reported Monday's attack the deadliest since an assault in Ghazni in August 2018, with "
                "officials reporting at the time 150 security forces, 95 civilians, and hundreds of Taliban killed.")


def test_a_report_in_an_absolute_clause_nests_under_the_sentences_report(nlp):
    # Wikinews 2019 no. 16 (new-user trial eleven): the toll is what officials reported, as Reuters
    # relays it; Reuters' own report is that the attack was the deadliest
    r = read(nlp, REUTERS_TOLL)
    toll = claim_with(r, "hundreds of Taliban killed")
    assert [(s.name, cue(s)) for s in toll.attribution.chain] == [("Reuters", "reported"), ("officials", "reporting")]
    assert claim_with(r, "the deadliest").attribution.chain[0].name == "Reuters"
    assert "hundreds of Taliban" not in claim_with(r, "the deadliest").text
    # PolNeAR train gold (wash-post 2016-01-28 "senator-from-vermont-steps-off-c"): source "polls",
    # cue "showing", content "Clinton's once formidable lead having evaporated"
    from newstrace.scoring import attributions_from_reading, span_text
    polls = ("Clinton, who served as Obama's secretary of state, and Sanders are locked in a tight race in the "
             "nation's first caucus state, with polls showing Clinton's once formidable lead having evaporated.")
    [a] = [a for a in attributions_from_reading(read(nlp, polls)) if span_text(polls, a.cue) == "showing"]
    assert span_text(polls, a.content) == "Clinton's once formidable lead having evaporated"


def test_a_hedged_gloss_in_a_report_is_the_authors(nlp):
    # FNC-1 body 1588 (new-user trial eleven): "thought to be a teacher" is the author's aside on
    # the hostage, relaying what is thought by no one named; Shekau claimed only the holding
    r = read(nlp, "Shekau also claimed that the militants were holding a German national, thought to be a "
                  "teacher, who was kidnapped by gunmen in July.")
    assert [(s.name, cue(s)) for s in claim_with(r, "holding a German national").attribution.chain] == [
        ("Shekau", "claimed")]
    gloss = claim_with(r, "thought to be a teacher")
    assert gloss.attribution.chain == [] and gloss.factuality.label == "reported"
    assert gloss.stances == []  # no one named thinks it


def test_a_quotation_joined_by_and_to_a_tagged_one_shares_its_speaker(nlp):
    # VOA 6180932 (new-user trial 13): the first quotation, three sentences long, is joined by
    # "and" to the one the inverted tag "tweeted Asli Aydintasbas" closes; both are hers, not
    # the analysts' of the sentence before
    text = ('Analysts suggest Ankara may also be wary of losing what is widely seen as one of the most '
            'important symbols of Turkish-American cooperation. "(Ankara) will tend to close Kurecik, not '
            'Incirlik. Why is that? The fact that there are nuclear warheads in Incirlik is a source of '
            'prestige..." and "one case that strengthens its position in NATO. When the situation is so '
            'fragile, he (Erdogan) may not want to touch Incirlik," tweeted Asli Aydintasbas, a senior fellow '
            'at the European Council on Foreign Relations.')
    r = read(nlp, text)
    for phrase in ("will tend to close Kurecik", "Why is that", "nuclear warheads in Incirlik",
                   "may not want to touch Incirlik"):
        assert [(s.name, cue(s)) for s in claim_with(r, phrase).attribution.chain] == [
            ("Asli Aydintasbas", "tweeted")], phrase
    assert names(claim_with(r, "may also be wary")) == ["analysts"]


def test_a_closing_tag_read_as_a_noun_phrase_is_the_quotations_tag(nlp):
    # PolNeAR train (usa-today 2016-07-18, wash-post 2016-02-12): gold source "Conway", cue
    # "notes"; source "the email", cue "read"; spaCy read "Conway notes" and "the email read" as
    # noun phrases, so the quotations had no speaker
    r = read(nlp, '"Look at the statement Mr. Trump put out after the Dallas shootings," Conway notes. '
                  '"It was very different in tone and content from what people are accustomed to."')
    assert [(s.mention, cue(s)) for s in claim_with(r, "Look at the statement").attribution.chain] == [
        ("Conway", "notes")]
    r = read(nlp, '"Friend, let me be blunt. I can beat Hillary Clinton. Donald can\'t," the email read.')
    assert [(s.mention, cue(s)) for s in claim_with(r, "I can beat Hillary Clinton").attribution.chain] == [
        ("the email", "read")]
    # a noun that is no reporting verb stays a noun
    r = read(nlp, '"It was a long night," the Clinton campaign staffers.')
    assert all(cue(s) != "staffers" for c in r.claims for s in c.attribution.chain)


# FNC-1 body 1976 (new-user trial 14): the first paragraphs, as published.
ROSENBERG = (
    "Sources in the Kurdish underground in Syria denied Sunday night that Canadian-Israeli Gill "
    "Rosenberg, 31, had been in the Kobane region, as claimed by Islamist and Palestinian websites that "
    "reported she was captured by ISIS during the fighting in that area. The report about Rosenberg's "
    "capture has not been confirmed by ISIS.\n\n"
    "An American who is fighting in the ranks of the Kurds told Voice of Israel that Rosenberg was not "
    "in the Kobane region. \u201cShe was never in Kobane, that's not reasonable that she was captured,\u201d "
    "he said. The head of the station's foreign news desk, Eran Sikorel, said that he, too, had "
    "information that Rosenberg had been stationed in eastern Syria and not in the Kobane region, which "
    "is in central Syria. \n\n"
    "Yisrael Hayom quotes a senior Kurdish source who confirmed that Rosenberg joined the Kurdish "
    "resistance in Syria and said she was the first western woman to join its fighters. The source added "
    "that ten other western citizens who are not of Kurdish origin have also joined the Kurdish fighters "
    "in recent days.\n\n"
    "Earlier on Sunday, the monitoring group SITE said Islamic State (ISIS) jihadists claimed a \"female "
    "Zionist soldier\" had been captured in the embattled Syrian border town.\n")


def test_an_american_who_spoke_is_the_he_who_goes_on(nlp):
    # "An American …" is one unnamed person, not an organisation, and the "he" of the quotation
    # after it is that American, not Gill Rosenberg, whom the text calls "she"
    r = read(nlp, ROSENBERG)
    [told] = claim_with(r, "Rosenberg was not in the Kobane region").attribution.chain
    assert (told.mention, told.type) == ("An American who is fighting in the ranks of the Kurds", "unnamed")
    [said] = claim_with(r, "She was never in Kobane").attribution.chain
    assert (said.mention, said.name, said.type) == ("he", told.name, "unnamed")


def test_israel_hayom_is_a_paper_and_site_a_monitoring_group(nlp):
    # "Yisrael Hayom" (Israel Hayom, a Tel Aviv daily) was typed a person; "the monitoring group
    # SITE" a media outlet, for the "site" of "website"
    r = read(nlp, ROSENBERG)
    quotes = claim_with(r, "Rosenberg joined the Kurdish resistance").attribution.chain[0]
    assert (quotes.mention, quotes.name, quotes.type) == ("Yisrael Hayom", "Israel Hayom", "media outlet")
    site = claim_with(r, "had been captured in the embattled").attribution.chain[0]
    assert (site.name, site.type) == ("SITE", "organization")


def test_business_insider_is_a_media_outlet(nlp):
    # Wikinews 2020 row 1 (new-user trial 15): Business Insider, a news site, was typed an
    # organization
    r = read(nlp, "The military strike follows rocket attacks on the United States Embassy in Iraq; "
                  "Business Insider reported that the rocket strikes were carried out by sympathizers "
                  "of the PMF.")
    [src] = claim_with(r, "carried out by sympathizers").attribution.chain
    assert (src.name, src.type) == ("Business Insider", "media outlet")


def test_the_outfit_is_the_group_named_before(nlp):
    # VOA 8006651 (new-user trial 14): "the banned separatist militant outfit" repeats the
    # Baloch Liberation Army, as "the group" does; it was an unnamed source
    r = read(nlp, "The Baloch Liberation Army, or BLA, quickly claimed responsibility for the attack. In a "
                  "statement to media, the banned separatist militant outfit said it had blown up tracks and "
                  "taken more than 100 passengers hostage.")
    [said] = claim_with(r, "it had blown up tracks").attribution.chain
    assert (said.mention, said.name, said.type) == (
        "the banned separatist militant outfit", "The Baloch Liberation Army", "organization")


def test_a_railway_superintendent_is_an_official(nlp):
    # VOA 8006651 (new-user trial 14): "Imran Hayat, the divisional railway superintendent in
    # Quetta" was typed a person
    r = read(nlp, "\"So far, it's no foot on the ground,\" Imran Hayat, the divisional railway superintendent "
                  "in Quetta, told VOA, about the inability of railway officials to reach the scene.")
    [told] = claim_with(r, "no foot on the ground").attribution.chain
    assert (told.name, told.type) == ("Imran Hayat", "official")


def test_a_spokesman_for_the_president_is_not_the_president(nlp):
    # VOA 6205629 (new-user trial 14): the source was "Ashraf Ghani", the president the
    # spokesman speaks for
    r = read(nlp, "A spokesman for Afghan President Ashraf Ghani rejected the accusations while responding "
                  "to the statement by the Taliban chief.")
    [rejected] = claim_with(r, "rejected the accusations").attribution.chain
    assert rejected.name == "A spokesman for Afghan President Ashraf Ghani"
    assert (rejected.type, rejected.factuality.label) == ("unnamed official", "denied")


def test_doctors_said_to_be_struggling_are_no_source(nlp):
    # VOA 6205629 (new-user trial 14): in the second conjunct the parser labelled "doctors" the
    # active subject of "were said", so the doctors said it; no one named says it: the author
    # relays it (reported), with no source
    r = read(nlp, "More than 150 people had sustained injuries and doctors were said to be struggling to save "
                  "the lives of some of those critically wounded.")
    c = claim_with(r, "struggling to save the lives")
    assert c.attribution.chain == []
    assert c.factuality.label == "reported"


# PolNeAR train gold: breitbart 2016-08-19 (as-bill-clinton-turns-a-look-at), source "The role of
# first lady", cue "calling on", content "the spouse to organize social events, …"; nyt
# 2015-12-15 (white-house-schmoozing-season), source "who", cue "saying", content "goodbye to the
# previous guest": the subordinator that opens the clause is no part of the content.
SUBORDINATE_REPORTS = [
    ("The role of first lady, started in 1789, carries no official powers, instead calling on the spouse to "
     "organize social events, choose china patterns and ensure the White House is kept as a public museum.",
     "calling on", "the spouse to organize social events"),
    ("But Mrs. Clinton, who was distracted while saying goodbye to the previous guest, was not as friendly.",
     "saying", "goodbye to the previous guest"),
]


@pytest.mark.parametrize("text, cue_text, content", SUBORDINATE_REPORTS)
def test_the_subordinator_opening_a_report_is_no_part_of_its_polnear_content(nlp, text, cue_text, content):
    from newstrace.scoring import attributions_from_reading, span_text
    attrs = [a for a in attributions_from_reading(read(nlp, text)) if span_text(text, a.cue) == cue_text]
    assert len(attrs) == 1
    assert span_text(text, attrs[0].content).startswith(content)
