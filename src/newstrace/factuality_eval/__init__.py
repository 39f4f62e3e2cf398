"""Readers, mappings and metrics of the factuality benchmark (``benchmarks/factuality.py``):
newstrace's FactBank values scored against the unified event-factuality sets, MEANTIME's
certainty and polarity, and Emergent's headline stance. Its modules, by kind:

* :mod:`.readers`: the gold sets, each described in its ``shared/data/<set>/SOURCE.md``
  (:func:`read_unified`, :func:`read_meantime`, :func:`read_emergent`, :func:`read_claim_folds`);
* :mod:`.text`: running text from the gold tokens with each token's character span
  (:func:`detokenize`, :func:`space_join`, :func:`meantime_text`), and :func:`words`;
* :mod:`.mappings`: a FactBank value or author label as each set's label (:func:`value_to_scale`,
  :func:`value_to_certainty`, :func:`value_to_polarity`, :func:`label_to_stance`);
* :mod:`.matching`: the claim a gold item is scored against and its value (:func:`pick_claim`,
  :func:`best_matching_claim`, :func:`claim_value`);
* :mod:`.features`: an Emergent headline's features for the stance classifier
  (:func:`stance_features`, :func:`headline_cues`, :class:`FeatureIndex`);
* :mod:`.logreg`: multinomial L2 logistic regression (:func:`fit_logreg`, :func:`predict_logreg`;
  scikit-learn when installed, else numpy);
* :mod:`.metrics`: MAE, Pearson's r, accuracy, per-class P / R / F1, macro-F1, confusion matrix,
  majority label.

Imports no spaCy and no model, so the unit tests run without one (numpy and scikit-learn are
imported only when a classifier is fitted). The names below are the ones the benchmark and the
tests import.
"""
from newstrace.factuality_eval.mappings import (
    CERTAINTY, POLARITY, SCALE, STANCES, label_to_stance, value_to_certainty, value_to_polarity,
    value_to_scale,
)
from newstrace.factuality_eval.readers import (
    EmergentRow, FactRecord, FactTarget, MeantimeDoc, MeantimeMention, read_claim_folds, read_emergent,
    read_meantime, read_unified,
)
from newstrace.factuality_eval.text import detokenize, meantime_text, space_join, words
from newstrace.factuality_eval.matching import STOPWORDS, best_matching_claim, claim_value, overlap_score, pick_claim
from newstrace.factuality_eval.features import CUE_CLASSES, FeatureIndex, headline_cues, inflections, stance_features
from newstrace.factuality_eval.logreg import LogReg, fit_logreg, predict_logreg, sklearn_available
from newstrace.factuality_eval.metrics import (
    accuracy, confusion_matrix, macro_f1, mae, majority_label, pearson, prf,
)

__all__ = [
    "CERTAINTY", "CUE_CLASSES", "POLARITY", "SCALE", "STANCES", "STOPWORDS",
    "EmergentRow", "FactRecord", "FactTarget", "FeatureIndex", "LogReg", "MeantimeDoc", "MeantimeMention",
    "accuracy", "best_matching_claim", "claim_value", "confusion_matrix", "detokenize", "fit_logreg",
    "headline_cues", "inflections", "label_to_stance", "macro_f1", "mae", "majority_label", "meantime_text",
    "overlap_score", "pearson", "pick_claim", "predict_logreg", "prf", "read_claim_folds", "read_emergent",
    "read_meantime", "read_unified", "sklearn_available", "space_join", "stance_features", "value_to_certainty",
    "value_to_polarity", "value_to_scale", "words",
]
