"""Parse repairs: the dependency parse set right where it loses a report, before claim units
are found (a ``Doc -> Doc`` stage between the parser and ``newstrace_claims``).

en_core_web_sm's parser (ClearNLP labels) misattaches a few recurring report structures so that
a reported clause loses its source or a source its content. Each repair changes the Doc's
heads and labels in place, so every later stage (claims, attribution, factuality, events) reads
the repaired tree; each says the signs it checks and how often it fires on PolNeAR train. The
repairs live in the modules of this package by kind, each module's docstring listing its own:

* :mod:`.words`: words the tagger misread (a reporting verb taken for an auxiliary, a name for a
  modal, a clitic "'s" for "is", a possessive mark for a quotation mark, "think tank", a
  headline's verb, a sentence run on past an initialism);
* :mod:`.subjects`: a verb's subject given back (shares of respondents and counted people,
  a reported clause's subject hung on the reporting verb, a speaker hung on the clause before);
* :mod:`.phrases`: a speaker's or hearer's noun phrase set right ("according to X", "told X",
  titles and descriptions before a name);
* :mod:`.clauses`: a reporting verb's reported clause given back (that-clauses, "if"
  questions, participial and "with" reports, free relatives, the report's time);
* :mod:`.speaker_tags`: speaker tags that close, open or interrupt their clause, hung inside it;
* :mod:`.quotations`: speaker tags next to a quotation, and quoted fragments with no verb;
* :mod:`.conjuncts`: conjuncts, infinitives and roots (a sentence read as a noun phrase, a
  reporter's second act hung inside the first act's content);
* :mod:`.tree`: the labels, tags and tree helpers the modules share.

This module holds the spaCy component (``newstrace_parse_repairs``, :func:`repair`) and
:data:`REPAIRS`, the order in which the repairs run.

Hand-written, not learned: the errors are rare and specific (a handful to a few dozen times in
PolNeAR train), too few to retrain the parser on, and spaCy has no component that edits a parse
by rule (the ``DependencyMatcher`` finds patterns but does not rewrite heads).

Every repair walks the whole Doc, so each tests the token's own label, tag or word first and only
then reads its neighbours (``.head``, ``doc[i + 1]``, ``.left_edge``, ``.subtree`` each build new
Token objects): building them for every token before that test cost this stage over a quarter
of its time (CPU 0.99 -> 0.71 s on the first 150 FNC-1 bodies of ``benchmarks/throughput.py``).
"""
from __future__ import annotations

import numpy

from spacy.language import Language
from spacy.attrs import DEP, HEAD, LEMMA, POS, TAG
from spacy.tokens import Doc

from newstrace.components.parse_repairs.words import (
    restore_plural_possessive, restore_reporting_aux, restore_perfect_clitic, restore_modal_name,
    restore_surname_subject, retag_verb_conjunct, split_after_initialism,
    restore_headline_control_verb, restore_think_tank, restore_headline_verb, restore_closing_name_tag,
    restore_named_clause,
)
from newstrace.components.parse_repairs.subjects import (
    restore_quantity_subject, restore_share_report, restore_subjects, restore_fronted_subject,
    restore_linked_report, restore_participle_subject, restore_rebuttal, restore_relayed_subject,
    restore_as_name, restore_reduced_relay,
)
from newstrace.components.parse_repairs.phrases import (
    restore_according_object, restore_told_hearer, restore_titled_name, restore_described_name,
    restore_stranded_phrase_end,
)
from newstrace.components.parse_repairs.clauses import (
    restore_split_complements, restore_relative_clause, restore_complements, restore_bare_complement,
    restore_hearer_complement, restore_hearer_clause, restore_cited_complement, restore_if_questions, split_semicolon_complement,
    restore_participial_report, restore_with_report, restore_split_passive, restore_what_report,
    raise_report_time,
)
from newstrace.components.parse_repairs.speaker_tags import (
    raise_closing_tag, raise_adverbial_tag, raise_subject_tag, raise_clause_tag, restore_tagged_clause,
    restore_inverted_content, restore_fronted_content, raise_preposed_tag, raise_impersonal_tag, restore_showing_tag,
    raise_trailing_report,
)
from newstrace.components.parse_repairs.quotations import (
    restore_noun_tag, raise_opening_tag, raise_fragment_tag, restore_inverted_tag,
)
from newstrace.components.parse_repairs.conjuncts import (
    restore_conjoined_clause, restore_conjunct_subject, restore_complement_conjunct, restore_infinitive_conjunct, lower_bare_conjunct,
    restore_second_object_complement, restore_verb_root, split_verb_series, raise_report_conjunct,
)
# Read from this package by ``speakers`` (the place of an inverted tag, the tense of a verb).
from newstrace.components.parse_repairs.quotations import after_quotation  # noqa: F401
from newstrace.components.parse_repairs.tree import FINITE_TAGS, finite_tag  # noqa: F401


