"""Bugs a new user found in real articles (session 32, trial 17), each on the article's sentence.

The sentences are copied from the trial's articles: FNC-1 bodies 276 (International Business
Times) and 346 (Reuters) on Gill Rosenberg, and Wikinews 2020 no. 69 (the Reading stabbing).
Expected values follow ``shared/CONVENTIONS.md`` as read by hand, never the code's output:
"unknown" (Uu) is "explicitly not confirmed either way ("did not confirm", "could not be
verified")"; a chain runs from the author's immediate source to the origin and goes only as far
as the text says; ``claim.factuality`` is the author's commitment, each link's its own.
"""
from __future__ import annotations

import pytest

from conftest import assert_offsets, claim_with, names, read


def own(source) -> tuple[str, str]:
    return source.factuality.label, source.factuality.value


def author(claim) -> tuple[str, str]:
    return claim.factuality.label, claim.factuality.value


# ---------------------------------------------------------------------------------------------
# 1. A negated verb of confirming leaves its content open: unknown (Uu), not asserted.

IBT = "International Business Times was unable to verify that Rosenberg herself was responsible for the post."
YAALON_276 = ("“I cannot confirm that [report of Rosenberg’s capture] and I hope that it isn’t true,” "
              "Israel’s Defense Minister Moshe Ya'alon had reportedly said.")
YAALON_346 = ("\"I cannot confirm that and I hope that it isn't true,\" Israeli Defense Minister Moshe "
              "Ya'alon told an Israeli television channel when asked about the reports.")


def test_unable_to_verify_is_unknown_for_the_outlet_and_the_author(nlp):
    r = read(nlp, IBT)
    assert_offsets(r, IBT)
    c = claim_with(r, "Rosenberg herself was responsible for the post")
    assert names(c) == ["international business times"]
    assert own(c.attribution.chain[0]) == ("unknown", "Uu")
    assert author(c) == ("unknown", "Uu")
    assert "unable" in [q.text for q in c.attribution.chain[0].factuality.cues]


@pytest.mark.parametrize("text", [YAALON_276, YAALON_346])
def test_quoted_i_cannot_confirm_is_unknown_for_the_speaker(nlp, text):
    r = read(nlp, text)
    assert_offsets(r, text)
    c = claim_with(r, "I cannot confirm that")
    assert names(c) == ["moshe ya'alon"]
    assert own(c.attribution.chain[0]) == ("unknown", "Uu")


@pytest.mark.parametrize("text, content, source", [
    ("Police could not confirm that the man had been arrested.", "the man had been arrested", "police"),
    ("Police were unable to verify that the man had been arrested.", "the man had been arrested", "police"),
    ("Police have not verified that the man had been arrested.", "the man had been arrested", "police"),
    ("Police did not confirm that the man had been arrested.", "the man had been arrested", "police"),
    ("Police failed to confirm that the man had been arrested.", "the man had been arrested", "police"),
    ("Police declined to confirm that the man had been arrested.", "the man had been arrested", "police"),
    ("“We cannot confirm the arrest,” a police spokesman said.", "We cannot confirm the arrest", "a police spokesman"),
])
def test_not_confirmed_variants_are_unknown(nlp, text, content, source):
    c = claim_with(read(nlp, text), content)
    assert [n.casefold() for n in names(c)] == [source.casefold()]
    assert own(c.attribution.chain[-1]) == ("unknown", "Uu")


# ---------------------------------------------------------------------------------------------
# 2. A social-media post is a report ("posting on X", issue 3), also when the parse hung the
#    verb on the subject's appositive: the claim is what was posted, its source the poster.

ROSENBERG = ("Gill Rosenberg, a Canadian-Israeli woman, who ISIS had claimed to have abducted, posted on "
             "Facebook Monday afternoon that she was “safe and secure.”")


def test_posted_on_facebook_that_x_is_attributed_to_the_poster(nlp):
    r = read(nlp, ROSENBERG)
    assert_offsets(r, ROSENBERG)
    c = claim_with(r, "she was “safe and secure")
    assert not c.text.startswith("posted")
    assert names(c) == ["gill rosenberg"]
    link = c.attribution.chain[0]
    assert link.cue.text == "posted"
    assert link.type in ("person", "social media post")
    assert author(c) == ("reported", "Uu")


# ---------------------------------------------------------------------------------------------
# 3. "X cited Y that Z" says what Y said, as "cited Y as saying Z" does: chain [X, Y], and Y's
#    own commitment is its "may" (speculated, PS+); the author relays it (reported).

TELEGRAPH = "The Daily Telegraph cited a security source that mental health may be a factor in the attack."


def test_cited_a_source_that_x_nests_the_source(nlp):
    r = read(nlp, TELEGRAPH)
    assert_offsets(r, TELEGRAPH)
    c = claim_with(r, "mental health may be a factor")
    assert c.text == "mental health may be a factor in the attack"
    assert names(c) == ["daily telegraph", "a security source"]
    outlet, source = c.attribution.chain
    assert outlet.type == "media outlet"
    assert own(source) == ("speculated", "PS+")
    assert author(c) == ("reported", "Uu")


