"""Unit tests of newstrace.factuality_eval on tiny hand-made inputs; the expected figures are
computed by hand in the comments. No model needed."""
from __future__ import annotations

import math
from types import SimpleNamespace

import pytest

from newstrace.factuality_eval import (
    CERTAINTY, POLARITY, SCALE, STANCES, FeatureIndex, accuracy, best_matching_claim,
    claim_value, confusion_matrix, detokenize, fit_logreg, headline_cues, inflections,
    label_to_stance, macro_f1, mae, majority_label, meantime_text, overlap_score, pearson,
    pick_claim, predict_logreg, prf, read_claim_folds, read_emergent, read_meantime,
    read_unified, space_join, stance_features, value_to_certainty, value_to_polarity,
    value_to_scale, words,
)
from newstrace.records import Attribution, Claim, Cue, Factuality, Source

approx = pytest.approx


# --------------------------------------------------------------------------- mappings

def test_value_to_scale_all_seven_values():
    expected = {"CT+": 3, "PR+": 2, "PS+": 1, "Uu": 0, "PS-": -1, "PR-": -2, "CT-": -3}
    assert {v: value_to_scale(v) for v in expected} == expected
    assert SCALE == expected
    with pytest.raises(KeyError):
        value_to_scale("CTu")


def test_value_to_certainty_and_polarity():
    assert [value_to_certainty(v) for v in ("CT+", "CT-", "PR+", "PR-", "PS+", "PS-", "Uu")] == [
        "CERTAIN", "CERTAIN", "PROBABLE", "PROBABLE", "POSSIBLE", "POSSIBLE", "UNDERSPECIFIED"]
    assert [value_to_polarity(v) for v in ("CT+", "PR+", "PS+", "CT-", "PR-", "PS-", "Uu")] == [
        "POS", "POS", "POS", "NEG", "NEG", "NEG", "UNDERSPECIFIED"]
    assert set(CERTAINTY) == {"CERTAIN", "PROBABLE", "POSSIBLE", "UNDERSPECIFIED"}
    assert set(POLARITY) == {"POS", "NEG", "UNDERSPECIFIED"}


def test_label_to_stance():
    assert label_to_stance("asserted") == "for"
    assert label_to_stance("denied") == "against"
    for lab in ("reported", "alleged", "speculated", "unknown"):
        assert label_to_stance(lab) == "observing"
    assert label_to_stance(None) == "for"       # no claim in the headline
    assert set(STANCES) == {"for", "against", "observing"}


# --------------------------------------------------------------------------- metrics

def test_mae_by_hand():
    # |3-3| + |0-1| + |-3-(-1)| = 0 + 1 + 2 = 3, over 3 items
    assert mae([3, 0, -3], [3, 1, -1]) == approx(1.0)
    with pytest.raises(ValueError):
        mae([], [])
    with pytest.raises(ValueError):
        mae([1, 2], [1])


def test_pearson_by_hand():
    # gold 1,2,3 (mean 2, deviations -1,0,1); pred 2,4,7 (mean 13/3, deviations -7/3,-1/3,8/3)
    # cov = 7/3 + 0 + 8/3 = 5; var_g = 2; var_p = (49+1+64)/9 = 114/9
    # r = 5 / sqrt(2 * 114/9) = 15 / sqrt(228)
    assert pearson([1, 2, 3], [2, 4, 7]) == approx(15 / math.sqrt(228))
    assert pearson([1, 2, 3], [3, 2, 1]) == approx(-1.0)
    assert math.isnan(pearson([1, 2, 3], [3, 3, 3]))   # constant prediction: undefined
    assert math.isnan(pearson([1], [1]))


def test_accuracy_prf_macro_f1_confusion_by_hand():
    gold = ["a", "a", "b", "c"]
    pred = ["a", "b", "b", "a"]
    assert accuracy(gold, pred) == approx(0.5)
    # a: tp 1, predicted 2, gold 2 -> P 1/2, R 1/2, F1 1/2
    assert prf(gold, pred, "a") == approx((0.5, 0.5, 0.5))
    # b: tp 1, predicted 2, gold 1 -> P 1/2, R 1, F1 = 2(1/2)(1)/(3/2) = 2/3
    assert prf(gold, pred, "b") == approx((0.5, 1.0, 2 / 3))
    # c: never predicted -> 0, 0, 0
    assert prf(gold, pred, "c") == approx((0.0, 0.0, 0.0))
    # macro = (1/2 + 2/3 + 0) / 3 = 7/18
    assert macro_f1(gold, pred) == approx(7 / 18)
    # with an extra class that neither side has, it still counts (F1 0): (7/6) / 4
    assert macro_f1(gold, pred, ["a", "b", "c", "d"]) == approx(7 / 24)
    assert confusion_matrix(gold, pred, ["a", "b", "c"]) == [[1, 1, 0], [0, 1, 0], [1, 0, 0]]


