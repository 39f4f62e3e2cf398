"""Span scoring of attributions against PolNeAR gold, and the field-case checks.

Used by ``benchmarks/attribution.py`` and the unit tests; it imports no spaCy and no model.
One module per job:

* ``spans`` — character range sets, their non-whitespace measure (the unit of every figure) and
  :class:`Attr`, one attribution as content, source and cue span sets;
* ``adapter`` — a newstrace reading as PolNeAR-style attributions
  (:func:`attributions_from_reading`), and textacy's triples (:func:`attributions_from_triples`);
* ``sourceless`` — the claims relayed by no one named that PolNeAR annotates with no source;
* ``starts`` — where a system content starts (lead-ins, repeated frames, asides, subordinators);
* ``edges`` — a content's quotation-mark edges and the gaps it closes;
* ``cue_spans`` — the prepositions, auxiliaries and adverbs PolNeAR counts in a cue;
* ``polnear`` — reading PolNeAR's brat gold (:func:`read_polnear`, :func:`parse_brat`);
* ``metrics`` — matching, :class:`Counts` and the figures (defined there, with their sources:
  attribution found, content exact / partial / pooled, source accuracy, cue);
* ``field_cases`` — the checks of ``shared/cases/field.jsonl``.
"""
from newstrace.scoring.adapter import attributions_from_reading, attributions_from_triples
from newstrace.scoring.field_cases import (
    check_case, check_claims, covers, iter_cases, plain_cue, same_cue, same_source, words,
)
from newstrace.scoring.metrics import Counts, figures, match_attributions, score_document, source_correct
from newstrace.scoring.polnear import GoldDoc, parse_brat, read_polnear
from newstrace.scoring.spans import Attr, chars, core_chars, span_text

__all__ = [
    "Attr", "Counts", "GoldDoc", "attributions_from_reading", "attributions_from_triples", "chars",
    "check_case", "check_claims", "core_chars", "covers", "figures", "iter_cases", "match_attributions",
    "parse_brat", "plain_cue", "read_polnear", "same_cue", "same_source", "score_document",
    "source_correct", "span_text", "words",
]
