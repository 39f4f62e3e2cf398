"""Train the learned cue classifier of the attribution component on PolNeAR's training split.

What it learns: for every verb of a text (spaCy ``pos_ == "VERB"``), whether PolNeAR's annotators
marked it as (part of) an attribution cue, from the binary parse features of
``newstrace.components.cue_rules.cue_features`` (lemma, complements, prepositions, subject and
object classes, negation, voice…). Model: L2-regularised logistic regression (scikit-learn
``LogisticRegression``, liblinear), the classic choice for sparse binary features; here it is the
"classifier over parse features" of issue 3, item 4. The attribution component uses it where its
hand rules find no source (``cue_probability``); the rules stay the first resort.

Data: PolNeAR v1.0 ``train/`` only (Newell, Margolin & Ruths, LREC 2018; months 1-10; the first
annotator's ``.ann`` per text), parsed by the same pipeline newstrace runs (``build_pipeline``
up to the named entities). ``dev/`` is not read; ``test/`` is held back.

Output: ``src/newstrace/lexicons/cues_learned.json`` keeps its verb table (written by
``learn_cues.py``) and gets a ``model`` entry: ``{"bias", "weights": {feature: weight}}`` with
weights rounded to 3 decimals, |weight| < 0.01 left out. Features seen fewer than ``--min-count``
times in the fitting texts are dropped before fitting, so a rare verb is judged by its general
features. Before the final fit, an out-of-fold check (five folds of whole texts of train/ without
the held-out fifth, :func:`out_of_fold`) prints the average precision of the cue decision and its
precision / recall at the attribution component's threshold (0.879; threshold 0.3: precision
0.747, recall 0.824), and a held-out check trains on four fifths of the texts and prints precision
/ recall on the last fifth at several thresholds.

Frame and context features tried and not shipped (session 25): the class of the source as
``speakers.subject_of`` finds it, the kind of complement (that-clause, indirect question, bare
clause, infinitive), the cue lexicon's lists holding the lemma, the object's lemma and whether it
is a stance noun, each preposition's object lemma, quotation marks in the sentence. Out of fold
the average precision rose 0.879 -> 0.886 (threshold 0.3: precision 0.747 -> 0.756, recall 0.824
-> 0.832); on the held-out fifth (both learned models refitted without it) attributions matched
2461 -> 2472 (system 2877 -> 2902, F1 0.768 both), cue F1 0.767 -> 0.769; but the shifted
probabilities moved the learned act threshold from 0.55 to 0.6 and lost cases that tests hold
from PolNeAR gold or by an editor's reading ("Trump is looking to smooth over…", "Investigators
are trying to determine whether…"). The sentence's position, tense and aspect, a relative clause's
head, the complement's own subject, and lemma x source x complement conjunctions added nothing out
of fold; ``--min-count 5`` added 0.0016 but doubled the weights (470 KB).

Contextual token vectors do not help here: the 96-dimensional ``doc.tensor`` of en_core_web_sm's
tok2vec (of the word, its head, its subject, its first complement and the sentence mean), added
to these features' out-of-fold score in a gradient-boosted classifier (scikit-learn
``HistGradientBoostingClassifier``) over every verb, noun, adjective and preposition, lowered the
average precision of the cue decision on the held-out fifth from 0.720 to 0.644; of the words it
took for cues where newstrace had no cue, 243 were gold cues and 406 not at 0.6 (the sparse
features alone: 218 and 188).

Usage: python training/train_cue_model.py [--data ../shared/data/polnear] [--out PATH]
        [--C 0.25] [--min-count 10] [--cache DIR] [--leave-out-fifth]
``--cache DIR`` keeps the parsed texts (spaCy DocBin) for a quicker second run;
``--leave-out-fifth`` fits without the held-out fifth (texts number 4, 9, 14… in sorted order),
so that the attribution figures on that fifth measure unseen texts during development; the
shipped model is fitted on all of ``train/``.
"""
from __future__ import annotations

import argparse
import collections
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
C = 0.25  # inverse regularisation strength (train_act_model.py cross-fits the cue model with it too)
MIN_COUNT = 10  # features seen fewer times in the fitting texts are dropped
PARSE = ("tok2vec", "tagger", "newstrace_paragraphs", "parser", "attribute_ruler", "lemmatizer", "ner")


def parsed(docs, cache: Path | None):
    """spaCy Docs of the texts, parsed by newstrace's pipeline up to the NER (from ``cache``
    when it holds them)."""
    from spacy.tokens import DocBin

    from newstrace.pipeline import build_pipeline

    nlp = build_pipeline()
    path = cache / "polnear-train.spacy" if cache else None
    if path is not None and path.is_file():
        out = list(DocBin().from_disk(path).get_docs(nlp.vocab))
        if len(out) == len(docs) and all(d.text == g.text for d, g in zip(out, docs)):
            return out
    with nlp.select_pipes(enable=list(PARSE)):
        out = list(nlp.pipe((d.text for d in docs), batch_size=16))
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        DocBin(store_user_data=False, docs=out).to_disk(path)
    return out


def examples(gold_docs, docs):
    """``(features, label, doc number)`` per verb; label 1 when the verb's first character lies
    in a gold cue span."""
    from newstrace.components.cue_rules import cue_features

    out = []
    for n, (g, doc) in enumerate(zip(gold_docs, docs)):
        cue_chars = {i for a in g.gold for s, e in a.cue for i in range(s, e)}
        for tok in doc:
            if tok.pos_ == "VERB":
                out.append((cue_features(tok), int(tok.idx in cue_chars), n))
    return out


