"""Readers and metrics for the factuality benchmark (``benchmarks/factuality.py``).

Imports no spaCy and no model, so the unit tests run without one. Three kinds of data are read,
each described in its ``shared/data/<set>/SOURCE.md``:

* the unified event-factuality sets (MEANTIME, UW, UDS-IH2, CommitmentBank) of Jiang & de
  Marneffe (TACL 2021): JSON Lines, one whitespace-tokenised sentence (or CB context) per line
  with targets on the [-3, +3] scale of Stanovsky et al. (ACL 2017) — :func:`read_unified`;
* MEANTIME English (Minard et al., LREC 2016) in the cltl CoNLL export: one token per line with
  event, certainty, polarity and time columns — :func:`read_meantime`;
* Emergent (Ferreira & Vlachos, NAACL 2016): claim, article headline and headline stance
  (for / against / observing), with the claim-disjoint cross-validation folds of the train split
  — :func:`read_emergent`, :func:`read_claim_folds`.

Mappings from newstrace's factuality (``shared/CONVENTIONS.md``, FactBank values of Saurí &
Pustejovsky 2009) to each data set's labels:

* :func:`value_to_scale`: CT+ → +3, PR+ → +2, PS+ → +1, Uu → 0, PS- → -1, PR- → -2, CT- → -3
  (the correspondence of FactBank values to the unified scale that Stanovsky et al. 2017 used
  to convert FactBank);
* :func:`value_to_certainty` / :func:`value_to_polarity`: the FactBank value's modality part
  (CT, PR, PS, U) → MEANTIME certainty (CERTAIN, PROBABLE, POSSIBLE, UNDERSPECIFIED) and its
  polarity part (+, -, u) → MEANTIME polarity (POS, NEG, UNDERSPECIFIED); MEANTIME's attribute
  values follow FactBank's two axes (Minard et al. 2016, NewsReader guidelines);
* :func:`label_to_stance`: asserted → for, denied → against, every other label → observing
  (Ferreira & Vlachos define "observing" as a headline that reports the claim without
  assessing its veracity, which is what reported / alleged / speculated / unknown say).

Metrics, with their sources:

* :func:`mae`, :func:`pearson`: mean absolute error and Pearson's r between predicted and gold
  scores, the two figures reported per data set in the factuality literature (Lee et al. 2015;
  Stanovsky et al. 2017; Rudinger et al. 2018; Jiang & de Marneffe 2021);
* :func:`accuracy`, :func:`prf`, :func:`macro_f1`: per-class precision / recall / F1 and their
  unweighted mean over classes (macro-F1, as in scikit-learn's ``f1_score(average="macro")``
  with ``zero_division=0``); :func:`confusion_matrix`; :func:`majority_label` for the
  majority-class baseline;
* :func:`fit_logreg` / :func:`predict_logreg`: multinomial L2-regularised logistic regression,
  the classifier family of Ferreira & Vlachos 2016 (scikit-learn's ``LogisticRegression`` when
  installed, otherwise a small numpy implementation of the same objective).
"""
from __future__ import annotations

import csv
import json
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Optional, Sequence

# --------------------------------------------------------------------------- label mappings

SCALE: dict[str, int] = {"CT+": 3, "PR+": 2, "PS+": 1, "Uu": 0, "PS-": -1, "PR-": -2, "CT-": -3}
"""FactBank value → unified factuality scale (Stanovsky et al. 2017)."""

CERTAINTY: tuple[str, ...] = ("CERTAIN", "PROBABLE", "POSSIBLE", "UNDERSPECIFIED")
"""MEANTIME certainty classes."""
POLARITY: tuple[str, ...] = ("POS", "NEG", "UNDERSPECIFIED")
"""MEANTIME polarity classes."""
STANCES: tuple[str, ...] = ("for", "against", "observing")
"""Emergent headline stances."""

_CERTAINTY_OF = {"CT": "CERTAIN", "PR": "PROBABLE", "PS": "POSSIBLE", "Uu": "UNDERSPECIFIED"}
_STANCE_OF = {"asserted": "for", "reported": "observing", "alleged": "observing",
              "speculated": "observing", "unknown": "observing", "denied": "against"}


