"""Factuality benchmark: newstrace's author (and source) factuality against three gold sets.

Data (from the repo root, ``../shared/data/``; each set's ``SOURCE.md`` gives origin and
license). Readers and metrics are in ``newstrace.factuality_eval`` (their docstrings give the
sources of each metric and mapping).

1. **factuality-unified** (Jiang & de Marneffe, TACL 2021): MEANTIME, UW, UDS-IH2, CB,
   ``<SET>/dev.jsonl`` (``--split train`` for ``train.jsonl``). Each line is a
   whitespace-tokenised sentence (CB: a multi-sentence context) with target predicates
   (token spans) scored on the unified [-3, +3] scale. The tokens are detokenised into running
   text (``factuality_eval.detokenize``; ``--raw-tokens`` feeds the space-joined tokens
   instead) and each record is one article. A target is matched to the claim that covers it
   (``factuality_eval.pick_claim``: the claim span with the most overlap with the target,
   ties to the innermost, i.e. shortest, claim — records carry no head token). The claim's
   FactBank value is mapped to the scale: CT+ +3, PR+ +2, PS+ +1, Uu 0, PS- -1, PR- -2, CT- -3.
   **A target that no claim covers is predicted 0** (newstrace says nothing about it: bare
   reporting frames such as "X said" are not claims, nor are nominal events outside a
   clause); the number of such targets is printed, and the figures on covered targets only
   are printed beside the main ones.
   Which value: for MEANTIME, UW and UDS-IH2 the gold score is the author's commitment
   (Stanovsky et al. 2017's unified scale), so the claim's author value is used. For CB the
   gold score is the speaker's commitment to a clause embedded under a clause-embedding verb in
   an entailment-cancelling environment ("I don't think that P", "Did he know that P?").
   newstrace's author value for any reported content is ``reported`` (Uu = 0) by design
   (CONVENTIONS.md), so the author value would predict 0 for nearly every embedded clause and
   carry no information about the embedding verb. The innermost source is the one whose cue
   verb embeds the clause, and its value is what newstrace says about that verb's commitment
   ("deny" → CT-, "suggest"/"wonder" → PS+, "say" → CT+). In about two fifths of the CB items
   that source is the speaker ("I" just before the clause: 22 of 56 dev, 111 of 250 train),
   where the two commitments coincide; in the rest the gold still reflects how far the
   speaker goes along with the embedding subject. So for CB the **innermost source's** value
   is used when the matched claim has a chain, and the author's value otherwise. The
   author-value variant is printed on the next line, so the choice can be judged from the run.
   Published figures: SOURCE.md lists none (it says to take them from Table 3 of the TACL
   paper, which reports the held-back test split); the script prints that. Also printed as a
   reference point: a constant +3 ("everything happened") prediction's MAE.
2. **MEANTIME documents** (``meantime-en/docs/*.conll``, 75 shared documents): every gold event
   mention is matched to a claim as above (sentences one per line, detokenised); the author's
   value gives certainty (CT± CERTAIN, PR± PROBABLE, PS± POSSIBLE, Uu UNDERSPECIFIED) and
   polarity (+ POS, - NEG, Uu UNDERSPECIFIED); an uncovered mention counts as Uu
   (UNDERSPECIFIED / UNDERSPECIFIED), as in part 1. Accuracy and macro-F1 (over the 4 / 3
   classes) beside the majority-class baseline on the same mentions, and confusion matrices.
3. **Emergent headline stance** (Ferreira & Vlachos, NAACL 2016; train split,
   ``url-versions-2015-06-14-clean-train.csv``, 2,071 headlines of 240 claims). Each headline
   is one article. The claim is the one that best matches the Emergent claim text (Jaccard of
   content words), else the first; a headline with no claim counts as ``for`` (a verbless
   headline states its topic as fact; "for" is also the majority class). Rules: asserted →
   for, denied → against, reported / alleged / speculated / unknown → observing. Then
   10-fold claim-disjoint cross-validation (``train-claim-folds.csv``, the folds Ferreira &
   Vlachos used) of an L2 logistic regression (scikit-learn when installed, else numpy) on
   newstrace's outputs (author label and value, kind, quote type, factuality cue words, chain
   length, source types, source labels and cue words, number of claims) plus the headline's
   hedge / report / denial cue words of ``lexicons/cues.json`` (inflected forms matched).
   Per-fold and mean accuracy and macro-F1, the pooled confusion matrix, beside the published
   figure (73% accuracy, on the held-back TEST split) and the target (mean CV accuracy >= 0.73).

Run from the repo root:
    .venv/bin/python benchmarks/factuality.py [--split dev|train] [--data DIR]
        [--parts unified,meantime,emergent] [--limit N] [--raw-tokens] [--examples N]
        [--backend auto|sklearn|numpy] [--C 1.0]
``--examples N`` prints, per corpus, up to N targets with the largest error (gold, prediction,
matched claim, its label and chain), for error analysis.
A script, not a test: nothing fails on a figure. Exit codes: 0 done, 2 data missing.
"""
from __future__ import annotations

