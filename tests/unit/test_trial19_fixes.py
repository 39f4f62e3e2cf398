"""Bugs a new user found in real articles (session 34, trial 19), each on the article's sentence.

The sentences are copied from the trial's articles: FNC-1 bodies 147 (the Tiger Woods suspension
rumour) and 324 (Jeh Johnson and Duncan Hunter on ISIL fighters), VOA 8011004 ("Author says ban
on her book reflects Taliban's repression of women") and Wikinews 2019 row 94 ("Dozens dead in
California boat fire"). Expected values follow ``shared/CONVENTIONS.md`` as read by hand, never
the code's output: a chain runs from the author's immediate source to the origin;
``claim.factuality`` is the author's commitment, each link's its own; "denied" is CT-; asserted
is CT+, or PR+ with a hedge of probability ("I think", "presumed").
"""
from __future__ import annotations

from attribution_helpers import Texts
from conftest import assert_offsets, claim_with, names, read

T = Texts()


def own(source) -> tuple[str, str]:
    return source.factuality.label, source.factuality.value


def author(claim) -> tuple[str, str]:
    return claim.factuality.label, claim.factuality.value


# ---------------------------------------------------------------------------------------------
# Wrong sources (trial items 1-5)

VOTAW = T("Ty Votaw, executive vice president of the PGA Tour, shot down the report Monday, too, "
          "and the Tour, according to ESPN, says it is required to announce a suspension.")


def test_according_to_in_the_second_conjunct_sources_that_conjunct_only(nlp):
    r = read(nlp, VOTAW)
    assert_offsets(r, VOTAW)
    c = claim_with(r, "it is required to announce a suspension")
    assert names(c) == ["espn", "pga tour"]
    assert c.attribution.chain[0].type == "media outlet"
    assert c.attribution.chain[1].cue.text == "says"
    first = claim_with(r, "shot down the report")
    assert "espn" not in names(first) and "the Tour" not in first.text


LEWAL = T("\"The Taliban's restrictions have sparked social and cultural resistance,\" he said, with people "
          "seeking ways to oppose the limitations, including by reading prohibited books. 'It reflects the "
          "fear' Abdul Ghafoor Lewal, an Afghan writer and former diplomat, told VOA the Taliban's actions "
          "reveal fear of any opposition.")


def test_a_subhead_in_single_quotes_is_no_speaker(nlp):
    r = read(nlp, LEWAL)
    assert_offsets(r, LEWAL)
    c = claim_with(r, "actions reveal fear of any opposition")
    assert names(c) == ["abdul ghafoor lewal"]
    assert c.attribution.chain[0].cue.text == "told"


KHOSHBO = T("Khoshbo believes her book also was banned because it was written by a woman.")


def test_the_agent_of_a_passive_clause_of_its_own_is_no_source(nlp):
    r = read(nlp, KHOSHBO)
    assert_offsets(r, KHOSHBO)
    c = claim_with(r, "her book also was banned")
    assert names(c) == ["khoshbo"]
    assert c.attribution.chain[0].cue.text == "believes"
    assert own(c.attribution.chain[0]) == ("asserted", "PR+")
    assert all("a woman" not in names(x) for x in r.claims)


WRITTEN_BY = T("\"I believe their hostility is directed at women, and for them, the books written by women are "
               "the first to be targeted, regardless of their content,\" she said.")


def test_a_restrictive_participle_with_an_agent_is_no_source(nlp):
    r = read(nlp, WRITTEN_BY)
    assert_offsets(r, WRITTEN_BY)
    c = claim_with(r, "the books written by women are the first to be targeted")
    assert names(c) == ["she"]
    assert all("women" not in names(x) for x in r.claims)


MESSAGE = T("So, when she received a text message from a friend and fellow journalist in November 2024, "
            "telling her the Taliban had banned her book, she was shocked.")


def test_the_sender_of_a_message_received_tells_not_the_one_who_received_it(nlp):
    r = read(nlp, MESSAGE)
    assert_offsets(r, MESSAGE)
    c = claim_with(r, "the Taliban had banned her book")
    assert names(c) == ["a friend and fellow journalist"]
    assert c.attribution.chain[0].cue.text == "telling"


