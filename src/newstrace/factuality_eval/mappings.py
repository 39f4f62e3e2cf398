"""newstrace's factuality as each gold set's labels: the unified scale, MEANTIME's certainty and
polarity, Emergent's headline stance.

Input: a FactBank value (CT+, PR+, PS+, Uu, PS-, PR-, CT-; Saurí & Pustejovsky 2009, as
``shared/CONVENTIONS.md`` defines them) or a newstrace author label (asserted, reported, alleged,
speculated, denied, unknown). Output: the data set's label. The mappings and their sources:

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
"""
from __future__ import annotations

from typing import Optional

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