def value_to_scale(value: str) -> int:
    """A FactBank value on the unified [-3, +3] scale.

    Args:
        value: one of CT+, PR+, PS+, Uu, PS-, PR-, CT-.
    Returns:
        +3, +2, +1, 0, -1, -2 or -3.
    Raises:
        KeyError: for any other value.
    """
    return SCALE[value]


def value_to_certainty(value: str) -> str:
    """MEANTIME certainty of a FactBank value: CT± → CERTAIN, PR± → PROBABLE, PS± → POSSIBLE,
    Uu → UNDERSPECIFIED."""
    return _CERTAINTY_OF["Uu" if value == "Uu" else value[:2]]


def value_to_polarity(value: str) -> str:
    """MEANTIME polarity of a FactBank value: ``+`` → POS, ``-`` → NEG, Uu → UNDERSPECIFIED."""
    if value == "Uu":
        return "UNDERSPECIFIED"
    if value not in SCALE:
        raise KeyError(value)
    return "POS" if value.endswith("+") else "NEG"


def label_to_stance(label: Optional[str]) -> str:
    """Emergent stance of a newstrace author label: asserted → for, denied → against,
    reported / alleged / speculated / unknown → observing.

    ``None`` (the headline gave no claim) → ``for``: a verbless headline ("World's oldest
    burger") names its topic as a fact; "for" is also the majority class of the train split.
    """
    if label is None:
        return "for"
    return _STANCE_OF[label]


# --------------------------------------------------------------------------- detokenising

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


# --------------------------------------------------------------------------- unified factuality

@dataclass(frozen=True)
class FactTarget:
    """One annotated predicate: token span ``[start, end)`` of the record's tokens, gold score."""

    start: int
    end: int
    label: float
    span_text: str


@dataclass
class FactRecord:
    """One line of a unified-factuality file: tokens and targets.

    ``doc_id``: ``file_idx`` (MEANTIME, UW, UDS-IH2) or ``uID`` (CB), as a string.
    """

    corpus: str
    idx: int
    doc_id: str
    tokens: list[str]
    targets: list[FactTarget]


def read_unified(path: str | Path, corpus: Optional[str] = None) -> list[FactRecord]:
    """Read a unified-factuality JSON Lines file (``factuality-unified/<SET>/<split>.jsonl``).

    Each line: ``{"text": <tokens joined by " ">, "targets": [{"span1": [s, e], "label": x,
    "span_text": ...}], "idx": ..., "file_idx"|"uID": ...}``; ``span1`` indexes
    ``text.split(" ")``, end exclusive.

    Args:
        path: the file.
        corpus: name to store on the records (default: the parent folder's name).
    Returns:
        the records in file order.
    Raises:
        ValueError: a target's tokens do not spell its ``span_text`` (a misaligned record).
    """
    path = Path(path)
    corpus = corpus or path.parent.name
    out = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if not line.strip():
                continue
            raw = json.loads(line)
            tokens = raw["text"].split(" ")
            targets = []
            for t in raw["targets"]:
                s, e = t["span1"]
                if " ".join(tokens[s:e]) != t["span_text"]:
                    raise ValueError(f"{path}:{n + 1}: span {s}:{e} is {' '.join(tokens[s:e])!r}, "
                                     f"not {t['span_text']!r}")
                targets.append(FactTarget(s, e, float(t["label"]), t["span_text"]))
            doc_id = raw.get("file_idx", raw.get("uID", ""))
            out.append(FactRecord(corpus, int(raw.get("idx", n)), str(doc_id), tokens, targets))
    return out


# --------------------------------------------------------------------------- MEANTIME CoNLL

@dataclass
class MeantimeMention:
    """One gold event mention: token positions (0-based into the document's token list) and
    its certainty, polarity and time attributes."""

    eid: str
    tokens: list[int]
    certainty: str
    polarity: str
    time: str


@dataclass
class MeantimeDoc:
    """One MEANTIME document: sentences of tokens (the first is the headline) and mentions."""

    name: str
    sentences: list[list[str]]
    mentions: list[MeantimeMention] = field(default_factory=list)

    @property
    def tokens(self) -> list[str]:
        """All tokens in document order (mention positions index this list)."""
        return [t for s in self.sentences for t in s]