def test_majority_label_and_baseline():
    gold = ["for", "observing", "for", "against", "observing"]
    assert majority_label(gold) == "for"       # tie for/observing -> alphabetically first
    base = ["for"] * len(gold)
    # majority baseline: accuracy 2/5; F1 for = 2(2/5)(1)/(7/5) = 4/7; others 0 -> macro 4/21
    assert accuracy(gold, base) == approx(0.4)
    assert macro_f1(gold, base, STANCES) == approx(4 / 21)


# --------------------------------------------------------------------------- readers

def test_read_unified_two_lines(tmp_path):
    p = tmp_path / "MEANTIME" / "dev.jsonl"
    p.parent.mkdir()
    p.write_text(
        '{"text": "Apple did n\'t launch it .", "targets": [{"span1": [3, 4], "label": -3.0, '
        '"span_text": "launch"}], "file_idx": 7, "idx": 0}\n'
        '{"text": "She said he left .", "targets": [{"span1": [2, 4], "span_text": "he left", '
        '"label": 2.5}], "uID": "BNC-1", "idx": 1}\n', encoding="utf-8")
    recs = read_unified(p)
    assert [r.corpus for r in recs] == ["MEANTIME", "MEANTIME"]
    assert recs[0].tokens == ["Apple", "did", "n't", "launch", "it", "."]
    assert recs[0].doc_id == "7" and recs[1].doc_id == "BNC-1"
    t0, t1 = recs[0].targets[0], recs[1].targets[0]
    assert (t0.start, t0.end, t0.label, t0.span_text) == (3, 4, -3.0, "launch")
    assert (t1.start, t1.end, t1.label) == (2, 4, 2.5)


def test_read_unified_rejects_misaligned_span(tmp_path):
    p = tmp_path / "x.jsonl"
    p.write_text('{"text": "a b c", "targets": [{"span1": [0, 1], "label": 1, "span_text": "b"}], '
                 '"idx": 0}\n', encoding="utf-8")
    with pytest.raises(ValueError):
        read_unified(p, "X")


CONLL = (
    "1\tFord\t_\t_\t_\t_\n"
    "2\tcuts\tB-E-3\tB-CERTAIN-3\tB-POS-3\tB-NON_FUTURE-3\n"
    "3\tjobs\t_\t_\t_\t_\n"
    "\n"
    "4\tIt\t_\t_\t_\t_\n"
    "5\tmay\t_\t_\t_\t_\n"
    "6\tnot\t_\t_\t_\t_\n"
    "7\tclose\tB-E-9\tB-POSSIBLE-9\tB-NEG-9\tB-FUTURE-9\n"
    "8\tplants\tI-E-9\tI-POSSIBLE-9\tI-NEG-9\tI-FUTURE-9\n"
    "9\t.\t_\t_\t_\t_\n"
    "\n"
)


def test_read_meantime(tmp_path):
    p = tmp_path / "123_Ford_cuts_jobs.xml.conll"
    p.write_text(CONLL, encoding="utf-8")
    doc = read_meantime(p)
    assert doc.name == "123_Ford_cuts_jobs"
    assert doc.sentences == [["Ford", "cuts", "jobs"], ["It", "may", "not", "close", "plants", "."]]
    assert [(m.eid, m.tokens, m.certainty, m.polarity, m.time) for m in doc.mentions] == [
        ("3", [1], "CERTAIN", "POS", "NON_FUTURE"), ("9", [6, 7], "POSSIBLE", "NEG", "FUTURE")]
    text, spans = meantime_text(doc)
    assert text == "Ford cuts jobs\nIt may not close plants."
    s, e = spans[6][0], spans[7][1]
    assert text[s:e] == "close plants"


def test_read_emergent_and_folds(tmp_path):
    csv_path = tmp_path / "e.csv"
    csv_path.write_text(
        ",claimHeadline,articleHeadline,articleHeadlineStance,articleId,claimId\n"
        '0,Apple will sell 19 million watches,"BMO forecasts 19M watch sales, says analyst",observing,a1,c1\n'
        "1,A man kept a burger,World's oldest burger,for,a2,c2\n", encoding="utf-8")
    rows = read_emergent(csv_path)
    assert [(r.claim_id, r.stance, r.article_id) for r in rows] == [("c1", "observing", "a1"), ("c2", "for", "a2")]
    assert rows[0].headline == "BMO forecasts 19M watch sales, says analyst"
    folds = tmp_path / "f.csv"
    folds.write_text("claimId,fold\nc1,1\nc2,10\n", encoding="utf-8")
    assert read_claim_folds(folds) == {"c1": 1, "c2": 10}


# --------------------------------------------------------------------------- text handling

def test_detokenize_keeps_token_spans():
    toks = ["Castro", "said", "Miami", "-", "based", "exiles", "do", "n't", "(", "yes", ")",
            "it", "'s", '"', "ok", '"', ",", "$", "5", "."]
    text, spans = detokenize(toks)
    assert text == 'Castro said Miami-based exiles don\'t (yes) it\'s "ok", $5.'
    assert [text[s:e] for s, e in spans] == toks
    raw, rspans = space_join(toks)
    assert raw == " ".join(toks)
    assert [raw[s:e] for s, e in rspans] == toks