def test_cited_concerns_that_x_is_no_source(nlp):
    c = claim_with(read(nlp, "The company cited concerns that the market would fall."), "the market would fall")
    assert names(c) == ["company"]


# ---------------------------------------------------------------------------------------------
# 4. A passive conjunct with its own auxiliary is a predicate of the shared subject: the
#    officials who have not confirmed the reports are no source of what the reports cited, and
#    their own value toward the reports is unknown ("has not been confirmed", CONVENTIONS.md).

REPORTS = "The reports cited jihadist websites and have not been confirmed by Israeli officials."


def test_officials_who_did_not_confirm_are_not_nested_over_the_reports(nlp):
    r = read(nlp, REPORTS)
    assert_offsets(r, REPORTS)
    cited = claim_with(r, "cited jihadist websites")
    assert "israeli officials" not in names(cited)
    unconfirmed = claim_with(r, "have not been confirmed")
    assert names(unconfirmed) == ["israeli officials"]
    assert own(unconfirmed.attribution.chain[0]) == ("unknown", "Uu")
    assert author(unconfirmed) == ("unknown", "Uu")


# ---------------------------------------------------------------------------------------------
# 5. Israeli newspapers are media outlets (CONVENTIONS.md source types; outlets.csv), and
#    "Jerusalem" in a Reuters credit line is the city, with coordinates (CONVENTIONS.md Places).

HAARETZ = ("Rosenberg, 31, who migrated to Israel from Canada in 2006, is believed to have served for two "
           "years in the Israeli military, according to a report by Haaretz.")
TOI = ("The Israeli government, which on Sunday said it was investigating reports of her capture, had also "
       "stressed that the information was of “dubious credibility,” according to a report by The Times of Israel.")
CREDITS = ("(Reporting by Randall Palmer; Additional reporting by Allyn Fisher-Ilan in Jerusalem; Writing by "
           "Amran Abocar; Editing by Kevin Liffey and Eric Walsh)")


@pytest.mark.parametrize("text, phrase, outlet", [
    (HAARETZ, "is believed to have served", "haaretz"),
    (TOI, "dubious credibility", "times of israel"),
])
def test_israeli_newspapers_are_media_outlets(nlp, text, phrase, outlet):
    c = claim_with(read(nlp, text), phrase)
    assert names(c)[0] == outlet
    assert c.attribution.chain[0].type == "media outlet"


def test_jerusalem_is_the_city_with_coordinates(nlp):
    r = read(nlp, CREDITS)
    [place] = [p for p in r.places if p.text == "Jerusalem"]
    assert (place.country, place.kind) == ("ISR", "city")
    assert place.lat == pytest.approx(31.77, abs=0.05) and place.lon == pytest.approx(35.22, abs=0.05)


# ---------------------------------------------------------------------------------------------
# 7. "Jihadists believed to be loyal to ISIS": a passive participle; the jihadists are what the
#    belief is about, no believer is named. The belief is relayed (reported) with an empty
#    chain, and the jihadists are no source of it ("a chain goes only as far as the text says").

JIHADISTS = ("Jihadists believed to be loyal to ISIS had claimed on Sunday that Rosenberg, along with a number "
             "of female fighters, had been abducted near Kobani and that the Israeli military was deliberately "
             "trying to curb the news of her capture.")


def test_reduced_passive_believed_names_no_believer(nlp):
    r = read(nlp, JIHADISTS)
    assert_offsets(r, JIHADISTS)
    belief = claim_with(r, "believed to be loyal to ISIS")
    assert belief.attribution.chain == []
    assert author(belief) == ("reported", "Uu")
    for c in r.claims:
        assert all(s.cue is None or s.cue.text != "believed" for s in c.attribution.chain), c.text
    abducted = claim_with(r, "had been abducted near Kobani")
    assert [s.cue.text for s in abducted.attribution.chain] == ["claimed"]


# ---------------------------------------------------------------------------------------------
# 15 (part). "Trying to confirm" X is not having confirmed it: Canada's value toward the reports
# is unknown (Uu), as "did not confirm" is. (The trial's sentence adds ", a foreign ministry
# spokesman said on Sunday"; the claim nested in "reports that X" is not split off yet.)

CANADA = "Canada is trying to confirm reports that a Canadian citizen has been captured in Syria."


def test_trying_to_confirm_is_unknown(nlp):
    r = read(nlp, CANADA)
    assert_offsets(r, CANADA)
    c = claim_with(r, "a Canadian citizen has been captured")
    assert names(c) == ["canada"]
    assert own(c.attribution.chain[0]) == ("unknown", "Uu")


def test_trying_to_say_still_says(nlp):
    c = claim_with(read(nlp, "Officials tried to say that the plant was safe."), "the plant was safe")
    assert names(c) == ["officials"]
    assert own(c.attribution.chain[0]) == ("asserted", "CT+")
