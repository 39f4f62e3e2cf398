"""Bugs a new user found in real articles (session 33, trial 18) and fixed in session 34, each on
the article's sentence.

The sentences are copied from the trial's articles: Wikinews 2019 no. 11 (the Gdańsk mayor
stabbed on stage), Wikinews 2020 no. 39 (a cow urine party in New Delhi), VOA stories 8008126
(the Alinejad murder-for-hire trial) and 6203896 (the 2004 Bouake bombing trial), FNC-1 bodies
372 (Mashable on Ebola claims in Mosul) and 425 (Duncan Hunter on ISIS fighters at the border).
Expected values follow ``shared/CONVENTIONS.md`` as read by hand, never the code's output: a
chain runs from the author's immediate source to the origin; ``claim.factuality`` is the
author's commitment, each link's its own; "alleged" is "an accusation" (Uu), "unknown" is
"explicitly not confirmed either way" (Uu); TIMEX3 values; ISO 3166-1 alpha-3 countries.
"""
from __future__ import annotations

import datetime as dt

import pytest

from attribution_helpers import Texts
from conftest import assert_offsets, claim_with, names, read

T = Texts()


def own(source) -> tuple[str, str]:
    return source.factuality.label, source.factuality.value


def author(claim) -> tuple[str, str]:
    return claim.factuality.label, claim.factuality.value


# ---------------------------------------------------------------------------------------------
# Item 1. An active conjunct of a passive ("is reported to have jumped … and claimed") shares
# its passive subject: the attacker claimed, and the author does not assert what he claimed.

ATTACKER = T("The attacker is reported to have jumped on stage during the Great Orchestra of Christmas "
             "Charity and claimed he was wrongfully imprisoned under Adamowicz's former party Civic "
             "Platform's time in government.")


def test_active_conjunct_of_a_passive_is_the_passive_subjects_claim(nlp):
    r = read(nlp, ATTACKER)
    assert_offsets(r, ATTACKER)
    c = claim_with(r, "he was wrongfully imprisoned")
    assert names(c) == ["attacker"]
    assert c.attribution.chain[0].cue.text == "claimed"
    assert author(c) in (("reported", "Uu"), ("alleged", "Uu"))


def test_passive_participle_conjunct_keeps_its_passive(nlp):
    # "was arrested and charged": a participle shares the passive; its subject is no speaker
    text = T("The man was arrested and charged with murder, police said.")
    c = claim_with(read(nlp, text), "charged with murder")
    assert names(c) == ["police"]


# ---------------------------------------------------------------------------------------------
# Item 5. "the assailant, reported by The Guardian as convicted of assaults": The Guardian
# reports the conviction, and is no link of the police spokesman's report.

CIARKA = T("Police spokesman Mariusz Ciarka said a press badge was used by the assailant, reported by The "
           "Guardian as convicted of assaults and by Associated Press of bank robberies, to gain entry.")


def test_participle_reported_by_outlet_as_is_the_outlets_report_not_the_spokesmans(nlp):
    r = read(nlp, CIARKA)
    assert_offsets(r, CIARKA)
    badge = claim_with(r, "a press badge was used by the assailant")
    assert names(badge) == ["mariusz ciarka"]
    convicted = claim_with(r, "convicted of assaults")
    assert names(convicted)[0] == "guardian"
    assert convicted.attribution.chain[0].type == "media outlet"
    assert author(convicted) == ("reported", "Uu")


# ---------------------------------------------------------------------------------------------
# Item 20. "no credible intelligence to suggest X": nothing grounds X, which is left open
# (unknown, Uu), not put forward as possible (speculated).

CATRON = T("“DHS continues to have no credible intelligence to suggest terrorist organizations are "
           "actively plotting to cross the southwest border,” Catron said.")


def test_no_intelligence_to_suggest_is_unknown_for_the_speaker(nlp):
    r = read(nlp, CATRON)
    assert_offsets(r, CATRON)
    c = claim_with(r, "terrorist organizations are actively plotting")
    assert names(c) == ["catron"]
    assert own(c.attribution.chain[0]) == ("unknown", "Uu")
    assert author(c) != ("asserted", "CT+")


def test_intelligence_that_suggests_stays_speculated(nlp):
    text = T("“The intelligence continues to suggest terrorist organizations are plotting an attack,” Catron said.")
    c = claim_with(read(nlp, text), "terrorist organizations are plotting an attack")
    assert own(c.attribution.chain[-1])[0] == "speculated"