def C(s, e, text="", label="asserted", value="CT+", chain=()):
    return SimpleNamespace(start_char=s, end_char=e, text=text,
                           factuality=SimpleNamespace(label=label, value=value),
                           attribution=SimpleNamespace(chain=list(chain)))


def test_pick_claim_innermost_and_none():
    outer, inner, other = C(0, 50), C(10, 30), C(60, 80)
    assert pick_claim([outer, inner, other], 12, 15) is inner      # both cover it: the shorter
    assert pick_claim([outer, inner, other], 40, 45) is outer
    assert pick_claim([outer, inner, other], 52, 55) is None       # between claims
    # a multi-token target [5, 30): overlap 5 with the first claim, 22 with the second
    first, second = C(0, 10), C(8, 40)
    assert pick_claim([first, second], 5, 30) is second


def test_claim_value_author_or_innermost_source():
    src = SimpleNamespace(factuality=SimpleNamespace(value="CT-"))
    c = C(0, 5, value="Uu", chain=[SimpleNamespace(factuality=SimpleNamespace(value="CT+")), src])
    assert claim_value(c) == "Uu"
    assert claim_value(c, innermost_source=True) == "CT-"
    assert claim_value(C(0, 5, value="PS+"), innermost_source=True) == "PS+"   # no chain


def test_words_overlap_and_best_claim():
    assert words("Police didn’t deny it") == ["police", "did", "n't", "deny", "it"]
    # content words {apple, sell, watches} vs {apple, watches, 2015}: 2 shared of 4
    assert overlap_score("Apple will sell watches", "Apple watches in 2015") == approx(0.5)
    claims = [C(0, 5, text="Would you eat it"), C(6, 20, text="Men keep burger for 20 years")]
    assert best_matching_claim(claims, "Two men kept a burger for 20 years") is claims[1]
    assert best_matching_claim(claims, "nothing shared") is claims[0]
    assert best_matching_claim([], "x") is None


def test_inflections_and_headline_cues():
    assert {"denies", "denied", "denying"} <= inflections("deny")
    assert {"admitted", "admitting", "admits"} <= inflections("admit")
    assert {"said", "says"} <= inflections("say")
    assert {"is", "was"} <= inflections("be")
    lex = {"report_denying": ["deny"], "negation": ["not", "n't"],
           "according_to": ["according to"], "hedge_speculative_verb": ["be said"],
           "report_neutral": ["say"]}
    hits = headline_cues("Police denied it; it isn't true, according to reports. He is said to", lex)
    assert hits == [("hedge_speculative_verb", "be said"), ("report_neutral", "say"),
                    ("report_denying", "deny"), ("negation", "n't"), ("according_to", "according to")]
    assert headline_cues("Nothing here", lex) == []


# --------------------------------------------------------------------------- features, classifier

def test_stance_features_from_a_claim_record():
    src = Source(name="Police", mention="Police", start_char=0, end_char=6, type="official",
                 cue=Cue(text="denied", start_char=7, end_char=13),
                 factuality=Factuality(label="denied", value="CT-",
                                       cues=[Cue(text="denied", start_char=7, end_char=13)]))
    claim = Claim(id="c1", text="the attack happened", start_char=19, end_char=38,
                  factuality=Factuality(label="reported", value="Uu",
                                        cues=[Cue(text="denied", start_char=7, end_char=13)]),
                  attribution=Attribution(chain=[src], origin=src, quote="indirect"))
    f = stance_features(claim, 1, "Police denied that the attack happened", {"report_denying": ["deny"]})
    assert f["label=reported"] == f["value=Uu"] == f["src_type=official"] == 1.0
    assert f["src_label=denied"] == f["fcue=denied"] == f["srccue=denied"] == 1.0
    assert f["chain_len"] == 1.0 and f["chain_len=1"] == 1.0
    assert f["hcue=report_denying:deny"] == f["hclass=report_denying"] == 1.0
    g = stance_features(None, 0, "World's oldest burger", {})
    assert g == {"bias": 1.0, "n_claims": 0.0, "no_claim": 1.0}


def test_feature_index_and_numpy_logreg_on_separable_data():
    rows = [{"bias": 1, "neg": 1}, {"bias": 1, "neg": 1}, {"bias": 1, "hedge": 1},
            {"bias": 1, "hedge": 1}, {"bias": 1}, {"bias": 1}]
    y = ["against", "against", "observing", "observing", "for", "for"]
    index = FeatureIndex().fit(rows)
    assert index.names == ["bias", "neg", "hedge"]
    X = index.transform(rows)
    assert X.tolist()[0] == [1, 1, 0]
    model = fit_logreg(X, y, C=10.0, backend="numpy", max_iter=5000)
    assert predict_logreg(model, X) == y
    # an unseen feature is dropped at transform time
    assert index.transform([{"bias": 1, "unseen": 1}]).tolist() == [[1, 0, 0]]