import argparse
import math
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from newstrace.factuality_eval import (  # noqa: E402
    CERTAINTY, POLARITY, STANCES, FeatureIndex, accuracy, best_matching_claim, claim_value,
    confusion_matrix, detokenize, fit_logreg, label_to_stance, macro_f1, mae, majority_label,
    meantime_text, pearson, pick_claim, predict_logreg, prf, read_claim_folds, read_emergent,
    read_meantime, read_unified, sklearn_available, space_join, stance_features,
    value_to_certainty, value_to_polarity, value_to_scale,
)

DEFAULT_DATA = ROOT.parent / "shared" / "data"
CORPORA = ("MEANTIME", "UW", "UDS_IH2", "CB")
PUBLISHED_UNIFIED = ("published (SOURCE.md): none listed; SOURCE.md says to take MAE / r from "
                     "Table 3 of Jiang & de Marneffe (TACL 2021) — BERT; earlier Pouran Ben Veyseh "
                     "et al. 2019, Rudinger et al. 2018, Stanovsky et al. 2017 — and those are on the "
                     "held-back TEST split, not on this one.")
PUBLISHED_EMERGENT = ("published (SOURCE.md): Ferreira & Vlachos 2016, logistic regression on hand "
                      "features, TEST split: accuracy 73% (repo README: 0.7328; per-class F1 for "
                      "0.789 / against 0.757 / observing 0.623)")
TARGET_ACC = 0.73


# --------------------------------------------------------------------------- helpers

def fmt(x: float) -> str:
    return "  n/a" if x is None or (isinstance(x, float) and math.isnan(x)) else f"{x:.3f}"


def read_all(texts: list[str]):
    """Readings of ``texts`` (one article each), one ``read_articles`` stream; checks that the
    text is kept exactly (offsets index it). When the stream raises, the texts are read one by
    one and a text on which newstrace raises gets an empty Reading (no claims: its targets count
    as uncovered) and is reported in ``failures``. Returns (readings, seconds, failures) with
    ``failures`` a list of ``(index, "ExceptionType: message")``."""
    from newstrace.ingest import article_from_text
    from newstrace.pipeline import build_pipeline, read_articles
    from newstrace.records import Reading

    nlp = build_pipeline()
    articles = [article_from_text(t) for t in texts]
    failures: list[tuple[int, str]] = []
    t0 = time.perf_counter()
    try:
        readings = list(read_articles(nlp, articles))
    except Exception:  # noqa: BLE001 — a pipeline error must not hide the other figures
        readings = []
        for i, art in enumerate(articles):
            try:
                readings.append(next(read_articles(nlp, [art])))
            except Exception as err:  # noqa: BLE001
                failures.append((i, f"{type(err).__name__}: {str(err)[:120]}"))
                readings.append(Reading(article=art))
    secs = time.perf_counter() - t0
    for t, r in zip(texts, readings):
        if r.article.text != t:
            raise SystemExit("factuality: newstrace changed an input text; offsets would not index it")
    return readings, secs, failures


def print_failures(failures: list[tuple[int, str]], texts: list[str]) -> None:
    """One line per text newstrace raised on (at most 5), after the count."""
    if not failures:
        return
    print(f"   !! newstrace raised on {len(failures)} text(s); they count as having no claims:")
    for i, msg in failures[:5]:
        print(f"      #{i}: {msg} — text: {texts[i][:100]!r}")


