"""Text from a gold set's tokens, and words from text.

The gold sets give Penn-Treebank-style tokens; newstrace reads running text. :func:`detokenize`
joins tokens as a writer would (``--raw-tokens`` of the benchmark uses :func:`space_join`
instead) and keeps each token's character span, so a gold token range maps onto the offsets of
newstrace's claims; :func:`meantime_text` does so for a whole MEANTIME document, one sentence a
line. :func:`words` is the lower-case word tokenizer that claim matching
(:mod:`.matching`) and the headline cue features (:mod:`.features`) share.
"""
from __future__ import annotations

import re
from typing import Sequence

from newstrace.factuality_eval.readers import MeantimeDoc

_CLOSERS = frozenset({",", ".", ";", ":", "?", "!", "%", ")", "]", "}", "''", "...", ".."})
_CLITICS = frozenset({"'s", "'m", "'re", "'ll", "'ve", "'d", "n't"})
_OPENERS = frozenset({"(", "[", "{", "$", "``", "#", "C$", "US$", "A$"})


def _no_space_before(tok: str) -> bool:
    return (tok in _CLOSERS or tok.lower() in _CLITICS
            or (len(tok) > 1 and all(ch in ".?!" for ch in tok)))


def detokenize(tokens: Sequence[str]) -> tuple[str, list[tuple[int, int]]]:
    """Join Penn-Treebank-style tokens into running text and keep each token's character span.

    Rules: no space before closing punctuation (``, . ; : ? ! % ) ] }``, ``''``, runs of
    ``.?!``) and clitics (``'s n't 're`` …); no space after openers (``( [ { $ `` #``); a
    straight double quote alternates between opening (no space after) and closing (no space
    before); a lone ``-`` between two alphanumeric tokens is a split hyphen ("Miami - based" →
    "Miami-based"). Everything else is joined by one space.

    Args:
        tokens: the tokens (``text.split(" ")`` of a unified-factuality record).
    Returns:
        ``(text, spans)`` with ``text[s:e] == tokens[i]`` for ``(s, e) = spans[i]``.
    """
    out: list[str] = []
    spans: list[tuple[int, int]] = []
    pos = 0
    glue_next = False
    quote_open = False
    for i, tok in enumerate(tokens):
        space = bool(out) and not glue_next
        glue_next = False
        if tok == '"':
            if quote_open:
                space = False
            else:
                glue_next = True
            quote_open = not quote_open
        elif _no_space_before(tok):
            space = False
        if tok in _OPENERS:
            glue_next = True
        if tok == "-" and 0 < i < len(tokens) - 1 and tokens[i - 1][-1:].isalnum() \
                and tokens[i + 1][:1].isalnum():
            space, glue_next = False, True
        if space:
            out.append(" ")
            pos += 1
        spans.append((pos, pos + len(tok)))
        out.append(tok)
        pos += len(tok)
    return "".join(out), spans


def space_join(tokens: Sequence[str]) -> tuple[str, list[tuple[int, int]]]:
    """The tokens joined by single spaces, with each token's character span (no detokenising)."""
    spans, pos = [], 0
    for tok in tokens:
        spans.append((pos, pos + len(tok)))
        pos += len(tok) + 1
    return " ".join(tokens), spans


def meantime_text(doc: MeantimeDoc, raw: bool = False) -> tuple[str, list[tuple[int, int]]]:
    """The document as text, one sentence per line, with each token's character span.

    Sentences are detokenised with :func:`detokenize` (``raw=True``: :func:`space_join`) and
    joined by ``"\\n"``, so gold sentence boundaries are kept as line breaks.
    """
    join = space_join if raw else detokenize
    parts, spans, pos = [], [], 0
    for sent in doc.sentences:
        text, sp = join(sent)
        spans.extend((pos + s, pos + e) for s, e in sp)
        parts.append(text)
        pos += len(text) + 1
    return "\n".join(parts), spans


_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?|n['’]t")


def words(text: str) -> list[str]:
    """Lower-case word tokens of ``text``; ``n't`` is split off ("didn't" → did, n't) and
    curly apostrophes count as straight ones."""
    text = text.lower().replace("’", "'")
    text = re.sub(r"(\w)n't\b", r"\1 n't", text)
    return _WORD.findall(text)
