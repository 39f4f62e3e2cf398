"""What the attribution test modules (``test_attribution_*.py``, ``test_recall_*.py``) share: the
register of their texts, the checks of a chain, and the attributions as the PolNeAR benchmark
scores them.

Expected values in those modules are what a careful annotator following
``shared/CONVENTIONS.md`` ("Attribution chain", "Factuality") would give for the text: a
hand-made sentence of wire copy with invented names, or the sentence of the article or PolNeAR
document that the comment above the test names. They were decided from the conventions (or taken
from PolNeAR's gold annotation where the comment says so), never copied from the code's output. A
case the code gets wrong is marked ``xfail(strict=True)`` with what the code does instead.

Labels asserted follow the conventions' table: the innermost source of a plain reporting verb is
``asserted`` (CT+), an outer source that relays the next one is ``reported`` (Uu), and the author
of any sourced claim is ``reported`` (Uu) unless the cue is factive ("confirmed").

The ``test_recall_*.py`` modules hold the constructions added to raise recall on PolNeAR (issue
3); a content there is the whole complement of its cue, as PARC 3.0 annotates it (Pareti 2016).

The spaCy pipeline is the session-scoped ``nlp`` fixture of ``tests/conftest.py`` (loaded once
for the whole run), and ``conftest.read`` caches each text's Reading, so a text read by several
tests or modules goes through the pipeline once.
"""
from __future__ import annotations

from conftest import names, norm, read
from newstrace.scoring import attributions_from_reading, span_text


class Texts(list):
    """The texts a test module registers for the offsets property test
    (``test_attribution_offsets.py``): ``T = Texts()`` at the top of the module, then
    ``X = T("…")`` appends the text (a ``str``) and returns it unchanged."""

    def __call__(self, text: str) -> str:
        self.append(text)
        return text


def types(claim) -> list[str]:
    return [s.type for s in claim.attribution.chain]


def cue(source) -> str:
    assert source.cue is not None, f"source {source.name!r} has no cue"
    return source.cue.text.casefold()


def assert_single_source(claim, name, *, cue_text=None, quote=None, type_=None,
                         source_label="asserted", source_value="CT+",
                         author_label="reported", author_value="Uu"):
    """The common shape: one source, its cue, the quote kind, the source's and author's labels."""
    assert names(claim) == [norm(name)], (claim.text, names(claim))
    (src,) = claim.attribution.chain
    assert claim.attribution.origin is not None and norm(claim.attribution.origin.name) == norm(name)
    if type_ is not None:
        assert src.type == type_
    if cue_text is not None:
        assert cue(src) == cue_text.casefold()
    if quote is not None:
        assert claim.attribution.quote == quote
    if source_label is not None:
        assert (src.factuality.label, src.factuality.value) == (source_label, source_value)
    if author_label is not None:
        assert (claim.factuality.label, claim.factuality.value) == (author_label, author_value)


def attributions(nlp, text) -> list[tuple[str, str, str]]:
    """The (cue, source, content) texts of each attribution of ``text``, as the PolNeAR benchmark
    scores them (``newstrace.scoring.attributions_from_reading``): whitespace collapsed, the
    fragments of a span joined by " … ", "" for no source. The recall modules import it as
    ``_attributions``, the name their tests were written with (likewise :func:`by_cue`)."""
    return [(span_text(text, a.cue), span_text(text, a.source), span_text(text, a.content))
            for a in attributions_from_reading(read(nlp, text))]


def by_cue(found, verb) -> tuple[str, str, str]:
    """The one triple of :func:`attributions` whose cue has the word ``verb``."""
    (hit,) = [f for f in found if verb in f[0].split()]
    return hit
