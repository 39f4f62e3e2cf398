"""The dependency labels, tags and tree helpers that the parse repairs of several modules share
(:mod:`newstrace.components.parse_repairs`): a subject's labels, the finite tags, a noun's tags,
an addressee's pronouns, the tag that carries a verb's tense (:func:`finite_tag`, also read by
``speakers``) and one token taking another's place in the tree (:func:`take_place`).
"""
from __future__ import annotations

from spacy.tokens import Token

#: Labels of a verb's subject.
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
#: Tags of a finite verb or a modal, the words that carry a clause's tense.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
#: Tags of a common or proper noun.
NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
OBJECT_CASE = frozenset({"me", "him", "her", "us", "them", "you", "it"})  # an addressee ("told me")


def finite_tag(verb: Token) -> str:
    """The tag of the word that carries a verb's tense: its first auxiliary before it ("did"
    of "did not suggest", "has" of "has championed", "would" of "would offer"), else its own."""
    aux = next((c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i
                and c.lower_ != "to"), None)
    return (aux or verb).tag_


def take_place(new: Token, old: Token) -> None:
    """``new`` takes ``old``'s place in the tree: ``old``'s head and label, or the root's place
    (its own head) when ``old`` is the root. ``old`` itself is left for the caller to re-hang."""
    if old.dep_ == "ROOT":
        new.head, new.dep_ = new, "ROOT"
    else:
        new.head, new.dep_ = old.head, old.dep_
