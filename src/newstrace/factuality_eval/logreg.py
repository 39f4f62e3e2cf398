"""Multinomial L2-regularised logistic regression, the classifier family of Ferreira & Vlachos
2016, for the Emergent headline stance: scikit-learn's ``LogisticRegression`` when installed,
otherwise a small numpy implementation of the same objective.

Input: a dense ``(n, d)`` numpy feature matrix (:class:`.features.FeatureIndex`) and ``n``
labels. Output: a fitted :class:`LogReg` and its predicted labels.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Sequence

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
