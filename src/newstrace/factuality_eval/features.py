"""Features of one Emergent headline for the stance classifier (:mod:`.logreg`).

Input: the claim newstrace picked in the headline, the number of its claims, the headline and
the hedge / report / denial cue lists of ``lexicons/cues.json``. Output: a feature dict
(:func:`stance_features`: newstrace's outputs on the claim plus the headline's cue words,
matched in any inflection: :func:`headline_cues`, :func:`inflections`), and its columns in a
numpy matrix (:class:`FeatureIndex`; the vocabulary is fitted on training rows only).
"""
from __future__ import annotations

from typing import Any, Iterable, Sequence

from newstrace.factuality_eval.text import words

CUE_CLASSES: tuple[str, ...] = (
    "hedge_reported", "hedge_alleged", "hedge_speculative_modal", "hedge_speculative_adverb",
    "hedge_probable", "hedge_speculative_verb", "report_neutral", "report_attitude",
    "report_factive", "report_alleging", "report_denying", "report_speculating",
    "report_doubting", "negation", "refutation_phrases", "unknown_phrases", "according_to")
"""Classes of ``lexicons/cues.json`` used as headline hedge / report / denial cues."""

_IRREGULAR = {
    "say": {"said"}, "tell": {"told"}, "think": {"thought"}, "find": {"found"},
    "show": {"shown"}, "write": {"wrote", "written"}, "feel": {"felt"}, "read": {"read"},
    "hear": {"heard"}, "know": {"knew", "known"}, "see": {"saw", "seen"}, "be": {
        "is", "are", "was", "were", "been", "being", "am", "'s"}, "cry": {"cried", "cries"},
    "brief": {"briefed"}, "forecast": {"forecast"}, "hope": {"hoped", "hoping"},
}
_VOWELS = set("aeiou")


def inflections(lemma: str) -> set[str]:
    """Regular English inflections of a verb lemma (3sg, past, participles) plus a few
    irregular forms: "deny" → deny, denies, denied, denying; "admit" → admits, admitted,
    admitting; "say" → says, said, saying. Over-generation is harmless for matching."""
    forms = {lemma, lemma + "s", lemma + "ing", lemma + "ed"} | _IRREGULAR.get(lemma, set())
    if lemma.endswith("e"):
        forms |= {lemma + "d", lemma[:-1] + "ing"}
    if lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        forms.add(lemma + "es")
    if len(lemma) > 1 and lemma.endswith("y") and lemma[-2] not in _VOWELS:
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    if (len(lemma) >= 3 and lemma[-1] not in _VOWELS | {"w", "x", "y"} and lemma[-2] in _VOWELS
            and lemma[-3] not in _VOWELS):
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return forms


def _phrase_pattern(phrase: str) -> list[set[str]]:
    """The word sets matching a lexicon entry, word by word: each word may be inflected
    (:func:`inflections`; "be said" matches "is said", "were said")."""
    return [inflections(w) for w in words(phrase)]


def headline_cues(text: str, lexicon: dict[str, Iterable[str]],
                  classes: Sequence[str] = CUE_CLASSES) -> list[tuple[str, str]]:
    """Lexicon cues found in ``text``: ``(class, entry)`` pairs, in class order, each once.

    A single-word entry matches any inflection of it (:func:`inflections`: "denies" matches
    "deny"); a multi-word entry ("according to", "no evidence", "be said") matches a run of
    words each of which is an inflection of the entry's word.

    Args:
        text: the headline.
        lexicon: ``{class: entries}`` (``newstrace.lexicons.cues()``).
        classes: the classes to look in.
    """
    ws = words(text)
    out = []
    for cls in classes:
        for entry in sorted(lexicon.get(cls, ())):
            pats = _phrase_pattern(entry)
            if not pats:
                continue
            n = len(pats)
            if any(all(ws[i + k] in pats[k] for k in range(n)) for i in range(len(ws) - n + 1)):
                out.append((cls, entry))
    return out


def stance_features(claim: Any, n_claims: int, headline: str,
                    lexicon: dict[str, Iterable[str]]) -> dict[str, float]:
    """Features of one Emergent headline for the stance classifier.

    newstrace's outputs on the picked claim (``None`` when the headline gave no claim):
    ``label=``, ``value=``, ``kind=``, ``quote=``, author factuality cue words ``fcue=``,
    chain length ``chain_len`` (number) and ``chain_len=0|1|2+``, each chain source's
    ``src_type=``, ``src_label=`` and factuality cue words ``srccue=``; ``n_claims``
    (claims in the headline). Headline cue words: ``hcue=<class>:<entry>`` and
    ``hclass=<class>`` for every :func:`headline_cues` hit. Plus ``bias`` = 1.
    """
    f: dict[str, float] = {"bias": 1.0, "n_claims": float(min(n_claims, 4))}
    if claim is None:
        f["no_claim"] = 1.0
    else:
        fac = claim.factuality
        f[f"label={fac.label}"] = 1.0
        f[f"value={fac.value}"] = 1.0
        f[f"kind={claim.kind}"] = 1.0
        f[f"quote={claim.attribution.quote}"] = 1.0
        for cue in fac.cues:
            f[f"fcue={cue.text.lower()}"] = 1.0
        chain = claim.attribution.chain
        f["chain_len"] = float(len(chain))
        f[f"chain_len={min(len(chain), 2)}{'+' if len(chain) >= 2 else ''}"] = 1.0
        for src in chain:
            f[f"src_type={src.type}"] = 1.0
            f[f"src_label={src.factuality.label}"] = 1.0
            for cue in src.factuality.cues:
                f[f"srccue={cue.text.lower()}"] = 1.0
    for cls, entry in headline_cues(headline, lexicon):
        f[f"hcue={cls}:{entry}"] = 1.0
        f[f"hclass={cls}"] = 1.0
    return f


class FeatureIndex:
    """Maps feature dicts to a dense numpy matrix; the vocabulary is fitted on training rows
    only (unseen features of test rows are dropped)."""

    def __init__(self) -> None:
        self.names: list[str] = []
        self._col: dict[str, int] = {}

    def fit(self, rows: Iterable[dict[str, float]]) -> "FeatureIndex":
        for r in rows:
            for k in r:
                if k not in self._col:
                    self._col[k] = len(self.names)
                    self.names.append(k)
        return self

    def transform(self, rows: Sequence[dict[str, float]]):
        import numpy as np

        X = np.zeros((len(rows), len(self.names)))
        for i, r in enumerate(rows):
            for k, v in r.items():
                j = self._col.get(k)
                if j is not None:
                    X[i, j] = v
        return X
