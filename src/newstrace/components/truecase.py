"""Title-Case lines (headlines) are tagged and parsed as if they were written in sentence case.

spaCy's small English model reads a capitalised word as a proper noun, so a headline in Title
Case ("Man Kills Wife In Ohio", "Ellen DeGeneres To Host Oscars") comes out as one long name:
no verb, no claim, or a predicate lemma "Kills" that never meets the body's "killed". The
remedy is truecasing (Lita, Ittycheriah, Roukos & Kambhatla, "tRuEcasIng", ACL 2003, who show
that restoring case before tagging recovers most of the accuracy lost on mis-cased text): give
the tagger and parser the words in the case they would have in running text.

The article text is never changed (CONVENTIONS.md: offsets index ``article.text`` exactly).
This component runs right after ``tok2vec`` and before ``tagger``: for each Title-Case line it
builds a copy of the line's own tokens (the same tokens, so the alignment is one-to-one by
construction) with the truecased words, runs the model's ``tok2vec`` on the copy, and writes the
copy's token vectors over the line's rows of ``doc.tensor``. The tagger and parser read their
features from ``doc.tensor`` (spaCy's ``Tok2VecListener`` at prediction time), so they tag and
parse the original tokens as they would the truecased line; the rule lemmatizer then lemmatises
the new tags ("Kills"/VBZ → "kill"). The named-entity recogniser has its own embedding layer
and still reads the original case. Only the headline lines are embedded a second time.

A **Title-Case line** (:func:`title_case_lines`): a line (text between newlines) with at most
:data:`MAX_WORDS` words, at least :data:`MIN_CAPITALISED` capitalised words, and every word
that begins with a letter capitalised except the small words English title case leaves in
lower case (:data:`MINOR`: articles, short prepositions and conjunctions); a line in capitals
only is left alone (its acronyms cannot be told apart).

**Truecasing a word** (:func:`truecase_words`): only a word written Capitalised (first letter
upper, the rest lower: "Kills", not "DeGeneres", "NYPD", "U.S.") after the line's first word
may be lower-cased. It keeps its capital when the article's other lines write it capitalised
in mid-sentence more often than in lower case ("Lohan", "Oscars"); it is lower-cased when they
write it in lower case more often ("fire", "wife"). A word the rest of the article does not
decide is lower-cased when it is a function word (spaCy's English stop words: "To", "Into",
"Of") or a form of an English verb in the lemmatizer's WordNet index ("Kills", "Checks",
"Host"): the verbs are what the headline's claim needs, and a noun left capitalised costs
little, while a name lower-cased would. This is the unigram, article-level form of truecasing
(the article's own case statistics stand in for Lita et al.'s case-annotated language model).

Measured (``benchmarks/track.py``): ECB+ train, 187 of 575 documents have a Title-Case line and
135 lines change; 1,330 → 1,366 gold event mentions matched to a claim; B³ F1 newstrace 0.791
→ 0.788, same-lemma baseline 0.638 → 0.631 on the larger mention set, gain +0.153 → +0.158;
CoNLL F1 0.760 → 0.762. ECB+ dev (run once, after the choice): B³ F1 0.706 → 0.715 against
the baseline's 0.668 → 0.669, gain +0.038 → +0.046. Lower-casing every dictionary word of the index (nouns and adjectives
too) scored the same (+0.157) and lower-cases names ("Arcade Joseph Comeaux"), so only verbs.
Emergent (headlines with no body): stance 0.572 → 0.591, veracity 0.432 → 0.424 (more
headlines now yield a claim, and a few unverified stories gain a corroborating report).
"""
from __future__ import annotations

import re
from typing import Iterable

from spacy.language import Language
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Token

from newstrace.components.word_copies import WordIndex, copy_with_words

