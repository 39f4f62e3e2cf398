"""Verbs that give a name and report nothing: "a militia called the anti-Balaka", "an operation
dubbed “Sky Shield”", "also known as the “Radio Control Law”".

* :func:`naming_participle`: a participle of naming (:data:`NAMING_VERBS`) that the parser took
  for the main verb of its clause ("Gunmen from a militia called [the anti-Balaka attacked the
  town]"): no reporting verb, so its complement is no reported content
  (:func:`~newstrace.components.claims.reports.is_reporting` asks it);
* :func:`quoted_name`: a quotation that is the name such a participle (or "known as") gives:
  the author's wording, quoting no one (read by the quotation pass).

Input: a token of a parsed spaCy Doc (tagger, parser, lemmatizer); output: a boolean; sets
nothing. Counts: PolNeAR train (without its held-out fifth where the docstring says so).
"""
from __future__ import annotations

from spacy.tokens import Token


#: Verbs that give a name ("a militia called the anti-Balaka", "a group dubbed X").
NAMING_VERBS = frozenset({"call", "name", "dub", "nickname", "label"})


def naming_participle(tok: Token) -> bool:
    """``tok`` is a naming participle that the parser took for the main verb: "Gunmen from a
    militia called the anti-Balaka attacked the town" parses as "Gunmen … called [the
    anti-Balaka attacked the town]" (a clausal complement or a predicate, by context). Signs:
    a past participle (VBN) of naming with a subject and no auxiliary, no relative clause
    ("the conditions that the leader of his legal team called “inhumane”" is a report), right
    after an indefinite common noun (no possessive) inside its subject that is not the subject's
    head ("a militia" in "Gunmen from a militia"; "disaffected Ethiopians"): the participle names that noun, as a
    reduced relative clause, and reports nothing. The tagger also tags finite "called" VBN
    ("Trump called Ford's plans…", 9 of the 11 VBN "call"/"name" with a subject and no
    auxiliary in PolNeAR train are gold cues), hence the noun test; with it, the rule fires on
    none of PolNeAR train's 840 texts, so it costs no gold cue there."""
    if tok.tag_ != "VBN" or tok.lemma_.lower() not in NAMING_VERBS:
        return False
    kids = list(tok.children)
    subj = next((c for c in kids if c.dep_ == "nsubj"), None)
    if subj is None or tok.i == 0 \
            or any(c.dep_ in ("aux", "auxpass") for c in kids):
        return False
    named = tok.doc[tok.i - 1]
    return named.pos_ == "NOUN" and named != subj and subj.left_edge.i <= named.i and tok.dep_ != "relcl" \
        and all(d.lower_ in ("a", "an") for d in named.children if d.dep_ == "det") \
        and not any(d.dep_ == "poss" for d in named.children)


def quoted_name(root: Token) -> bool:
    """``root`` (the head word of a quotation) is the name a naming participle gives: "Republic
    Act No. 3846, also known as the “Radio Control Law”", "an operation dubbed “Sky Shield”". The
    quotation marks set off a name, the author's wording, and quote no one. A participle (VBN)
    "known as", or of naming (:data:`NAMING_VERBS`) right after the noun it names ("a play
    called “Brokers”"; "Clinton, for example, named “Madam Secretary” as her favourite" is her
    answer), with no auxiliary, subject or agent ("was dubbed “X” by critics" reports the critics'
    word). PolNeAR train without its held-out fifth: 17 quotations so placed, all names
    (“Guccifer”, ''chick lit'', “The HP Way”); without the noun test, 2 more, both answers."""
    verb = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "as" else root.head
    if root.dep_ not in ("pobj", "oprd", "dobj", "attr", "appos") or verb.tag_ != "VBN" \
            or verb.dep_ not in ("acl", "advcl"):
        return False
    lemma = verb.lemma_.lower()
    if not (lemma == "know" and root.head.lower_ == "as" or lemma in NAMING_VERBS
            and verb.dep_ == "acl" and verb.i > 0 and verb.doc[verb.i - 1] == verb.head):
        return False
    return not any(c.dep_ in ("aux", "auxpass", "agent", "nsubj") for c in verb.children)
