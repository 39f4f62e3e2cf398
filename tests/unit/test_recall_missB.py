"""Recall (session 34, PolNeAR dev misses of politico, usa-today, wash-post and west-journal): a
person's verbal attack on a thing.

"attack" is a stance act (``stance_act_verbs``) and also a physical assault; the stance package
read any attack on an object that is no person or group as an assault ("Militants attacked a
passenger train"), so "Trump attacked “the hateful ideology of radical Islam…”" lost its
attribution. An attack on an idea, a statement or someone's work or record (``IDEA_NOUNS``) by a
person named, "he" or "she", or with a named or "his"/"her" possessor ("Mr. Clinton's personal
life"), is a stance: PolNeAR's cue is the verb, the
content its object. Code under test: ``components/stance/senses.py`` (``physical_attack``).
Expected values: PolNeAR's gold annotation of the sentences named above each text (source, cue
and content as the annotator marked them); the assault sentences are hand-made wire and crime
sentences (no stance: CONVENTIONS.md, a stance is held by someone who takes a position; an
attack on a town, a checkpoint, a vehicle, a tanker or a house is one of force, whoever makes
it: war and crime news, read by event-data users, must not turn it into an attribution).
"""
from __future__ import annotations

import pytest

from attribution_helpers import attributions, Texts
from conftest import read

T = Texts()

# PolNeAR dev, west-journal 2016-09-29 "Gold Star mom corners Obama…": gold source "Trump", cue
# "attacked", content the quotation.
IDEOLOGY = T("In an August speech, Trump attacked “the hateful ideology of radical Islam – its oppression of "
             "women, gays, children, and nonbelievers.”")

# PolNeAR train, nyt 2016-03-09 "Clinton tries to reframe…": gold source "He", cue "attacked",
# content "Mr. Clinton's personal life".
PERSONAL_LIFE = T("He attacked Mr. Clinton's personal life after Mrs. Clinton accused him of sexism.")

# PolNeAR train, politico 2015-11-24 "Clinton's Iowa dilemma": gold source "Ben Carson, Ted Cruz and
# Rand Paul", cue "have all attacked", content "the program as a violation of free market
# principles".
PROGRAM = T("Ben Carson, Ted Cruz and Rand Paul have all attacked the program as a violation of free market "
            "principles.")

# Hand-made: an assault by armed men on a thing is no stance.
TRAIN = T("Militants attacked a passenger train near the border on Sunday.")

# Hand-made war and crime sentences: assaults by an organisation named, a person named, an armed
# force, or "he" on a place, a facility, a vehicle or a house (no attribution, no stance).
ASSAULTS = [T(s) for s in (
    "Hamas attacked Israeli towns on Saturday, killing dozens.",
    "The Taliban attacked a checkpoint in Kandahar.",
    "John Smith attacked a military vehicle with a grenade.",
    "Russian forces attacked Kharkiv overnight.",
    "Houthi rebels attacked a tanker in the Red Sea.",
    "He attacked her house with a hammer.")]


def _attacks(nlp, text):
    return [f for f in attributions(nlp, text) if "attacked" in f[0].split()]


def test_a_named_persons_attack_on_an_ideology_is_a_stance(nlp):
    assert _attacks(nlp, IDEOLOGY) == [("attacked", "Trump", "“the hateful ideology of radical Islam – its "
                                        "oppression of women, gays, children, and nonbelievers.”")]


def test_an_attack_on_someones_personal_life_is_a_stance(nlp):
    [(cue, source, content)] = _attacks(nlp, PERSONAL_LIFE)
    assert (cue, source) == ("attacked", "He")
    assert content.startswith("Mr. Clinton's personal life")


def test_named_people_attacking_a_program_take_a_stance(nlp):
    [(cue, source, content)] = _attacks(nlp, PROGRAM)
    assert cue.endswith("attacked") and "Ben Carson" in source
    assert content == "the program as a violation of free market principles"


def test_militants_attacking_a_train_take_no_stance(nlp):
    assert _attacks(nlp, TRAIN) == []
    claim = read(nlp, TRAIN).claims[0]
    assert claim.stances == [] and claim.attribution.chain == []


@pytest.mark.parametrize("text", ASSAULTS)
def test_an_assault_on_a_place_facility_vehicle_or_house_takes_no_stance(nlp, text):
    assert _attacks(nlp, text) == []
    assert all(claim.stances == [] and claim.attribution.chain == [] for claim in read(nlp, text).claims)