def print_matrix(labels, M, title: str, short=None) -> None:
    short = short or {c: c for c in labels}
    w = max(9, *(len(short[c]) for c in labels)) + 1
    print(f"  {title} (rows gold, columns predicted)")
    print("  " + " " * w + "".join(f"{short[c]:>{w}}" for c in labels))
    for c, row in zip(labels, M):
        print("  " + f"{short[c]:>{w}}" + "".join(f"{n:>{w}}" for n in row))


def chain_str(claim) -> str:
    if claim is None:
        return "-"
    parts = [f"{s.name} [{s.cue.text if s.cue else ''}] {s.factuality.label}/{s.factuality.value}"
             for s in claim.attribution.chain]
    return " > ".join(parts) or "(author)"


# --------------------------------------------------------------------------- part 1

def part_unified(data: Path, split: str, limit: int | None, raw: bool, examples: int) -> None:
    print(f"== 1. factuality-unified, {split} split: author factuality on the [-3, +3] scale")
    print("   (targets no claim covers are predicted 0; CB uses the innermost source's value "
          "inside reported content)")
    rows = []
    for corpus in CORPORA:
        path = data / "factuality-unified" / corpus / f"{split}.jsonl"
        if not path.is_file():
            print(f"   {corpus}: {path} missing, skipped")
            continue
        records = read_unified(path, corpus)[:limit] if limit else read_unified(path, corpus)
        joined = [(space_join if raw else detokenize)(r.tokens) for r in records]
        readings, secs, failures = read_all([t for t, _ in joined])
        if failures:
            print(f"   -- {corpus}:")
            print_failures(failures, [t for t, _ in joined])
        gold, pred, pred_author, covered = [], [], [], []
        errs, by_label = [], {}
        for rec, (text, spans), rd in zip(records, joined, readings):
            for t in rec.targets:
                s, e = spans[t.start][0], spans[t.end - 1][1]
                claim = pick_claim(rd.claims, s, e)
                if claim is None:
                    p = pa = 0
                else:
                    p = value_to_scale(claim_value(claim, innermost_source=corpus == "CB"))
                    pa = value_to_scale(claim_value(claim))
                gold.append(t.label)
                by_label.setdefault(claim.factuality.label if claim is not None else "(no claim)",
                                    []).append(t.label)
                pred.append(p)
                pred_author.append(pa)
                covered.append(claim is not None)
                errs.append((abs(t.label - p), rec, t, text, s, e, claim, p))
        cov_g = [g for g, c in zip(gold, covered) if c]
        cov_p = [p for p, c in zip(pred, covered) if c]
        row = dict(corpus=corpus, sents=len(records), targets=len(gold),
                   uncovered=covered.count(False), mae=mae(gold, pred), r=pearson(gold, pred),
                   mae_cov=mae(cov_g, cov_p) if cov_g else math.nan,
                   r_cov=pearson(cov_g, cov_p) if cov_g else math.nan,
                   mae_const=mae(gold, [3.0] * len(gold)), secs=secs, gold=gold, pred=pred,
                   by_label=by_label)
        rows.append(row)
        if corpus == "CB":
            cov_pa = [p for p, c in zip(pred_author, covered) if c]
            rows.append(dict(row, corpus="CB (author value)", mae=mae(gold, pred_author),
                             r=pearson(gold, pred_author),
                             mae_cov=mae(cov_g, cov_pa) if cov_g else math.nan,
                             r_cov=pearson(cov_g, cov_pa) if cov_g else math.nan,
                             pred=pred_author))
        if examples:
            print(f"   -- {corpus}: {examples} largest errors")
            errs.sort(key=lambda x: -x[0])
            for _, rec, t, text, s, e, claim, p in errs[:examples]:
                ctx = text if len(text) < 240 else "…" + text[max(0, s - 110):e + 110] + "…"
                print(f"      gold {t.label:+.2f} pred {p:+d}  event {text[s:e]!r}  ({rec.doc_id}/{rec.idx})")
                print(f"         text: {ctx}")
                if claim is not None:
                    print(f"         claim: {claim.text!r} {claim.factuality.label}/{claim.factuality.value} "
                          f"cues={[c.text for c in claim.factuality.cues]} chain: {chain_str(claim)}")
    print()
    print(f"   {'corpus':<18} {'sents':>6} {'targets':>7} {'uncov.':>6} | {'MAE':>6} {'r':>6} "
          f"| {'MAE cov':>7} {'r cov':>6} | {'MAE const+3':>11} | {'sec':>5}")
    for r in rows:
        print(f"   {r['corpus']:<18} {r['sents']:>6} {r['targets']:>7} {r['uncovered']:>6} | "
              f"{fmt(r['mae']):>6} {fmt(r['r']):>6} | {fmt(r['mae_cov']):>7} {fmt(r['r_cov']):>6} | "
              f"{fmt(r['mae_const']):>11} | {r['secs']:>5.1f}")
    print("   uncov. = targets in no claim (predicted 0); 'cov' = on covered targets only; "
          "const+3 = always predicting +3")
    print("   " + PUBLISHED_UNIFIED)
    print()
    print("   gold sign x predicted scale (gold < -0.5 'neg', |gold| <= 0.5 'zero', > 0.5 'pos'):")
    print(f"   {'corpus':<18} {'gold':>5} |" + "".join(f"{v:>6}" for v in (3, 2, 1, 0, -1, -2, -3)))
    for r in rows:
        for name, test in (("pos", lambda g: g > 0.5), ("zero", lambda g: abs(g) <= 0.5),
                           ("neg", lambda g: g < -0.5)):
            c = Counter(p for g, p in zip(r["gold"], r["pred"]) if test(g))
            print(f"   {r['corpus']:<18} {name:>5} |" + "".join(f"{c.get(v, 0):>6}" for v in (3, 2, 1, 0, -1, -2, -3)))
    print()
    print("   mean gold score by newstrace author label of the matched claim (n):")
    for r in rows:
        if r["corpus"].startswith("CB ("):
            continue
        cells = sorted(r["by_label"].items(), key=lambda kv: -len(kv[1]))
        print(f"   {r['corpus']:<18} " + "; ".join(f"{k} {sum(v) / len(v):+.2f} ({len(v)})" for k, v in cells))
    print()