HAQMAL = T("The Taliban's deputy minister for the Ministry of Information and Culture, Zia-ul Haq Haqmal, "
           "told media his department had identified 400 books deemed \"against Afghanistan's national "
           "interest and Islamic values.\"")


def test_the_name_apposed_to_a_role_names_the_source(nlp):
    r = read(nlp, HAQMAL)
    assert_offsets(r, HAQMAL)
    c = claim_with(r, "his department had identified 400 books")
    assert names(c) == ["zia-ul haq haqmal"]
    assert c.attribution.chain[0].type == "official"


# ---------------------------------------------------------------------------------------------
# A missed attribution (trial item 15)

JOHNSON = T("Homeland Security Secretary Jeh Johnson is pushing back against a claim made by Rep. Duncan "
            "Hunter that at least 10 Islamic State of Iraq and the Levant fighters were apprehended trying "
            "to come into the U.S. from Mexico.")


def test_pushing_back_against_a_claim_made_by_someone_denies_it(nlp):
    r = read(nlp, JOHNSON)
    assert_offsets(r, JOHNSON)
    c = claim_with(r, "fighters were apprehended")
    assert not c.text.startswith("Homeland")
    assert names(c) == ["jeh johnson", "duncan hunter"]
    assert own(c.attribution.chain[0]) == ("denied", "CT-")
    assert own(c.attribution.chain[1]) == ("asserted", "CT+")
    # the author relays Hunter's claim (before: asserted CT+ on the whole sentence); "claim" is
    # one of ``report_alleging``, so the label may be reported or alleged, both Uu
    assert author(c)[1] == "Uu"


# ---------------------------------------------------------------------------------------------
# Wrong labels (trial items 22 and 30)

STEINBERG = T("“These claims are absolutely, unequivocally and completely false,” Mark Steinberg said in a "
              "statement (via ESPN).")
NO_TRUTH = T("“There is no truth whatsoever to these claims,” he told USA Today.")


def test_these_claims_are_false_is_the_speakers_denial(nlp):
    r = read(nlp, STEINBERG)
    assert_offsets(r, STEINBERG)
    c = claim_with(r, "These claims are")
    assert names(c)[-1] == "mark steinberg"
    assert own(c.attribution.chain[-1]) == ("denied", "CT-")


def test_no_truth_to_these_claims_is_the_speakers_denial(nlp):
    r = read(nlp, NO_TRUTH)
    assert_offsets(r, NO_TRUTH)
    c = claim_with(r, "There is no truth whatsoever to these claims")
    assert own(c.attribution.chain[-1]) == ("denied", "CT-")


OLSEN = T("Olsen had questioned the Nike ball with which Woods plays, too, saying, “I would almost bet "
          "hadn’t been tested. … So that combined with his enhancement issues, like having a Canadian blood "
          "spinning doctor in his phone, you know? I mean, I think people are starting to openly call it what "
          "it is, which is gonna be a problem for him.”")


def test_a_first_person_i_think_is_probable(nlp):
    r = read(nlp, OLSEN)
    assert_offsets(r, OLSEN)
    c = claim_with(r, "people are starting to openly call it")
    assert names(c) == ["olsen"]
    assert own(c.attribution.chain[0]) == ("asserted", "PR+")  # was CT+


PRESUMED = T("Five people, who were all crew, were rescued while the rest are presumed dead.")


def test_presumed_dead_is_probable(nlp):
    r = read(nlp, PRESUMED)
    assert_offsets(r, PRESUMED)
    c = claim_with(r, "the rest are presumed dead")
    assert c.attribution.chain == []
    assert author(c) == ("asserted", "PR+")


# ---------------------------------------------------------------------------------------------
# A spurious attribution (trial item 6)

USCG = T("The United States Coast Guard (USCG) called off its search late on Tuesday.")


def test_called_off_on_a_day_is_no_call_on(nlp):
    r = read(nlp, USCG)
    assert_offsets(r, USCG)
    c = claim_with(r, "called off its search")
    assert c.attribution.chain == []
    assert author(c) == ("asserted", "CT+")

