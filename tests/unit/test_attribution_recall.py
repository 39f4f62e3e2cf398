"""Attribution: constructions added to raise recall on PolNeAR (issue 3).

Every sentence here is hand-made wire copy with invented names; the expected values were decided
from ``shared/CONVENTIONS.md`` ("Attribution chain") and PARC 3.0's annotation of contents
(Pareti 2016: the content is the whole complement of the cue), never copied from the output.
"""
from __future__ import annotations

import pytest

from conftest import assert_offsets, claim_with, norm, read  # noqa: F401

ALL_TEXTS: list[str] = []


def T(text: str) -> str:
    ALL_TEXTS.append(text)
    return text


def names(claim) -> list[str]:
    return [norm(s.name) for s in claim.attribution.chain]


# ---------------------------------------------------------------------------------------------
# 1. A clause nested in a reported content is part of the report.

NESTED_RELATIVE = T("Mayor Ilse Brandt said the budget helped the city's schools, which had lost "
                    "teachers for years.")
NESTED_WHEN = T("The ministry said the talks collapsed on Friday, when the delegations left Geneva.")
RELATIVE_ON_SOURCE = T("Mayor Ilse Brandt, who took office in May, said the budget was balanced.")


def test_relative_clause_in_reported_content_has_the_reporter(nlp):
    c = claim_with(read(nlp, NESTED_RELATIVE), "which had lost teachers")
    assert names(c) == ["ilse brandt"]
    assert c.attribution.chain[0].cue.text == "said"


def test_adverbial_relative_in_reported_content_has_the_reporter(nlp):
    c = claim_with(read(nlp, NESTED_WHEN), "the delegations left Geneva")
    assert names(c) == ["ministry"]


def test_relative_clause_on_the_source_is_the_authors(nlp):
    reading = read(nlp, RELATIVE_ON_SOURCE)
    assert claim_with(reading, "took office in May").attribution.chain == []
    assert names(claim_with(reading, "budget was balanced")) == ["ilse brandt"]


@pytest.mark.parametrize("text", ALL_TEXTS)
def test_offsets(nlp, text):
    assert_offsets(read(nlp, text), text)