# --------------------------------------------------------------------------- part 2

def part_meantime(data: Path, limit: int | None, raw: bool) -> None:
    print("== 2. MEANTIME documents (meantime-en/docs): certainty and polarity per event mention")
    folder = data / "meantime-en" / "docs"
    files = sorted(folder.glob("*.conll"))[:limit] if limit else sorted(folder.glob("*.conll"))
    docs = [read_meantime(f) for f in files]
    joined = [meantime_text(d, raw=raw) for d in docs]
    readings, secs, failures = read_all([t for t, _ in joined])
    print_failures(failures, [t for t, _ in joined])
    g_cert, p_cert, g_pol, p_pol, cov = [], [], [], [], []
    for doc, (text, spans), rd in zip(docs, joined, readings):
        for m in doc.mentions:
            s, e = spans[min(m.tokens)][0], spans[max(m.tokens)][1]
            claim = pick_claim(rd.claims, s, e)
            value = claim.factuality.value if claim is not None else "Uu"
            g_cert.append(m.certainty)
            g_pol.append(m.polarity)
            p_cert.append(value_to_certainty(value))
            p_pol.append(value_to_polarity(value))
            cov.append(claim is not None)
    n = len(g_cert)
    print(f"   {len(docs)} documents, {n} event mentions, {cov.count(False)} in no claim "
          f"(predicted UNDERSPECIFIED / UNDERSPECIFIED); {secs:.1f} s")
    print(f"   {'attribute':<10} {'system':<22} {'accuracy':>8} {'macro-F1':>8} | {'acc. covered':>12}")
    for name, labels, g, p in (("certainty", CERTAINTY, g_cert, p_cert),
                               ("polarity", POLARITY, g_pol, p_pol)):
        maj = majority_label(g)
        base = [maj] * n
        gc = [x for x, c in zip(g, cov) if c]
        pc = [x for x, c in zip(p, cov) if c]
        print(f"   {name:<10} {'newstrace':<22} {fmt(accuracy(g, p)):>8} {fmt(macro_f1(g, p, labels)):>8} | "
              f"{fmt(accuracy(gc, pc) if gc else math.nan):>12}")
        print(f"   {'':<10} {'majority (' + maj + ')':<22} {fmt(accuracy(g, base)):>8} "
              f"{fmt(macro_f1(g, base, labels)):>8} |")
        print("   per class (P / R / F1, gold count): " + "; ".join(
            f"{c} {prf(g, p, c)[0]:.2f}/{prf(g, p, c)[1]:.2f}/{prf(g, p, c)[2]:.2f} ({g.count(c)})"
            for c in labels))
    short = {"CERTAIN": "CERT", "PROBABLE": "PROB", "POSSIBLE": "POSS", "UNDERSPECIFIED": "UNDERSP",
             "POS": "POS", "NEG": "NEG"}
    print_matrix(CERTAINTY, confusion_matrix(g_cert, p_cert, CERTAINTY), "certainty", short)
    print_matrix(POLARITY, confusion_matrix(g_pol, p_pol, POLARITY), "polarity", short)
    print("   published: none for this document split (meantime-en/SOURCE.md)")
    print()


