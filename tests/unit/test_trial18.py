"""Bugs a new user found in real articles (session 33, trial 18), each on the article's sentence.

The sentences are copied from the trial's articles: FNC-1 body 372 (Mashable on Ebola claims in
Mosul) and VOA story 6203896 ("Trial Opens in 2004 Bombing of French Base in Ivory Coast").
Expected values follow ``shared/CONVENTIONS.md`` as read by hand, never the code's output: a
chain runs from the author's immediate source to the origin; ``claim.factuality`` is the
author's commitment ("reported" (Uu) for what a source said), each link's its own; "denied" is
CT-, or PR- when hedged.
"""
from __future__ import annotations

from conftest import assert_offsets, claim_with, names, read


def own(source) -> tuple[str, str]:
    return source.factuality.label, source.factuality.value


def author(claim) -> tuple[str, str]:
    return claim.factuality.label, claim.factuality.value


# ---------------------------------------------------------------------------------------------
# 1. A name the tagger reads as an adjective ("Mashable") before its verb read as a noun.

SABAAH = ("Iraq’s pro-government Al Sabaah (The Morning) daily newspaper reported that Ebola made "
          "its way into Mosul through Africa-based Islamist “terrorists” who then linked up with ISIS. "
          "Mashable notes, however, that the majority of ISIS recruits in Africa have come from "
          "countries that have not reported any Ebola cases, such as Tunisia, Egypt, Morocco, Libya, "
          "and others.")


def test_mashable_notes_however_is_mashables_report(nlp):
    r = read(nlp, SABAAH)
    assert_offsets(r, SABAAH)
    c = claim_with(r, "the majority of ISIS recruits in Africa have come from countries")
    assert not c.text.startswith("Mashable")
    assert names(c) == ["mashable"]
    assert c.attribution.chain[0].cue.text == "notes"
    assert own(c.attribution.chain[0]) == ("asserted", "CT+")
    assert author(c) == ("reported", "Uu")


def test_a_nationality_before_a_plural_noun_stays_an_adjective(nlp):
    # "Russian claims that …" is a noun phrase, the subject of "were rejected": no speaker.
    text = "Russian claims that the plane was shot down were rejected by investigators."
    r = read(nlp, text)
    assert all("russian" not in names(c) for c in r.claims)


MASHABLE = ("Multiple Iraqi and Kurdish media sources have claimed that some Islamic State (ISIS) "
            "militants in Mosul, Iraq, have contracted the deadly Ebola virus, Mashable reports.")


def test_closing_mashable_reports_is_the_first_link_of_the_chain(nlp):
    # CONVENTIONS.md's "According to the New York Times, and first reported … by a South Korean
    # paper, X" -> [The New York Times, a South Korean paper]: the closing tag is the immediate source.
    r = read(nlp, MASHABLE)
    assert_offsets(r, MASHABLE)
    c = claim_with(r, "have contracted the deadly Ebola virus")
    assert "Mashable" not in c.text
    assert names(c) == ["mashable", "multiple iraqi and kurdish media sources"]
    assert [s.cue.text for s in c.attribution.chain] == ["reports", "claimed"]
    assert c.factuality.label != "asserted"


# ---------------------------------------------------------------------------------------------
# 2. A negated verb of expecting holds its content probably untrue (negative raising).

DELON = ("Bernadette Delon, sister of one of the victims, told AFP she doesn't expect this trial "
         "to resolve anything.")


def test_doesnt_expect_is_a_hedged_denial_for_the_speaker(nlp):
    r = read(nlp, DELON)
    assert_offsets(r, DELON)
    c = claim_with(r, "this trial to resolve anything")
    assert names(c) == ["bernadette delon"]
    assert own(c.attribution.chain[0]) == ("denied", "PR-")
    assert author(c) == ("reported", "Uu")
    assert {"expect", "n't"} <= {q.text for q in c.attribution.chain[0].factuality.cues}


def test_a_negated_hope_is_no_denial(nlp):
    # "does not hope X" says nothing of X: hoping puts X as possible, not denied.
    text = "He said he does not hope the trial will end soon."
    c = claim_with(read(nlp, text), "the trial will end soon")
    assert own(c.attribution.chain[0])[0] != "denied"


# ---------------------------------------------------------------------------------------------
# 3. Each conjunct of a reported clause keeps the attribution ("What one claim is").

BRUDZINSKI = ("Brudziński said Adamowicz required resuscitation, and was in a \"serious\" condition; "
              "TVN24 reported he received surgery.")


def test_both_conjuncts_of_brudzinskis_clause_are_his(nlp):
    r = read(nlp, BRUDZINSKI)
    assert_offsets(r, BRUDZINSKI)
    first = claim_with(r, "Adamowicz required resuscitation")
    second = claim_with(r, "was in a \"serious\" condition")
    assert not first.text.startswith("Brudziński")
    for c in (first, second):
        assert names(c) == ["brudziński"]
        assert c.attribution.chain[0].cue.text == "said"
        assert author(c) == ("reported", "Uu")
    assert names(claim_with(r, "he received surgery")) == ["tvn24"]


def test_a_speakers_own_availability_stays_the_speakers(nlp):
    # "was unavailable for comment" is the spokesman's state, not the mayor's: no conjunct of
    # the reported clause, so it is no claim the spokesman reports.
    text = "The spokesman said the mayor required resuscitation, and was unavailable for comment."
    c = claim_with(read(nlp, text), "was unavailable for comment")
    assert names(c) == []
