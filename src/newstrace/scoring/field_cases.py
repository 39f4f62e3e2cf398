"""The field-case checks: a newstrace reading against ``shared/cases/field.jsonl``.

Inputs: a newstrace :class:`~newstrace.records.Reading` and a field case (or its expected
claims). Outputs: failure messages (:func:`check_case`) or an ``AssertionError``
(:func:`check_claims`). The helpers (:func:`words`, :func:`same_source`, :func:`covers`,
:func:`check_claims`, :func:`check_case`) read ``shared/cases/field.jsonl`` the way
``shared/cases/README.md`` says; :func:`iter_cases` reads the JSONL file.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Iterator, Optional, Sequence

_ARTICLES = ("the", "a", "an")


def words(s: str) -> list[str]:
    """Lower-cased words (letters, digits, apostrophes, hyphens) of ``s``."""
    return re.findall(r"[\w’'-]+", s.lower())


def same_source(ours: str, expected: str) -> bool:
    """Source names equal, ignoring case, punctuation and the articles the/a/an."""
    strip = lambda s: [w for w in words(s) if w not in _ARTICLES]  # noqa: E731
    return strip(ours) == strip(expected)


def covers(claim_text: str, content: str) -> bool:
    """The cases' rule: a claim covering at least half of the expected content's words, or
    half of which the expected content covers, matches."""
    a, b = set(words(claim_text)), set(words(content))
    inter = len(a & b)
    return inter >= 0.5 * len(b) or inter >= 0.5 * len(a)


def plain_cue(cue: Optional[str]) -> bool:
    """True for a cue that is a plain word or phrase ("said", "according to", "figures also
    show"); false for None, a dash, a colon lead-in or an elided pattern ("And from …:")."""
    return bool(cue) and re.fullmatch(r"[A-Za-z]+(?:[ '’-][A-Za-z]+)*", cue) is not None


def same_cue(ours: Optional[str], expected: str) -> bool:
    """Cue texts agree: the words of one are a contiguous run in the other's, ignoring case
    ("show" for "figures also show", "has said" for "said")."""
    if not ours:
        return False
    a, b = words(ours), words(expected)
    if not a or not b:
        return False
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return any(long_[i:i + len(short)] == short for i in range(len(long_) - len(short) + 1))


def _source_link(claim, source: Optional[str], via: Optional[str] = None):
    """The chain element of ``claim`` that is the expected ``source`` (True for a null source
    and an empty chain; None when absent). newstrace keeps a nested report as ONE claim whose
    chain runs [immediate source, …, origin], so an expected claim of any element of the chain
    is that claim; with ``via`` the element before it must be ``via`` (the cases' README)."""
    chain = claim.attribution.chain
    if source is None:
        return True if not chain else None
    for i, link in enumerate(chain):
        if same_source(link.name, source) and (via is None or (i > 0 and same_source(chain[i - 1].name, via))):
            return link
    return None

def check_claims(reading, expected: Sequence[dict]) -> None:
    """Assert that every expected claim has a system claim covering its content whose chain
    origin (``chain[-1]``) is the expected source.

    Raises:
        AssertionError: naming the first expected claim that has none.
    """
    for exp in expected:
        match = [c for c in reading.claims if covers(c.text, exp["content"])
                 and c.attribution.chain and same_source(c.attribution.chain[-1].name, exp["source"])]
        if not match:
            raise AssertionError(f"no claim from {exp['source']!r} covering {exp['content']!r}")


def claim_summary(claim) -> str:
    """``"<text…>" <- origin (cue)`` for failure messages."""
    chain = claim.attribution.chain
    who = f"{chain[-1].name} ({chain[-1].cue.text if chain[-1].cue else 'no cue'})" if chain else "author"
    return f"{claim.text[:60]!r} <- {who}"


def check_case(reading, case: dict) -> list[str]:
    """Check a newstrace Reading against a field case's ``expected`` (attribution kinds).

    Checks, in order, for each ``expected["claims"]`` item: a claim covering its ``content``
    (:func:`covers`) whose chain holds its ``source`` (after its ``via`` where given;
    :func:`_source_link`; a null source wants an empty chain); where ``cue`` is a plain word or
    phrase (:func:`plain_cue`), one such claim whose link for that source has that cue
    (:func:`same_cue`). Then ``claim_count``: the number of
    statements attributed to a source — claims with a non-empty chain, grouped by their
    outermost link (mention span + cue span), because newstrace splits one quoted statement into
    one claim per predication, which the cases allow (README: "claims may be split finer than
    the expected content"); and ``not_claims``: no claim's words equal one of them. Times,
    places and factuality are not checked here.

    Returns:
        the failed expectations as messages, in order (empty when the case passes).
    """
    exp = case.get("expected", {})
    fails: list[str] = []
    for e in exp.get("claims", []):
        cands = [c for c in reading.claims if covers(c.text, e["content"])]
        match = [c for c in cands if _source_link(c, e.get("source"), e.get("via"))]
        if not match:
            got = "; ".join(claim_summary(c) for c in cands[:3]) or "no claim covers it"
            fails.append(f"claim {e['content'][:50]!r}: no claim from {e.get('source')!r} (got: {got})")
            continue
        cue = e.get("cue")
        if plain_cue(cue):
            links = [_source_link(c, e.get("source"), e.get("via")) for c in match]
            cues = [lk.cue.text if lk is not True and lk.cue else None for lk in links]
            if not any(same_cue(x, cue) for x in cues):
                fails.append(f"claim {e['content'][:50]!r}: cue {cue!r} expected, got {cues}")
    if "claim_count" in exp:
        groups: dict[tuple, list] = {}
        for c in reading.claims:
            if c.attribution.chain:
                head = c.attribution.chain[0]
                cue = (head.cue.start_char, head.cue.end_char) if head.cue else None
                groups.setdefault((head.start_char, head.end_char, cue), []).append(c)
        if len(groups) != exp["claim_count"]:
            fails.append(f"claim_count: {exp['claim_count']} attributed statements expected, got "
                         f"{len(groups)}: " + "; ".join(claim_summary(g[0]) for g in groups.values()))
    for bad in exp.get("not_claims", []):
        hits = [c for c in reading.claims if words(c.text) == words(bad)]
        if hits:
            fails.append(f"not_claims: {bad!r} was output as a claim")
    return fails


def iter_cases(path: Path, ids: Optional[Sequence[str]] = None) -> Iterator[dict]:
    """The field cases of a JSONL file (all, or those of ``ids`` in file order)."""
    import json

    with Path(path).open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                case = json.loads(line)
                if ids is None or case["id"] in ids:
                    yield case