# --------------------------------------------------------------------------- part 3

def top_features(model, names: list[str], k: int = 6) -> list[str]:
    import numpy as np

    W = model.model.coef_.T if model.backend == "sklearn" else model.W
    if W.shape[1] == 1:  # binary sklearn model: not expected with three classes
        return []
    out = []
    for j, c in enumerate(model.classes):
        order = np.argsort(-W[:, j])[:k]
        out.append(f"{c}: " + ", ".join(f"{names[i]} ({W[i, j]:+.2f})" for i in order))
    return out


def part_emergent(data: Path, limit: int | None, backend: str, C: float) -> None:
    from newstrace.lexicons import cues

    print("== 3. Emergent headline stance (train split, 10-fold claim-disjoint CV)")
    folder = data / "emergent"
    rows = read_emergent(folder / "url-versions-2015-06-14-clean-train.csv")
    folds = read_claim_folds(folder / "train-claim-folds.csv")
    if limit:
        rows = rows[:limit]
    missing = {r.claim_id for r in rows} - set(folds)
    if missing:
        print(f"   {len(missing)} claims have no fold; their rows are left out")
        rows = [r for r in rows if r.claim_id in folds]
    readings, secs, failures = read_all([r.headline for r in rows])
    print_failures(failures, [r.headline for r in rows])
    lex = cues()
    gold = [r.stance for r in rows]
    rule, feats, labels_seen, no_claim = [], [], Counter(), 0
    for r, rd in zip(rows, readings):
        claim = best_matching_claim(rd.claims, r.claim)
        label = claim.factuality.label if claim is not None else None
        no_claim += claim is None
        labels_seen[label or "(no claim)"] += 1
        rule.append(label_to_stance(label))
        feats.append(stance_features(claim, len(rd.claims), r.headline, lex))
    fold_of = [folds[r.claim_id] for r in rows]
    print(f"   {len(rows)} headlines of {len({r.claim_id for r in rows})} claims; "
          f"{no_claim} headlines gave no claim (counted as 'for'); {secs:.1f} s")
    print("   gold: " + ", ".join(f"{c} {gold.count(c)}" for c in STANCES)
          + "; newstrace author labels: " + ", ".join(f"{k} {v}" for k, v in labels_seen.most_common()))
    maj = majority_label(gold)
    print(f"   {'system':<34} {'accuracy':>8} {'macro-F1':>8} | F1 for / against / observing")

    def line(name, g, p):
        f1s = " / ".join(f"{prf(g, p, c)[2]:.3f}" for c in STANCES)
        print(f"   {name:<34} {fmt(accuracy(g, p)):>8} {fmt(macro_f1(g, p, STANCES)):>8} | {f1s}")

    line(f"majority ({maj})", gold, [maj] * len(gold))
    line("newstrace rules (whole train)", gold, rule)

    backend_used = backend if backend != "auto" else ("sklearn" if sklearn_available() else "numpy")
    pooled = [None] * len(rows)
    per_fold = []
    for k in sorted(set(fold_of)):
        tr = [i for i, f in enumerate(fold_of) if f != k]
        te = [i for i, f in enumerate(fold_of) if f == k]
        index = FeatureIndex().fit(feats[i] for i in tr)
        model = fit_logreg(index.transform([feats[i] for i in tr]), [gold[i] for i in tr],
                           C=C, backend=backend_used)
        pred = predict_logreg(model, index.transform([feats[i] for i in te]))
        for i, p in zip(te, pred):
            pooled[i] = p
        g = [gold[i] for i in te]
        rp = [rule[i] for i in te]
        per_fold.append((k, len(te), accuracy(g, pred), macro_f1(g, pred, STANCES),
                         accuracy(g, rp), macro_f1(g, rp, STANCES)))
    line("logistic regression, CV pooled", gold, pooled)
    print()
    print(f"   per fold ({backend_used} LogisticRegression, C={C}; features fitted on the 9 training folds):")
    print(f"   {'fold':>4} {'heads':>5} | {'LR acc':>7} {'LR F1':>7} | {'rules acc':>9} {'rules F1':>8}")
    for k, n, a, f, ra, rf in per_fold:
        print(f"   {k:>4} {n:>5} | {a:>7.3f} {f:>7.3f} | {ra:>9.3f} {rf:>8.3f}")
    mean = lambda xs: sum(xs) / len(xs)  # noqa: E731
    macc, mf1 = mean([x[2] for x in per_fold]), mean([x[3] for x in per_fold])
    print(f"   {'mean':>4} {'':>5} | {macc:>7.3f} {mf1:>7.3f} | "
          f"{mean([x[4] for x in per_fold]):>9.3f} {mean([x[5] for x in per_fold]):>8.3f}")
    print(f"   target: mean CV accuracy >= {TARGET_ACC:.2f} -> {'MET' if macc >= TARGET_ACC else 'NOT MET'} "
          f"({macc:.3f})")
    print("   " + PUBLISHED_EMERGENT)
    print()
    print_matrix(STANCES, confusion_matrix(gold, rule, STANCES), "rules, whole train split")
    print_matrix(STANCES, confusion_matrix(gold, pooled, STANCES),
                 "logistic regression, pooled over the 10 CV test folds")
    index = FeatureIndex().fit(feats)
    model = fit_logreg(index.transform(feats), gold, C=C, backend=backend_used)
    print(f"   heaviest features of a model fitted on the whole train split ({len(index.names)} features):")
    for s in top_features(model, index.names):
        print("     " + s)
    print()


