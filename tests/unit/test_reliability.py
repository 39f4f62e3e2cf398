"""Reliability statements (the factuality issue, item 2): claims about sources stay claims and
are also recorded as statements about the source, with a direction. Expected values are read
off the sentences by hand."""
from __future__ import annotations

import pytest

from conftest import DATA, read


def statements(nlp, text):
    return read(nlp, text).reliability


def test_seed_statement_about_south_korean_media(nlp):
    reading = read(nlp, (DATA / "seed_article.txt").read_text(encoding="utf-8"), published="2019-05-31")
    (st,) = reading.reliability
    assert st.direction == "unreliable" and st.cue.text == "false"
    assert st.source_name == "South Korea media" and st.source_type == "media outlet" and st.country == "KOR"
    assert st.stated_by == ["Bloomberg"]
    claim = next(c for c in reading.claims if c.id == st.claim_id)
    assert "have proven false" in claim.text and claim.kind == "claim"


@pytest.mark.parametrize("text, direction, cue", [
    ("The report could not be independently verified.", "unverified", "verified"),
    ("Earlier claims by state media were debunked by investigators.", "unreliable", "debunked"),
    ("Reports in the Daily Courier have proven accurate.", "reliable", "accurate"),
    ("Those allegations were not true, the ministry said.", "unreliable", "true"),
])
def test_direction(nlp, text, direction, cue):
    (st,) = statements(nlp, text)
    assert (st.direction, st.cue.text) == (direction, cue)


def test_judged_source_named_in_the_subject(nlp):
    (st,) = statements(nlp, "Earlier claims by state media were debunked by investigators.")
    assert (st.source_name, st.source_type) == ("state media", "state media")
    (st,) = statements(nlp, "Reports in the Daily Courier have proven accurate.")
    assert st.source_name == "Daily Courier" and st.source_type == "media outlet"


def test_no_statement_without_a_report_subject(nlp):
    assert statements(nlp, "The bridge was not confirmed as the site of the attack.") == []
    assert statements(nlp, "The talks proved difficult.") == []
