"""Bugs a new user found in real articles (session 34, trial 19, second round), each on the
article's sentence.

The sentences are copied from the trial's articles: VOA 8011004 ("Author says ban on her book
reflects Taliban's repression of women") and Wikinews 2020 row 76 ("Seoul city Mayor Park
Won-soon found dead, South Korean police confirm"). Expected values follow
``shared/CONVENTIONS.md`` and PARC/PolNeAR as read by hand, never the code's output: the hearer
of a report ("told VOA", "reported to the police") is no part of what is reported, so the
reported clause is a claim of its own and its content starts after the hearer.
"""
from __future__ import annotations

from attribution_helpers import Texts
from conftest import assert_offsets, claim_with, names, read

from newstrace.scoring.adapter import attributions_from_reading

T = Texts()


def content_of(reading, text: str, cue: str) -> str:
    """The PolNeAR-style content of the attribution whose cue is ``cue``."""
    found = [a for a in attributions_from_reading(reading) if " ".join(text[s:e] for s, e in a.cue) == cue]
    assert found, f"no attribution with cue {cue!r}"
    return " ".join(text[s:e] for s, e in found[0].content)


SAHAAR = T("Afghan writer Nazeer Ahmad Sahaar told VOA the Taliban jettison anything they see as "
           "contrary to their ideology.")


def test_the_hearer_before_a_bare_clause_is_no_content(nlp):
    r = read(nlp, SAHAAR)
    assert_offsets(r, SAHAAR)
    c = claim_with(r, "jettison")
    assert c.text == "the Taliban jettison anything they see as contrary to their ideology"
    assert names(c) == ["nazeer ahmad sahaar"]
    assert c.attribution.chain[0].cue.text == "told"
    assert content_of(r, SAHAAR, "told").startswith("the Taliban jettison")


DAUGHTER = T("According to local reports, the 64-year-old mayor left his home a quarter before 11 a.m. on "
             "Thursday with a backpack.  At about 5:17 p.m. his daughter reported to the police he \"left "
             "home four–five hours ago after leaving words like a will, with his phone currently off.\"")


def test_the_hearer_after_to_before_a_bare_clause_is_no_content(nlp):
    r = read(nlp, DAUGHTER)
    assert_offsets(r, DAUGHTER)
    c = claim_with(r, "four–five hours ago")
    assert c.text.startswith("he \"left home")
    assert "police" not in c.text
    assert names(c) == ["his daughter"]
    assert content_of(r, DAUGHTER, "reported").startswith("he \"left home")