# ---------------------------------------------------------------------------------------------
# Item 22. An agentless passive of accusing relays an accusation: alleged (Uu), not asserted.

@pytest.mark.parametrize("text, phrase", [
    (T("Then, in 2021, Iranian operatives were accused of planning to kidnap Alinejad."),
     "Iranian operatives were accused of planning"),
    (T("Paris was accused of aiding rebels fighting then-president, Laurent Gbagbo."),
     "Paris was accused of aiding rebels"),
    (T("Two Ivorian soldiers and a mercenary from Belarus stand accused of the 2004 bombing of the "
       "French army base near Bouake."), "stand accused of the 2004 bombing"),
])
def test_agentless_accused_of_is_alleged(nlp, text, phrase):
    r = read(nlp, text)
    assert_offsets(r, text)
    c = claim_with(r, phrase)
    assert c.attribution.chain == []
    assert author(c) == ("alleged", "Uu")


def test_passive_of_arresting_stays_asserted(nlp):
    text = T("Two Iranian operatives were arrested in New York in 2022.")
    c = claim_with(read(nlp, text), "were arrested")
    assert author(c) == ("asserted", "CT+")


# ---------------------------------------------------------------------------------------------
# Item 14. "6606 lives" counts lives: no year 6606. A year before a plural noun has its
# determiner ("the 2020 elections").

WHO = T("According to the WHO's situation report dated March 16, the virus claimed 6606 lives, and "
        "167,515 cases were reported of this disease.")


def test_number_that_counts_a_plural_noun_is_no_year(nlp):
    r = read(nlp, WHO, published=dt.date(2020, 3, 17))
    assert "6606" not in [t.text for t in r.times]


def test_name_that_the_ner_ran_into_a_bracket_is_cut_before_it(nlp):
    # the organisation the WHO's report stands for is named without the unbalanced "(WHO"
    text = T("COVID-19 was previously announced to be a \"pandemic\" by the World Health Organization (WHO). " + WHO)
    c = claim_with(read(nlp, text, published=dt.date(2020, 3, 17)), "the virus claimed 6606 lives")
    assert names(c) == ["world health organization"]


def test_year_with_a_determiner_before_a_plural_noun_stays_a_year(nlp):
    text = T("Turnout in the 2016 elections was low.")
    r = read(nlp, text, published=dt.date(2020, 3, 17))
    assert [t.value for t in r.times if t.text.endswith("2016")] == ["2016"]


# ---------------------------------------------------------------------------------------------
# Item 15. "Corona" the virus (a common noun "corona" in the same article) is no place.

CORONA = T("Chakrapani had said, \"Corona was quiet in India because of yajña rituals.  But these ignorant, "
           "arrogant Telangana ministers have challenged corona by killing animals and eating chicken in "
           "public, that there is a speculation of seeing the most formidable form of corona.\"")


def test_name_used_as_a_common_noun_in_the_article_is_no_city(nlp):
    r = read(nlp, CORONA, published=dt.date(2020, 3, 17))
    assert [(p.text, p.country) for p in r.places] == [("India", "IND"), ("Telangana", "IND")]


def test_city_named_with_its_state_stays_a_place(nlp):
    text = T("Firefighters in Corona, California, contained the blaze on Sunday.")
    r = read(nlp, text, published=dt.date(2020, 3, 17))
    assert ("Corona", "USA") in [(p.text, p.country) for p in r.places]


# ---------------------------------------------------------------------------------------------
# Item 17. A hyphenated first name is part of the name: "ambassador Simon" is Jean-Marc Simon.

SIMON = T("Former French ambassador to Ivory Coast, Jean-Marc Simon, told Radio France International he "
          "believed even former President Gbagbo had not been informed of it in advance. It’s a hypothesis "
          "raised by another lawyer of the victims, but dismissed by ambassador Simon as a conspiracy theory.")


def test_surname_resolves_to_the_hyphenated_full_name(nlp):
    r = read(nlp, SIMON)
    assert_offsets(r, SIMON)
    c = claim_with(r, "It’s a hypothesis raised by another lawyer")
    assert [s.name for s in c.attribution.chain] == ["Jean-Marc Simon"]


# ---------------------------------------------------------------------------------------------
# Item 13. The Hindi original of a quotation is no English claim (least of all the author's),
# and its danda ends the sentence before the English runs on.