# --------------------------------------------------------------------------- main

def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", choices=("train", "dev"), default="dev",
                    help="factuality-unified split (part 1)")
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the shared/data folder")
    ap.add_argument("--parts", default="unified,meantime,emergent")
    ap.add_argument("--limit", type=int, default=None, help="first N records / documents / headlines")
    ap.add_argument("--raw-tokens", action="store_true", help="feed space-joined tokens, no detokenising")
    ap.add_argument("--examples", type=int, default=0, help="print the N largest errors per corpus (part 1)")
    ap.add_argument("--backend", choices=("auto", "sklearn", "numpy"), default="auto")
    ap.add_argument("--C", type=float, default=1.0, help="inverse L2 strength of the logistic regression")
    args = ap.parse_args(argv)
    parts = {p.strip() for p in args.parts.split(",") if p.strip()}
    needed = {"unified": args.data / "factuality-unified", "meantime": args.data / "meantime-en" / "docs",
              "emergent": args.data / "emergent" / "url-versions-2015-06-14-clean-train.csv"}
    for p in parts:
        if p not in needed:
            ap.error(f"unknown part {p!r}")
        if not needed[p].exists():
            print(f"factuality: data missing: {needed[p]}")
            return 2
    t0 = time.perf_counter()
    print(f"newstrace factuality benchmark (text: {'space-joined tokens' if args.raw_tokens else 'detokenised'})")
    print()
    if "unified" in parts:
        part_unified(args.data, args.split, args.limit, args.raw_tokens, args.examples)
    if "meantime" in parts:
        part_meantime(args.data, args.limit, args.raw_tokens)
    if "emergent" in parts:
        part_emergent(args.data, args.limit, args.backend, args.C)
    print(f"total {time.perf_counter() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
