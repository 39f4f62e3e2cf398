"""Recall (session 34, PolNeAR dev misses of politico, usa-today, wash-post and west-journal): a
person's verbal attack on a thing.

"attack" is a stance act (``stance_act_verbs``) and also a physical assault; the stance package
read any attack on an object that is no person or group as an assault ("Militants attacked a
passenger train"), so "Trump attacked “the hateful ideology of radical Islam…”" lost its
attribution. An attack by a person or organisation named, or by "he" or "she", or on the work
or record of someone ("Mr. Clinton's personal life"), is a stance: PolNeAR's cue is the verb, the
content its object. Code under test: ``components/stance/senses.py`` (``physical_attack``).
Expected values: PolNeAR's gold annotation of the sentences named above each text (source, cue
and content as the annotator marked them); the assault sentence is a hand-made wire sentence
(no stance: CONVENTIONS.md, a stance is held by someone who takes a position).
"""
from __future__ import annotations

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
