"""Shared helpers of the components (newstrace.units): the per-Doc caches that keep the time
linear in the text's length, and the edges of claim spans."""
from __future__ import annotations

from newstrace.units import entity_at, ents_of, ents_within, first_token_from


def test_entity_at_and_first_token_from(base_nlp):
    doc = base_nlp("Barack Obama met Angela Merkel in Berlin.")
    assert [e.text for e in ents_of(doc)] == [e.text for e in doc.ents]
    assert entity_at(doc[1]).text == "Barack Obama"
    assert entity_at(doc[2]) is None  # "met"
    assert entity_at(doc[6]).text == "Berlin"
    assert first_token_from(doc, doc.text.index("met")) == 2
    assert first_token_from(doc, doc.text.index("met") + 1) == 3  # "Angela"
    assert first_token_from(doc, len(doc.text)) == len(doc)
    assert [e.text for e in ents_within(doc, 2, 7)] == ["Angela Merkel", "Berlin"]
    assert [e.text for e in ents_within(doc, 1, 5)] == ["Angela Merkel"]  # not "Barack Obama": it starts before


def test_claim_spans_keep_closing_marks_and_percent(nlp):
    from conftest import read

    text = ("Iran admits downing Ukrainian jet, cites 'human error'\n\n"
            "Iran has produced uranium enriched to 60%, the agency said. Prices rose 5%, he said. "
            "The group (known as the Quad) met on Friday.")
    texts = [c.text for c in read(nlp, text).claims]
    assert "cites 'human error'" in texts
    assert any(t.endswith("enriched to 60%") for t in texts)
    assert "Prices rose 5%" in texts
    assert "The group (known as the Quad) met on Friday" in texts


def test_claim_span_takes_the_stop_and_the_closing_mark_after_it(nlp):
    # Wikinews 2019-09-15 (Abqaiq drone attacks), new-user trial nine: the quotation closes after
    # the sentence's stop; the claim had kept only its opening mark
    from conftest import read

    text = ('US Secretary of State Mike Pompeo posted a message on Twitter blaming Iran for the attacks, saying '
            'there was "no evidence the attacks came from Yemen." BBC\'s Jonathan Marcus said questions remain '
            'how much direct Iranian assistance is received by the Houthis who are ideologically aligned with Iran.')
    texts = [c.text for c in read(nlp, text).claims]
    assert 'there was "no evidence the attacks came from Yemen."' in texts