def repair(doc: Doc) -> Doc:
    """Apply every repair of :data:`REPAIRS` to ``doc`` in place, in a fixed order (an auxiliary
    first, as the later repairs look for reporting verbs), and return it.

    A repair that leaves the tree with a loop (spaCy then raises E039 on the article's first
    ``sent.root``; a possessive repair did so on a PolNeAR dev text in session 24) is undone
    right away, before the next repair reads the tree: a later repair that asks spaCy for a
    span's root (``restore_titled_name``'s ``ent.root``) would raise on the loop (session 32, a
    conjunct repair on "calling on the spouse to organize …, choose …"). Heads, labels, tags,
    parts of speech and lemmas are what a repair changes and what is restored. Checking after
    each repair gives the tree that checking once at the end and, on a loop, starting over one
    by one gave, and never lets a repair read a looping tree."""
    for fix in REPAIRS:
        state = doc.to_array(_SAVED)
        fix(doc)
        if not acyclic(doc):
            doc.from_array(_SAVED, state)
    return doc


def acyclic(doc: Doc) -> bool:
    """Whether every token of ``doc`` reaches a root (a token that is its own head) by its heads.
    Pointer doubling over the head array: after ⌈log2 n⌉ + 1 rounds every token points at its
    root unless its chain loops. O(n log n) with numpy."""
    heads = numpy.arange(len(doc)) + doc.to_array([HEAD]).astype("int64").ravel()
    top = heads
    for _ in range(max(1, len(doc)).bit_length() + 1):
        top = top[top]
    return bool((heads[top] == top).all())


#: The token attributes a repair may change, saved and restored by :func:`repair`.
_SAVED = [HEAD, DEP, TAG, POS, LEMMA]


@Language.factory("newstrace_parse_repairs")
def make_parse_repairs(nlp: Language, name: str):
    """Factory of the parse-repair stage (:func:`repair`)."""
    return repair


#: The repairs, in the order :func:`repair` applies them.
REPAIRS = (
    restore_plural_possessive,
    restore_reporting_aux,
    restore_perfect_clitic,
    restore_noun_tag,
    restore_headline_verb,
    restore_closing_name_tag,
    restore_named_clause,
    restore_modal_name,
    restore_surname_subject,
    restore_quantity_subject,
    restore_share_report,
    retag_verb_conjunct,
    restore_reduced_relay,
    restore_subjects,
    restore_split_complements,
    restore_conjoined_clause,
    restore_conjunct_subject,
    restore_complement_conjunct,
    restore_infinitive_conjunct,
    lower_bare_conjunct,
    raise_report_conjunct,
    restore_second_object_complement,
    restore_relative_clause,
    restore_complements,
    restore_bare_complement,
    restore_hearer_complement,
    restore_hearer_clause,
    restore_cited_complement,
    restore_if_questions,
    raise_closing_tag,
    raise_adverbial_tag,
    raise_subject_tag,
    raise_clause_tag,
    restore_tagged_clause,
    restore_inverted_content,
    restore_fronted_content,
    raise_opening_tag,
    raise_fragment_tag,
    split_after_initialism,
    restore_inverted_tag,
    restore_fronted_subject,
    split_semicolon_complement,
    raise_preposed_tag,
    raise_impersonal_tag,
    restore_linked_report,
    restore_showing_tag,
    restore_participial_report,
    restore_participle_subject,
    restore_as_name,
    restore_verb_root,
    restore_according_object,
    restore_told_hearer,
    restore_titled_name,
    restore_described_name,
    restore_stranded_phrase_end,
    raise_trailing_report,
    restore_with_report,
    split_verb_series,
    restore_rebuttal,
    restore_relayed_subject,
    restore_split_passive,
    restore_what_report,
    restore_headline_control_verb,
    raise_report_time,
    restore_think_tank,
)
