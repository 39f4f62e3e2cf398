"""Tokenizer: a quotation mark glued to the next word is a token of its own
(:data:`newstrace.pipeline.QUOTE_INFIXES`); a contraction with a typographic apostrophe reads as
the one with a straight apostrophe (:func:`newstrace.pipeline.curly_contractions`). Hand-made
sentences; the right split or lemma is obvious."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import read

WORDS = ["Clinton", "said", "Look", "the", "story", "voters", "U.S.", "it", "Trump"]
PUNCT = [",", ".", "?", "!", ":"]
MARKS = ["\u201c", "\u201d", '"']


def test_a_closing_mark_glued_to_the_speaker_splits_off(nlp):
    doc = nlp.make_doc("“It is paranoia,”Clinton said.")
    assert [t.text for t in doc] == ["“", "It", "is", "paranoia", ",", "”", "Clinton", "said", "."]


def test_an_opening_mark_glued_after_the_tag_splits_off(nlp):
    doc = nlp.make_doc("Ryan said,“Look, it has no place.”")
    assert [t.text for t in doc][:5] == ["Ryan", "said", ",", "“", "Look"]


def test_an_abbreviation_keeps_its_period(nlp):
    assert [t.text for t in nlp.make_doc('in the U.S."Trump')] == ["in", "the", "U.S.", '"', "Trump"]


def test_the_speaker_of_a_glued_tag_is_found(nlp):
    claims = read(nlp, "“It is the prejudice and paranoia that surprised me,”Clinton said.").claims
    chains = [[(lk.name, lk.cue.text) for lk in c.attribution.chain] for c in claims if "paranoia" in c.text]
    assert chains == [[("Clinton", "said")]]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(PUNCT), st.sampled_from(MARKS)),
                min_size=1, max_size=5))
def test_tokens_cover_the_text_and_a_glued_mark_is_its_own_token(parts):
    from newstrace.pipeline import build_pipeline

    text = "".join(w + p + m for w, p, m in parts) + "end"
    doc = build_pipeline().make_doc(text)
    assert "".join(t.text_with_ws for t in doc) == text
    assert all(text[t.idx:t.idx + len(t)] == t.text for t in doc)
    marks = {t.idx for t in doc if t.text in MARKS}
    assert marks == {i for i, ch in enumerate(text) if ch in MARKS}


@pytest.mark.parametrize("text, form, lemma", [
    ("They’re supportive of the plan.", "’re", "be"),
    ("I’m sure of it.", "’m", "be"),
    ("She’s against the deal.", "’s", "be"),
    ("We’ve said so.", "’ve", "have"),
])
def test_a_contraction_with_a_typographic_apostrophe_has_the_lemma_of_the_straight_one(nlp, text, form, lemma):
    tok = next(t for t in nlp(text) if t.text == form)
    straight = next(t for t in nlp(text.replace("’", "'")) if t.text == form.replace("’", "'"))
    assert (tok.lemma_, tok.pos_) == (lemma, "AUX") == (straight.lemma_, straight.pos_)