HINDI = T("Chakrapani had said, \"Thus, these ministers should promptly seek forgiveness from corona, else "
          "it would be a disaster that noone can stop.\" ((hi))Hindi language: \u200dकोरोना भारत में यग्न "
          "अनुष्ठान के कारण शांत था।  अतः इन मंत्रियों को समय रहते कोरोना से तत्काल माफ़ी मांग लेनी चाहिए, "
          "अन्यतः अनर्थ हो जायेगा, जिसे कोई नहीं रोक सकता।  Earlier this month, Chakrapani told ThePrint, "
          "\"Just like we organise tea parties, we have decided to organise a gaumutra party.\"")


def test_passage_in_another_script_gives_no_claim(nlp):
    r = read(nlp, HINDI, published=dt.date(2020, 3, 17))
    assert_offsets(r, HINDI)
    assert not [c.text for c in r.claims if any("\u0900" <= ch <= "\u097f" for ch in c.text)]
    assert not [c.text for c in r.claims if "Earlier this month, Chakrapani told" in c.text]
    c = claim_with(r, "we have decided to organise a gaumutra party")
    assert names(c) == ["swami chakrapani"] or names(c) == ["chakrapani"]


# ---------------------------------------------------------------------------------------------
# Item 25. Outlets the trial found typed unnamed or an organization (lexicons/outlets.csv).

@pytest.mark.parametrize("text, phrase, outlet", [
    (T("Brudziński said Adamowicz required resuscitation, and was in a \"serious\" condition; TVN24 "
       "reported he received surgery."), "he received surgery", "TVN24"),
    (T("Mashable notes, however, that the majority of ISIS recruits in Africa have come from countries "
       "that have not reported any Ebola cases."), "the majority of ISIS recruits", "Mashable"),
    (T("Iraq’s pro-government Al Sabaah (The Morning) daily newspaper reported that Ebola made its way "
       "into Mosul through Africa-based Islamist “terrorists” who then linked up with ISIS."),
     "Ebola made its way into Mosul", "Al-Sabah"),
])
def test_outlets_of_the_trial_are_media_outlets(nlp, text, phrase, outlet):
    r = read(nlp, text)
    assert_offsets(r, text)
    (src,) = claim_with(r, phrase).attribution.chain
    assert (src.name, src.type) == (outlet, "media outlet")


# ---------------------------------------------------------------------------------------------
# Item 24. "to confirm if X": the "if" asks what the assessment is to find out; the prosecutor
# leaves X open (unknown, Uu), as "whether X" would.

SIERAK = T("Prosecutor Krzysztof Sierak told reporters today psychiatric assessments will be carried out "
           "to confirm if Stefan W is fit for trial.")


def test_if_after_a_verb_of_finding_out_is_an_open_question(nlp):
    r = read(nlp, SIERAK, published=dt.date(2019, 1, 14))
    assert_offsets(r, SIERAK)
    c = claim_with(r, "Stefan W is fit for trial")
    assert names(c) == ["krzysztof sierak"]
    assert own(c.attribution.chain[0]) == ("unknown", "Uu")


# ---------------------------------------------------------------------------------------------
# Item 26. A gerund of saying after a preposition on a passive with no other subject: the
# passive subject says it ("was met with applause upon announcing that X": the doctor announced).
# (The article's own sentence, "upon announcing to journalists Adamowicz remained alive", is
# still parsed with the clause hung on "met", and stays missed.)

STEFANIAK = T("Dr. Tomasz Stefaniak was met with applause early today upon announcing that Adamowicz "
              "remained alive.")


def test_gerund_on_a_passive_is_the_passive_subjects_report(nlp):
    r = read(nlp, STEFANIAK, published=dt.date(2019, 1, 14))
    assert_offsets(r, STEFANIAK)
    c = claim_with(r, "Adamowicz remained alive")
    assert names(c) == ["tomasz stefaniak"]
    assert c.attribution.chain[0].cue.text == "announcing"
    assert author(c) == ("reported", "Uu")


# ---------------------------------------------------------------------------------------------
# Item 29. "The next hours" counts no hours: a vague duration (TIMEX3 PTXH), not one hour.

NEXT_HOURS = T("Stefaniak said: \"The next hours will decide everything.\"")


def test_plural_unit_with_no_count_is_a_vague_duration(nlp):
    r = read(nlp, NEXT_HOURS, published=dt.date(2019, 1, 14))
    assert [(t.text, t.value) for t in r.times] == [("The next hours", "PTXH")]


def test_the_next_hour_is_one_hour(nlp):
    text = T("Stefaniak said: \"The next hour will decide everything.\"")
    r = read(nlp, text, published=dt.date(2019, 1, 14))
    assert [(t.text, t.value) for t in r.times] == [("The next hour", "PT1H")]