_TAG = re.compile(r"^([BI])-(.+)-(\d+)$")


def _tag(cell: str) -> Optional[tuple[str, str, str]]:
    m = _TAG.match(cell)
    return (m.group(1), m.group(2), m.group(3)) if m else None


def read_meantime(path: str | Path) -> MeantimeDoc:
    """Read one MEANTIME ``.conll`` file (cltl export; ``meantime-en/SOURCE.md``).

    Columns (tab-separated): token number, token, event (``B-E-<id>``/``I-E-<id>``/``_``),
    certainty, polarity, time (``B-<VALUE>-<id>``). A blank line ends a sentence. The
    attributes of a mention are read from its ``B-`` token.

    Returns:
        the document, with mentions in order of their first token.
    Raises:
        ValueError: a line without six columns, or an ``I-`` tag with no open mention.
    """
    path = Path(path)
    sentences: list[list[str]] = [[]]
    mentions: dict[str, MeantimeMention] = {}
    pos = 0
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            line = line.rstrip("\n")
            if not line.strip():
                if sentences[-1]:
                    sentences.append([])
                continue
            cols = line.split("\t")
            if len(cols) != 6:
                raise ValueError(f"{path}:{n + 1}: expected 6 columns, got {len(cols)}")
            sentences[-1].append(cols[1])
            ev = _tag(cols[2])
            if ev is not None:
                bio, _, eid = ev
                if bio == "B":
                    cert, pol, tim = (_tag(c) for c in cols[3:6])
                    mentions[eid] = MeantimeMention(
                        eid, [pos], cert[1] if cert else "UNDERSPECIFIED",
                        pol[1] if pol else "UNDERSPECIFIED", tim[1] if tim else "UNDERSPECIFIED")
                elif eid in mentions:
                    mentions[eid].tokens.append(pos)
                else:
                    raise ValueError(f"{path}:{n + 1}: I- tag of unopened mention {eid}")
            pos += 1
    if not sentences[-1]:
        sentences.pop()
    name = path.name.split(".")[0]
    return MeantimeDoc(name, sentences, sorted(mentions.values(), key=lambda m: m.tokens[0]))


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


# --------------------------------------------------------------------------- Emergent

@dataclass(frozen=True)
class EmergentRow:
    """One Emergent article: the claim, the article's headline and its gold stance."""

    claim_id: str
    claim: str
    headline: str
    stance: str
    article_id: str


def read_emergent(path: str | Path) -> list[EmergentRow]:
    """Read a clean Emergent CSV (``url-versions-2015-06-14-clean-<split>.csv`` or
    ``edata_all-<split>.csv``): columns ``claimHeadline``, ``articleHeadline``,
    ``articleHeadlineStance``, ``articleId``, ``claimId`` (others are ignored).

    Raises:
        ValueError: a stance outside for / against / observing.
    """
    out = []
    with Path(path).open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            stance = row["articleHeadlineStance"].strip()
            if stance not in STANCES:
                raise ValueError(f"{path}: unknown stance {stance!r}")
            out.append(EmergentRow(row["claimId"], row["claimHeadline"], row["articleHeadline"],
                                   stance, row["articleId"]))
    return out


def read_claim_folds(path: str | Path) -> dict[str, int]:
    """Read ``train-claim-folds.csv`` (``claimId,fold``): claim id → CV fold (1–10)."""
    with Path(path).open(encoding="utf-8", newline="") as fh:
        return {row["claimId"]: int(row["fold"]) for row in csv.DictReader(fh)}


# --------------------------------------------------------------------------- claim picking

def pick_claim(claims: Sequence[Any], start: int, end: int) -> Optional[Any]:
    """The claim that covers the character range ``[start, end)`` (an event token or clause).

    Records carry no head token, so "covers" is by span: among claims that overlap the range,
    the one with the most overlapping characters; ties go to the shortest claim (the innermost
    one: claim spans nest, e.g. a main clause's span runs over a relative clause that is its
    own claim), then to the earliest.

    Returns:
        the claim, or ``None`` when no claim overlaps the range.
    """
    best, key = None, None
    for c in claims:
        ov = min(end, c.end_char) - max(start, c.start_char)
        if ov <= 0:
            continue
        k = (-ov, c.end_char - c.start_char, c.start_char)
        if key is None or k < key:
            best, key = c, k
    return best