#: Word classes of the lemmatizer's index whose words a Title-Case line lower-cases when the
#: article does not decide ("verb" only: nouns of the index include names, "paris", "john").
FALLBACK_POS = ("verb",)
MAX_WORDS = 25
MIN_CAPITALISED = 3
#: Words that title case may leave in lower case ("Checks Out of Rehab", "Dead at 95").
MINOR = frozenset({"a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as", "at",
                   "by", "in", "of", "off", "on", "per", "to", "up", "via", "vs", "vs.", "v.",
                   "from", "into", "onto", "with", "over", "out", "amid", "after"})
_CAPITALISED = re.compile(r"^(?:A|[A-Z][a-z]+(?:[-'’][A-Za-z][a-z]*)*)$")
#: Names of months and weekdays are capitalised in running text too ("May 9", not "may 9");
#: "May" and "March" next to no number may be the verbs ("Sox May Not Be Out").
CALENDAR = frozenset({"january", "february", "march", "april", "may", "june", "july", "august",
                      "september", "october", "november", "december", "monday", "tuesday",
                      "wednesday", "thursday", "friday", "saturday", "sunday", "jan", "feb", "mar",
                      "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue",
                      "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"})
#: A capitalised word right after one of these may be capitalised only because a sentence,
#: quotation or parenthesis starts there, so it is no evidence of a name.
_OPENERS = frozenset({".", "!", "?", ":", ";", '"', "``", "''", "'", "“", "‘", "(", "[", "-", "--",
                      "—", "–", "…", "..."})