def _int32(X):
    """A CSR matrix with 32-bit index arrays (liblinear refuses 64-bit ones)."""
    import numpy as np

    X = X.tocsr()
    X.indices = X.indices.astype(np.int32)
    X.indptr = X.indptr.astype(np.int32)
    return X


def fit(rows, C: float):
    """``(vectorizer, classifier)``: an L2 logistic regression (liblinear) over rows whose first
    two items are the binary feature names and the 0/1 label (``train_act_model.py`` fits its
    rows with it too)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    X = _int32(vec.fit_transform([{k: 1 for k in r[0]} for r in rows]))
    clf = LogisticRegression(C=C, solver="liblinear", max_iter=1000).fit(X, [r[1] for r in rows])
    return vec, clf


def predict(model, rows):
    """P(label 1) of each row (features first) by a model of :func:`fit`."""
    vec, clf = model
    return clf.predict_proba(_int32(vec.transform([{k: 1 for k in r[0]} for r in rows])))[:, 1]


def fold(n: int) -> int:
    """The cross-validation fold of text number ``n`` (``train_act_model.py`` folds by it too)."""
    return (n // 5) % 5


def pruned(rows, fitting, min_count: int):
    """``rows`` less the features seen in fewer than ``min_count`` rows of ``fitting``."""
    counts = collections.Counter(k for f, _, _ in fitting for k in set(f))
    return [([k for k in f if counts[k] >= min_count], lab, n) for f, lab, n in rows]


def out_of_fold(rows, C: float, min_count: int) -> None:
    """Print the average precision of the cue decision and its precision / recall at
    ``cue_rules.MODEL_THRESHOLD``, 0.5 and 0.6, out of fold over five folds of whole texts
    (:func:`fold`) of ``rows`` (features pruned on each fold's fitting texts)."""
    import numpy as np
    from sklearn.metrics import average_precision_score

    from newstrace.components.cue_rules import MODEL_THRESHOLD

    probs, gold = np.zeros(len(rows)), np.array([r[1] for r in rows])
    for f in range(5):
        test = [i for i, r in enumerate(rows) if fold(r[2]) == f]
        fitting = [r for r in rows if fold(r[2]) != f]
        probs[test] = predict(fit(pruned(fitting, fitting, min_count), C),
                              pruned([rows[i] for i in test], fitting, min_count))
    print(f"  out of fold (train without the held-out fifth): average precision "
          f"{average_precision_score(gold, probs):.4f}")
    for thr in (MODEL_THRESHOLD, 0.5, 0.6):
        tp, pp = int(((probs >= thr) & (gold == 1)).sum()), int((probs >= thr).sum())
        print(f"  out of fold, threshold {thr}: cue P {tp / max(pp, 1):.3f} R {tp / max(gold.sum(), 1):.3f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "polnear")
    ap.add_argument("--out", type=Path, default=ROOT / "src" / "newstrace" / "lexicons" / "cues_learned.json")
    ap.add_argument("--C", type=float, default=C, help="inverse regularisation strength")
    ap.add_argument("--min-count", type=int, default=MIN_COUNT, help="keep features seen at least this often")
    ap.add_argument("--cache", type=Path, default=None, help="directory for the parsed texts")
    ap.add_argument("--leave-out-fifth", action="store_true",
                    help="fit the shipped model without the held-out fifth too (for measuring the "
                         "attribution component on texts the model has not seen)")
    args = ap.parse_args()

    from newstrace.scoring import read_polnear

    gold = read_polnear(args.data / "train")
    rows = examples(gold, parsed(gold, args.cache))
    print(f"{len(gold)} texts, {len(rows)} verbs, {sum(r[1] for r in rows)} cues")

    # features seen fewer than --min-count times in the fitting texts are dropped before fitting,
    # so that a rare verb is judged by its general features rather than by a few examples
    train = [r for r in rows if r[2] % 5 != 4]
    out_of_fold(train, args.C, args.min_count)
    rows = pruned(rows, train if args.leave_out_fifth else rows, args.min_count)
    # held-out check: texts n % 5 == 4
    train = [r for r in rows if r[2] % 5 != 4]
    final = train if args.leave_out_fifth else rows
    held = [r for r in rows if r[2] % 5 == 4]
    probs = predict(fit(train, args.C), held)
    for thr in (0.3, 0.4, 0.5, 0.6, 0.7):
        tp = sum(1 for p, r in zip(probs, held) if p >= thr and r[1])
        pp = sum(1 for p in probs if p >= thr)
        gp = sum(r[1] for r in held)
        print(f"  held-out fifth, threshold {thr}: cue P {tp / max(pp, 1):.3f} R {tp / max(gp, 1):.3f}")

    vec, clf = fit(final, args.C)
    weights = {name: round(float(w), 3) for name, w in zip(vec.get_feature_names_out(), clf.coef_[0])
               if abs(w) >= 0.01}
    table = json.loads(args.out.read_text(encoding="utf-8")) if args.out.is_file() else {}
    table["model"] = {
        "_source": "L2 logistic regression (scikit-learn, liblinear, C=%g) over the binary parse features of "
                   "newstrace.components.cue_rules.cue_features; label: the verb starts a PolNeAR cue span; "
                   "PolNeAR v1.0 train/ (Newell et al., LREC 2018), first annotator per text; written by "
                   "training/train_cue_model.py." % args.C,
        "bias": round(float(clf.intercept_[0]), 3),
        "weights": dict(sorted(weights.items())),
    }
    args.out.write_text(json.dumps(table, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(weights)} weights -> {args.out}")


if __name__ == "__main__":
    main()
