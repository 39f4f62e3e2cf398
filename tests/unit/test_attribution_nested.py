"""Nested attribution: chains of more than one link, from the author's immediate source to the
origin (``shared/CONVENTIONS.md``, "Attribution chain").

"According to X, and first reported by Y", "X cited Y as saying", "X reported that Y said",
"…, citing Y", "as cited by Y", "per X" after the speaker, a closing tag that is the outer link,
an agency that relays the speaker it quotes or the statement it posts, a report in an absolute
clause; and what does not nest: the addressee of "told", a second report set beside the first,
a denial of a report. Code under test: ``components/attribution/`` (frames, sentences,
governing), ``components/parse_repairs/speaker_tags.py``. How the expected values were decided:
``attribution_helpers``.
"""
from __future__ import annotations

import pytest

from attribution_helpers import Texts, assert_single_source, cue, types
from conftest import claim_with, names, norm, read

T = Texts()


# ---------------------------------------------------------------------------------------------
# Nested sources.

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


def test_the_agent_of_as_cited_by_is_the_immediate_source(nlp):
    # new-user trial (session 17), VOA story 72: "X has found, as cited by Y" gave [X, Y]; Y
    # cites X, so the author has it from Y and X is the origin (CONVENTIONS.md, chain order),
    # the reverse of "…, citing X"
    r = read(nlp, "Exports fell by a third, Delta Market Research has found, as cited by the trade "
                  "website Port News. The rebels seized the town, the agency said, citing local officials.")
    assert names(claim_with(r, "Exports fell")) == ["trade website port news", "delta market research"]
    assert names(claim_with(r, "rebels seized")) == ["agency", "local officials"]


def test_per_an_outlet_after_the_speaker_is_the_outer_source(nlp):
    # new-user trial (Wikinews): '"…you would probably minimise the panic" said Russell Zimmerman per
    # ABC News.': the author has it from ABC News, which has it from Zimmerman (CONVENTIONS.md:
    # the chain runs from the author's immediate source to the origin)
    r = read(nlp, T('"If the shelves were full, you would probably minimise the panic" said Russell '
                    'Zimmerman per ABC News.'))
    c = claim_with(r, "minimise the panic")
    assert names(c) == ["abc news", "russell zimmerman"]
    assert [cue(s) for s in c.attribution.chain] == ["per", "said"]


def test_a_second_report_in_a_while_clause_nests_in_no_report(nlp):
    # new-user trial (VOA story 42): the author sets Perkins's report beside Martin's; Perkins
    # is no source of Martin's
    r = read(nlp, "Martin said the evidence was circumstantial, while Perkins said his client was innocent.")
    assert names(claim_with(r, "his client was innocent")) == ["perkins"]
    assert names(claim_with(r, "the evidence was circumstantial")) == ["martin"]


def test_a_denial_in_a_sentential_relative_keeps_the_reports_source(nlp):
    # new-user trial (VOA story 84): the experts' report stays theirs; Moscow's denial of it
    # is a claim of its own, not the report's source
    r = read(nlp, "Experts detailed arms transfers from North Korea to Russia in a report in February — "
                  "which Moscow denied.")
    assert names(claim_with(r, "arms transfers")) == ["experts"]
    (s,) = claim_with(r, "Moscow denied").attribution.chain
    assert norm(s.name) == "moscow" and cue(s) == "denied" and s.factuality.label == "denied"


def test_an_assessment_that_x_is_a_report_nested_in_the_speakers(nlp):
    # new-user trial (VOA story 84): "has assessed that" reports the ministry's judgement,
    # which the speaker relays
    r = read(nlp, "He said the defense ministry has assessed that Pyongyang has shipped containers to Russia.")
    assert names(claim_with(r, "Pyongyang has shipped containers")) == ["he", norm("the defense ministry")]


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


def test_a_fronted_as_reported_by_keeps_its_whole_source(nlp):
    # VOA 8009004 (new-user trial nine): the U.S. Mission relays the IAEA Director General
    c = claim_with(read(nlp, "\u201cAs reported by the International Atomic Energy Agency [IAEA] Director General, "
                             "Tehran continues to rapidly accelerate its production of highly enriched uranium,\u201d "
                             "the U.S. Mission to the United Nations said in a statement."), "Tehran continues")
    assert c.text == "Tehran continues to rapidly accelerate its production of highly enriched uranium"
    assert c.attribution.chain[-1].name.endswith("Director General")


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
