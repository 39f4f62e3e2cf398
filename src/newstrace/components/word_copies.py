"""Two reads of the model's own tables that the case-sensitive components share: a copy of some
words with other spellings, for the model's ``tok2vec`` (and ``tagger``) to read again
(:func:`copy_with_words`), and the word lists of the lemmatizer's WordNet index
(:class:`WordIndex`). Used by :mod:`~newstrace.components.truecase` (headline lines read again in
running-text case) and :mod:`~newstrace.components.descriptions` (a sentence-initial word read
again in lower case). Truecasing by re-reading a recased copy: Lita, Ittycheriah, Roukos &
Kambhatla, "tRuEcasIng", ACL 2003. Nothing here raises.
"""
from __future__ import annotations

from typing import Sequence

from spacy.language import Language
from spacy.tokens import Doc, Token


def copy_with_words(tokens: Sequence[Token], words: list[str]) -> Doc:
    """A new Doc of ``words`` (one per token of ``tokens``, same length) with the tokens'
    spacing, in their vocab; unparsed, for the model's components to read again."""
    return Doc(tokens[0].doc.vocab, words=words, spaces=[bool(t.whitespace_) for t in tokens])


class WordIndex:
    """Word lists of the lemmatizer's WordNet 3.0 index as spaCy's English lemmatizer ships it
    (its ``lemma_index``, ``lemma_exc`` and ``lemma_rules`` tables), per word class ("noun",
    "adj", "verb"); loaded on first use from ``nlp``'s lemmatizer."""

    def __init__(self, nlp: Language):
        self.nlp = nlp
        self._tables: dict[str, tuple[frozenset, dict, list]] = {}

    def _table(self, pos: str) -> tuple[frozenset, dict, list]:
        if pos not in self._tables:
            lookups = self.nlp.get_pipe("lemmatizer").lookups
            self._tables[pos] = (frozenset(lookups.get_table("lemma_index").get(pos, [])),
                                 lookups.get_table("lemma_exc").get(pos, {}),
                                 lookups.get_table("lemma_rules").get(pos, []))
        return self._tables[pos]

    def lemma(self, word: str, classes: Sequence[str]) -> bool:
        """``word`` (lower case) is itself an entry of the index in one of ``classes``."""
        return any(word in self._table(pos)[0] for pos in classes)

    def form(self, word: str, classes: Sequence[str]) -> bool:
        """``word`` (lower case) is an entry, an irregular form (``lemma_exc``) or a regular
        inflection (``lemma_rules``: suffix replaced) of an entry in one of ``classes``."""
        for pos in classes:
            index, exc, rules = self._table(pos)
            if word in index or word in exc or any(
                    word.endswith(old) and word[:len(word) - len(old)] + new in index for old, new in rules if old):
                return True
        return False