def _lines(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges ``[start, end)`` of the doc's lines (non-space tokens between newlines)."""
    out, start = [], None
    for tok in doc:
        if tok.is_space:
            if "\n" in tok.text and start is not None:
                out.append((start, tok.i))
                start = None
            continue
        if start is None:
            start = tok.i
        if "\n" in tok.whitespace_:
            out.append((start, tok.i + 1))
            start = None
    if start is not None:
        out.append((start, len(doc)))
    return out


def _is_title_line(words: list[Token]) -> bool:
    cased = [t for t in words if t.text[:1].isalpha()]
    if not cased or len(cased) > MAX_WORDS:
        return False
    if all(t.text.isupper() for t in cased):
        return False
    major = [t for t in cased if t.lower_ not in MINOR]
    capitalised = [t for t in major if t.text[:1].isupper()]
    return len(capitalised) >= MIN_CAPITALISED and len(capitalised) == len(major)


def title_case_lines(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges ``[start, end)`` of the Title-Case lines of ``doc`` (see the module doc)."""
    return [(s, e) for s, e in _lines(doc) if _is_title_line(list(doc[s:e]))]


def case_evidence(doc: Doc, skip: Iterable[tuple[int, int]]) -> tuple[dict, dict]:
    """Counts of each word written capitalised in mid-sentence and in lower case, over the
    doc's lines outside ``skip``: ``(capitalised, lower)``, keyed by the lower-case form."""
    caps: dict[str, int] = {}
    lower: dict[str, int] = {}
    skipped = {i for s, e in skip for i in range(s, e)}
    for s, e in _lines(doc):
        if s in skipped:
            continue
        for tok in doc[s + 1:e]:
            text = tok.text
            if not text[:1].isalpha():
                continue
            if text.islower():
                lower[text] = lower.get(text, 0) + 1
            elif text != "A" and _CAPITALISED.match(text) and doc[tok.i - 1].text not in _OPENERS:
                caps[tok.lower_] = caps.get(tok.lower_, 0) + 1
    return caps, lower


def _shouted(tok: Token | None) -> bool:
    return tok is not None and len(tok.text) > 1 and tok.text.isalpha() and tok.text.isupper()


def _acronym_candidates(line: list[Token]) -> list[Token]:
    if not any(t.text[:1].isalpha() and not t.text.isupper() for t in line):
        return []
    out = []
    for k, tok in enumerate(line):
        if not _shouted(tok) or tok.lower_ not in STOP_WORDS:
            continue
        before = next((t for t in reversed(line[:k]) if t.text[:1].isalpha()), None)
        after = next((t for t in line[k + 1:] if t.text[:1].isalpha()), None)
        if not _shouted(before) and not _shouted(after):
            out.append(tok)
    return out


def function_word_acronyms(doc: Doc) -> set[int]:
    """Indices of the acronyms spelled like a function word ("IS" for Islamic State, "US"):
    a word of two or more capitals whose lower case is one of spaCy's English stop words, in a
    line with lower-case words, with no word of capitals on either side (a shouted stretch,
    "LET HIM IN!", is left alone), and that the article writes so at least twice (one such
    word is often emphasis: "these additional refugees COULD be Syrian", "he did NOT represent").
    PolNeAR train without its held-out fifth: 60 such words; the 23 written so twice or more in
    their article are all acronyms (US 21, AM 2); of the 37 written once, some 20 are emphasis
    ("NOT", "NEVER", "THIS"), the rest acronyms (US, IT, WHO). The model's features read a word's lower-case norm, so "IS" was read as the verb
    "is" (VOA: "…“successfully eliminated” IS deputy caliph…" parsed as "… IS [the] caliph");
    the norm kept in capitals gives the tagger and parser a name."""
    found = [tok for s, e in _lines(doc) for tok in _acronym_candidates(list(doc[s:e]))]
    counts: dict[str, int] = {}
    for tok in found:
        counts[tok.text] = counts.get(tok.text, 0) + 1
    return {tok.i for tok in found if counts[tok.text] >= 2}


class Truecaser:
    """The component: see the module docstring."""

    def __init__(self, nlp: Language):
        self.nlp = nlp
        self.index = WordIndex(nlp)

    def _is_verb_form(self, word: str) -> bool:
        """``word`` (lower case) is a form of a verb in the lemmatizer's index."""
        return self.index.form(word, FALLBACK_POS)

    def truecase_words(self, line: list[Token], caps: dict, lower: dict) -> list[str]:
        """The line's words in the case running text would give them (see the module doc)."""
        out = [t.text for t in line]
        first = next((k for k, t in enumerate(line) if t.text[:1].isalpha()), None)
        for k, tok in enumerate(line):
            if k == first or not _CAPITALISED.match(tok.text):
                continue
            low = tok.text.lower()
            if low in CALENDAR and (low not in ("may", "march", "mar", "sat", "sun") or any(
                    0 <= k + d < len(line) and line[k + d].like_num for d in (-1, 1))):
                continue
            n_caps, n_low = caps.get(low, 0), lower.get(low, 0)
            if n_caps > n_low:
                continue
            if n_low > n_caps or low in STOP_WORDS or self._is_verb_form(low):
                out[k] = low
        return out

    def __call__(self, doc: Doc) -> Doc:
        if doc.tensor is None or doc.tensor.size == 0:
            return doc
        titles = title_case_lines(doc)
        caps, lower = case_evidence(doc, titles)
        copies, spans = [], []
        acronyms_at = function_word_acronyms(doc)
        for s, e in _lines(doc):
            line = list(doc[s:e])
            texts = [t.text for t in line]
            words = self.truecase_words(line, caps, lower) if (s, e) in titles else texts
            acronyms = [k for k in range(e - s) if s + k in acronyms_at]
            if words == texts and not acronyms:
                continue
            copy = copy_with_words(line, words)
            for k in acronyms:
                copy[k].norm_ = texts[k]
            copies.append(copy)
            spans.append((s, e))
        if not copies:
            return doc
        vectors = self.nlp.get_pipe("tok2vec").predict(copies)
        for (s, e), vec in zip(spans, vectors):
            doc.tensor[s:e] = vec
        return doc


@Language.factory("newstrace_truecase")
def make_truecase(nlp: Language, name: str):
    """Factory of the headline truecasing component (place it after ``tok2vec``, before
    ``tagger``)."""
    return Truecaser(nlp)
