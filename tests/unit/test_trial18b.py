"""Bugs a new user found in real articles (session 33, trial 18), each on the article's sentence.

The sentences are copied from the trial's articles: FNC-1 body 372 (Ebola among ISIS militants
in Mosul), Wikinews 2019 no. 11 (the stabbing of Gdańsk's mayor) and VOA 6203896 (the trial of
the 2004 bombing of the French base in Bouaké). Expected values follow ``shared/CONVENTIONS.md``
as read by hand, never the code's output: a chain runs from the author's immediate source to the
origin and goes only as far as the text says; an empty chain means the author states the claim
(``asserted``, CT+); what a source relays is ``reported`` (Uu) for the author; a news network is
a ``media outlet``.
"""
from __future__ import annotations

from conftest import assert_offsets, claim_with, names, read


def author(claim) -> tuple[str, str]:
    return claim.factuality.label, claim.factuality.value


# ---------------------------------------------------------------------------------------------
# 1. "shown by" someone displays a symptom; it reports nothing. A news network is a media outlet.

XENDAN = ("Kurdish media network Xendan reported that ISIS jihadists’ symptoms were similar to those "
          "shown by someone who has contracted Ebola.")


def test_shown_by_is_no_report_and_the_network_is_the_one_source(nlp):
    r = read(nlp, XENDAN)
    assert_offsets(r, XENDAN)
    c = claim_with(r, "ISIS jihadists’ symptoms were similar to those")
    assert c.text == "ISIS jihadists’ symptoms were similar to those shown by someone who has contracted Ebola"
    assert names(c) == ["kurdish media network xendan"]
    link = c.attribution.chain[0]
    assert r.article.text[link.cue.start_char:link.cue.end_char] == "reported"
    assert link.type == "media outlet"
    assert author(c) == ("reported", "Uu")


def test_a_news_network_named_with_a_place_label_is_a_media_outlet(nlp):
    text = "Kurdish media network Xendan reported that the hospital was closed."
    c = claim_with(read(nlp, text), "the hospital was closed")
    assert names(c) == ["kurdish media network xendan"]
    assert c.attribution.chain[0].type == "media outlet"


# ---------------------------------------------------------------------------------------------
# 2. The author's own facts: an agent noun describes its holder; a deed done in answer to an
#    event is no report. An empty chain, asserted (CT+).

ADAMOWICZ = "Adamowicz was an early supporter of democracy, and has been mayor since 1998."
FRANCE = "France responded to the Bouake attack by destroying Ivory Coast’s tiny air force."


def test_an_early_supporter_is_the_authors_fact_with_the_stance_beside_it(nlp):
    r = read(nlp, ADAMOWICZ)
    assert_offsets(r, ADAMOWICZ)
    c = claim_with(r, "Adamowicz was an early supporter of democracy")
    assert c.attribution.chain == []
    assert author(c) == ("asserted", "CT+")
    # PolNeAR's reading of "X is a supporter of Y" kept as a stance: holder, cue, content
    assert [(s.holder.text, s.cue.text, s.text) for s in c.stances] == [
        ("Adamowicz", "was an early supporter of", "democracy")]


def test_responding_to_an_attack_by_destroying_is_a_deed_the_author_states(nlp):
    r = read(nlp, FRANCE)
    assert_offsets(r, FRANCE)
    c = claim_with(r, "by destroying Ivory Coast’s tiny air force")
    assert c.text == FRANCE[:-1]
    assert c.attribution.chain == []
    assert author(c) == ("asserted", "CT+")
    assert c.stances == []


def test_responding_to_words_by_a_deed_stays_a_report(nlp):
    # PolNeAR train (west-journal 2016-07-27): gold source Clinton, cue "has responded to
    # inquiries into her lack of press conferences by"; the inquiries are words, not an event
    text = ("Clinton has responded to inquiries into her lack of press conferences by drawing attention "
            "to the one-on-one interviews she has granted.")
    c = claim_with(read(nlp, text), "the one-on-one interviews")
    assert names(c) == ["clinton"]


# ---------------------------------------------------------------------------------------------
# 3. "He" after a speaker the parser hung on a fronted place is that speaker, not a person named
#    two sentences before (the subject of the sentence before and of the next one, "Neth says").

NETH = ("Paris was accused of aiding rebels fighting then-president, Laurent Gbagbo. "
        "It comes as the International Criminal Court in The Hague rules Wednesday on whether to uphold its "
        "earlier acquittal of Gbagbo on charges related to post-electoral violence in Ivory Coast, in 2010. "
        "If that happens, reports say, the former president plans to go home. In Abidjan, Willy Neth, "
        "coordinator for the International Federation for Human Rights in Ivory Coast, says many Ivorians have "
        "turned the page on the traumatic events of 2004. He expects few will closely follow this Paris trial. "
        "Still, Neth says, political opinions remain sharply divided on France.")


def test_he_after_a_speaker_hung_on_a_fronted_place_is_that_speaker(nlp):
    r = read(nlp, NETH)
    assert_offsets(r, NETH)
    c = claim_with(r, "few will closely follow this Paris trial")
    assert names(c) == ["willy neth"]
    assert c.attribution.chain[0].mention == "He"
