"""Property: every span newstrace emits indexes ``article.text`` exactly."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newstrace.ingest import article_from_text
from newstrace.pipeline import read_articles

SENTENCES = [
    "“We will not back down,” the minister said on Monday.",
    "According to the Daily Courier, two officials were dismissed in March.",
    "Per the Times:",
    "The army reportedly withdrew from Hanoi, blaming the weather.",
    "Analysts wondered whether the deal could survive.",
    "This does not seem good.",
    "Mr. Okafor denied that he had met the envoy in Singapore in 2018.",
    "Police did not confirm whether an inquiry had been opened.",
    "The company’s founder, Ana Ruiz, said the plant “would reopen” next week; workers were sceptical.",
    "Kim Jong Un allegedly executed his negotiators, according to South Korean officials.",
    "Bloomberg notes that \"previous reports have proven false,\" which is worth keeping in mind.",
    "SEOUL, South Korea (AP) — North Korea said it would not resume talks.",
]
SEPARATORS = [" ", "\n", "\n\n", "  "]


def spans_of(reading):
    for c in reading.claims:
        yield c
        for s in c.attribution.chain:
            yield s.mention, s.start_char, s.end_char
            if s.cue:
                yield s.cue
            yield from s.factuality.cues
            yield from s.times
        yield from c.factuality.cues
        yield from c.times
        yield from c.places
    yield from reading.times
    yield from reading.places


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.sampled_from(SENTENCES), st.sampled_from(SEPARATORS)), min_size=1, max_size=6),
       st.dates())
def test_every_span_indexes_the_text(nlp, parts, published):
    text = "".join(s + sep for s, sep in parts)
    reading = next(read_articles(nlp, [article_from_text(text, published=published)]))
    assert reading.article.text == text
    for item in spans_of(reading):
        if isinstance(item, tuple):
            value, start, end = item
        else:
            value, start, end = item.text, item.start_char, item.end_char
        assert 0 <= start <= end <= len(text)
        assert text[start:end] == value