def claim_value(claim: Any, innermost_source: bool = False) -> str:
    """The FactBank value of ``claim``: the author's, or (``innermost_source=True`` and the claim
    has a chain) the innermost source's — the last chain element, the one whose cue governs
    the content."""
    if innermost_source and claim.attribution.chain:
        return claim.attribution.chain[-1].factuality.value
    return claim.factuality.value


_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?|n['’]t")
STOPWORDS = frozenset("""a an the of to in on at for with by from as and or but is are was were be been
being it its this that these those his her their our your my he she they we you i has have had
will would after over into about than then so not no s""".split())


def words(text: str) -> list[str]:
    """Lower-case word tokens of ``text``; ``n't`` is split off ("didn't" → did, n't) and
    curly apostrophes count as straight ones."""
    text = text.lower().replace("’", "'")
    text = re.sub(r"(\w)n't\b", r"\1 n't", text)
    return _WORD.findall(text)


def overlap_score(a: str, b: str) -> float:
    """Jaccard similarity of the content-word sets of ``a`` and ``b`` (stopwords dropped);
    0 when either has none."""
    wa = {w for w in words(a) if w not in STOPWORDS}
    wb = {w for w in words(b) if w not in STOPWORDS}
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / len(wa | wb)


def best_matching_claim(claims: Sequence[Any], reference: str) -> Optional[Any]:
    """The claim whose text best matches ``reference`` (:func:`overlap_score`; ties → the
    earlier claim); the first claim when none shares a content word; ``None`` for no claims."""
    if not claims:
        return None
    scores = [overlap_score(c.text, reference) for c in claims]
    top = max(scores)
    return claims[scores.index(top)] if top > 0 else claims[0]


# --------------------------------------------------------------------------- cue features

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


# --------------------------------------------------------------------------- logistic regression

@dataclass
class LogReg:
    """A fitted multinomial logistic regression: ``classes`` and either a scikit-learn model
    (``backend="sklearn"``) or weights ``W`` (features × classes, ``backend="numpy"``)."""

    classes: list[str]
    backend: str
    model: Any = None
    W: Any = None


def sklearn_available() -> bool:
    """Whether scikit-learn can be imported."""
    try:
        import sklearn  # noqa: F401
    except ImportError:
        return False
    return True


def fit_logreg(X, y: Sequence[str], C: float = 1.0, backend: str = "auto",
               max_iter: int = 2000) -> LogReg:
    """Fit multinomial logistic regression with an L2 penalty (strength ``1/C``).

    Objective (both backends): ``sum_i -log p(y_i | x_i) + ||W||² / (2C)`` with a softmax over
    classes — scikit-learn's ``LogisticRegression(C=C)`` objective. X is expected to carry its
    own constant column (``bias`` in :func:`stance_features`), so the numpy backend fits no
    separate intercept (the bias weight is penalised like the others); scikit-learn fits an
    unpenalised intercept as usual, so the two backends differ slightly.

    Args:
        X: ``(n, d)`` numpy array.
        y: ``n`` class labels.
        C: inverse regularisation strength.
        backend: ``"sklearn"``, ``"numpy"`` or ``"auto"`` (scikit-learn when installed).
        max_iter: iteration limit (L-BFGS for scikit-learn, gradient steps for numpy).
    """
    import numpy as np

    classes = sorted(set(y))
    if backend == "auto":
        backend = "sklearn" if sklearn_available() else "numpy"
    if backend == "sklearn":
        from sklearn.linear_model import LogisticRegression

        model = LogisticRegression(C=C, max_iter=max_iter)
        model.fit(X, list(y))
        return LogReg(list(model.classes_), "sklearn", model=model)
    idx = {c: i for i, c in enumerate(classes)}
    Y = np.zeros((len(y), len(classes)))
    Y[np.arange(len(y)), [idx[c] for c in y]] = 1.0
    W = np.zeros((X.shape[1], len(classes)))
    # gradient descent with a step bounded by the Lipschitz constant of the gradient
    lip = 0.5 * float(np.linalg.norm(X, 2)) ** 2 + 1.0 / C
    step = 1.0 / lip
    for _ in range(max_iter):
        Z = X @ W
        Z -= Z.max(axis=1, keepdims=True)
        P = np.exp(Z)
        P /= P.sum(axis=1, keepdims=True)
        grad = X.T @ (P - Y) + W / C
        W -= step * grad
        if float(np.abs(grad).max()) < 1e-6:
            break
    return LogReg(classes, "numpy", W=W)


def predict_logreg(model: LogReg, X) -> list[str]:
    """Most probable class of each row of ``X``."""
    import numpy as np

    if model.backend == "sklearn":
        return [str(c) for c in model.model.predict(X)]
    return [model.classes[i] for i in np.argmax(X @ model.W, axis=1)]


# --------------------------------------------------------------------------- metrics

def mae(gold: Sequence[float], pred: Sequence[float]) -> float:
    """Mean absolute error ``mean(|gold_i - pred_i|)``.

    Raises:
        ValueError: empty or unequal-length inputs.
    """
    if not gold or len(gold) != len(pred):
        raise ValueError("mae needs two non-empty sequences of equal length")
    return sum(abs(g - p) for g, p in zip(gold, pred)) / len(gold)


def pearson(gold: Sequence[float], pred: Sequence[float]) -> float:
    """Pearson's correlation coefficient r of ``gold`` and ``pred``; ``nan`` when fewer than
    two items or either side is constant (r is undefined then).

    Raises:
        ValueError: unequal lengths.
    """
    if len(gold) != len(pred):
        raise ValueError("pearson needs sequences of equal length")
    n = len(gold)
    if n < 2:
        return math.nan
    mg, mp = sum(gold) / n, sum(pred) / n
    cov = sum((g - mg) * (p - mp) for g, p in zip(gold, pred))
    vg = sum((g - mg) ** 2 for g in gold)
    vp = sum((p - mp) ** 2 for p in pred)
    if vg == 0 or vp == 0:
        return math.nan
    return cov / math.sqrt(vg * vp)


def accuracy(gold: Sequence[str], pred: Sequence[str]) -> float:
    """Share of items with ``pred == gold``.

    Raises:
        ValueError: empty or unequal-length inputs.
    """
    if not gold or len(gold) != len(pred):
        raise ValueError("accuracy needs two non-empty sequences of equal length")
    return sum(g == p for g, p in zip(gold, pred)) / len(gold)


def prf(gold: Sequence[str], pred: Sequence[str], label: str) -> tuple[float, float, float]:
    """Precision, recall and F1 of one class; each is 0 when its denominator is 0."""
    tp = sum(g == label and p == label for g, p in zip(gold, pred))
    n_pred = sum(p == label for p in pred)
    n_gold = sum(g == label for g in gold)
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def macro_f1(gold: Sequence[str], pred: Sequence[str],
             labels: Optional[Sequence[str]] = None) -> float:
    """Unweighted mean of the per-class F1 (:func:`prf`) over ``labels`` (default: every class
    that occurs in ``gold`` or ``pred``, as scikit-learn does)."""
    labels = list(labels) if labels is not None else sorted(set(gold) | set(pred))
    if not labels:
        raise ValueError("macro_f1 needs at least one class")
    return sum(prf(gold, pred, c)[2] for c in labels) / len(labels)


def confusion_matrix(gold: Sequence[str], pred: Sequence[str],
                     labels: Sequence[str]) -> list[list[int]]:
    """Counts ``M[i][j]`` of items with gold ``labels[i]`` and prediction ``labels[j]``
    (items with a label outside ``labels`` are not counted)."""
    pos = {c: i for i, c in enumerate(labels)}
    M = [[0] * len(labels) for _ in labels]
    for g, p in zip(gold, pred):
        if g in pos and p in pos:
            M[pos[g]][pos[p]] += 1
    return M


def majority_label(gold: Sequence[str]) -> str:
    """The most frequent label (ties: the alphabetically first)."""
    counts = Counter(gold)
    top = max(counts.values())
    return sorted(c for c, n in counts.items() if n == top)[0]
