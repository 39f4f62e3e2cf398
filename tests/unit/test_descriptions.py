"""Descriptions the NER ran into a person's name (components/descriptions.py), on sentences of
FNC-1, Wikinews and VOA read by hand: the canonical name is the name, the mention keeps the
words of the text, and names that open with a noun are left whole."""
from __future__ import annotations

import pytest

from conftest import claim_with, read

# FNC-1 body 1019, its first two paragraphs
SORKIN = ("Christian Bale will star as late Apple CEO Steve Jobs in the upcoming biopic from director Danny Boyle. "
          "Screenwriter Aaron Sorkin confirmed the decision in an upcoming interview with Bloomberg Television "
          "today, adding that the Oscar-winning actor didn't even have to audition for the role.\n\n"
          "\"We needed the best actor on the board in a certain age range and that\u2019s Chris Bale,\" Sorkin said. "
          "\"He didn\u2019t have to audition. Well, there was a meeting.\"")


def test_a_screenwriter_is_named_by_his_name_and_his_surname_repeats_him(nlp):
    r = read(nlp, SORKIN)
    audition = claim_with(r, "didn't even have to audition")
    assert [(s.name, s.mention) for s in audition.attribution.chain] == \
        [("Aaron Sorkin", "Screenwriter Aaron Sorkin")]
    needed = claim_with(r, "We needed the best actor")
    assert [(s.name, s.mention) for s in needed.attribution.chain] == [("Aaron Sorkin", "Sorkin")]


@pytest.mark.parametrize("text, phrase, name, mention", [
    # Wikinews 2019 no. 163 (the London Bridge stabbing)
    ("Broadcaster Piers Morgan commented, \"The guy with the whale tusk is a Polish chef named Luckasz.\"",
     "whale tusk", "Piers Morgan", "Broadcaster Piers Morgan"),
    # Wikinews 2020 no. 21
    ("Immunologist Kristian Andersen of Scripps Research said, in response to the study, \"This virus is "
     "clearly much more capable of spreading between people.\"",
     "much more capable", "Kristian Andersen", "Immunologist Kristian Andersen of Scripps Research"),
    # FNC-1 body 229: the NER leaves a lower-case role out of the name already
    ("Technology strategist David Williams told the NBC Today show in July 2014 that the effect on kids, "
     "including his own, was like 'crack for toddlers'.",
     "the effect on kids", "David Williams", "Technology strategist David Williams"),
])
def test_an_occupation_before_a_name_stays_in_the_mention_only(nlp, text, phrase, name, mention):
    c = claim_with(read(nlp, text), phrase)
    assert [(s.name, s.mention) for s in c.attribution.chain] == [(name, mention)]


@pytest.mark.parametrize("text, name, description", [
    # FNC-1 bodies 322, 1735, 830, 1380; Wikinews 2019 no. 162 (labelled ORG before)
    ("Rapper Kanye West reprised his most infamous stunt at Sunday night\u2019s Grammy awards, taking the "
     "stage as Beck was accepting the award.", "Kanye West", "Rapper"),
    ("Comedian Sara Benincasa helped to popularize the theory on her Twitter feed, and Wonkette then ran a "
     "story positively identifying Rudd as the man in the video.", "Sara Benincasa", "Comedian"),
    ("The remains were then dumped in the middle of the road.\n\nLocal Aamir Dhawan, 30, said: \"No one went "
     "to help the man.\"", "Aamir Dhawan", "Local"),
    ("Corporal Nathan Cirillo, 24, was shot in the chest by a masked gunman, who then rode off in a car",
     "Nathan Cirillo", "Corporal"),
    ("Voter Kitty Mak told The Atlantic, \"Today we are trying to do the best we can for Hong Kong right now.\"",
     "Kitty Mak", "Voter"),
])
def test_the_name_entity_leaves_the_description_out(nlp, text, name, description):
    doc = nlp(text)
    people = [e.text for e in doc.ents if e.label_ == "PERSON"]
    assert name in people
    assert not any(description in e.text for e in doc.ents)


@pytest.mark.parametrize("text, name", [
    # FNC-1 body 247: "taylor" is a noun of WordNet's index, but the tagger keeps it a name in lower case
    ("Taylor Lianne Chandler was born David Roy Fitch circa 1973.", "Taylor Lianne Chandler"),
    # FNC-1 body 1654: "gurmeet" tagged a verb in lower case, and no English word
    ("Gurmeet Ram Rahim Singh, 47, said the castrations would bring the men closer to God.",
     "Gurmeet Ram Rahim Singh"),
    # VOA 6183227: "Sayed" tagged a verb as written
    ("Sayed Abdul Wajeed Sadat, the Ghazni provincial head for the Red Cross and Red Crescent Society told VOA "
     "five people had likely been killed in the crash.", "Sayed Abdul Wajeed Sadat"),
])
def test_a_name_that_opens_a_sentence_stays_whole(nlp, text, name):
    assert name in [e.text for e in nlp(text).ents if e.label_ == "PERSON"]
