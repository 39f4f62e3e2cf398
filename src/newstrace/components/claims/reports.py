"""Verbs of report, and reports that report nothing: the word-level tests the claim units
(a reporting verb's clausal complement is a unit of its own) share with the stages after them
(parse repairs, speakers, attribution, segmentation, export).

* :data:`VERBAL` (spaCy's coarse tags of a verb), :func:`report_or_stance` (``report_neutral``
  or ``stance_verbs`` of ``lexicons/cues.json``) and :func:`is_reporting` (a reporting verb of
  the cue lexicon that is no naming participle, :mod:`~newstrace.components.claims.naming`);
* :func:`contentless_report`: a verb of saying (:data:`SAYING`, Levin 1993 37.7) with nothing
  said ("He said."): no claim;
* :func:`prospective_showing`: a verb of showing (:data:`SHOWING`, Levin 1993 78) under a modal
  with a thing for subject ("the evidence would not show that…"): a prediction, no report;
* :func:`negative_quantifier`, :func:`no_one_reports`: a report whose subject names no party
  ("Nobody said…", Barwise & Cooper 1981), whose content is no claim of its own;
* :func:`report_time`: a dependent of a verb that is only a date or time (the time of a report).

Input: tokens of a parsed spaCy Doc (tagger, parser, lemmatizer, NER), the cue lexicon and the
source words of :mod:`newstrace.entities`; output: booleans; sets nothing. Counts: PolNeAR train
without its held-out fifth and new-user trials, as each docstring says.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from newstrace.components.claims.naming import naming_participle
from newstrace.entities import is_role, source_words
from newstrace.lexicons import cues
from newstrace.units import ClaimUnit


VERBAL = frozenset({"VERB", "AUX"})


def report_or_stance(lemma: str) -> bool:
    """Whether the lower-cased ``lemma`` is a verb of report or stance: ``report_neutral`` or
    ``stance_verbs`` of ``lexicons/cues.json`` ("add", "say", "accuse", "describe")."""
    lex = cues()
    return lemma in lex["report_neutral"] or lemma in lex["stance_verbs"]


def is_reporting(tok: Token) -> bool:
    """True when ``tok`` is a reporting or attitude verb of the cue lexicon (by lemma), and no
    naming participle (:func:`naming_participle`)."""
    return tok.pos_ in VERBAL and tok.lemma_.lower() in cues()["report_neutral"] and not naming_participle(tok)


#: Verbs of saying whose content is obligatory (Levin 1993, 37.7 say verbs, and "tell"):
#: "He said." says nothing; an intransitive "agreed", "denied", "testified" or "did not respond"
#: states an act of its own and stays a claim.
SAYING = frozenset({"say", "tell", "add", "state", "note", "mention", "remark", "claim", "assert",
                    "allege"})


def contentless_report(doc: Doc, unit: ClaimUnit) -> bool:
    """Whether ``unit`` is only a verb of saying (``SAYING``) with its subject and auxiliaries,
    and no content: "said" (new-user trial: ``echo said | newstrace read -`` gave the claim
    "said", asserted), "He said." after a quotation that ended its own sentence. What was said
    is missing, so the unit states nothing a reader could check: no claim. A frame ("X said
    that…", "X said:" before a quotation) has its content and is a frame, not this.
    A negation ("he did not say", a ``neg``) or any other word (an object, "so", a time) keeps
    the claim. PolNeAR train without its held-out fifth (672 texts): 41 such units, each a verb
    of saying whose content the parse left in another sentence or clause ("“…” Trump said.",
    "Even then, he said, he’s learned…"), none a claim of its own; 31 of the verbs are gold cues.
    Held-out fifth: 8 claims and 3 attributions fewer, one of them matched; attribution F1 0.761
    -> 0.761, content partial F1 0.725 -> 0.725, cue F1 0.761 -> 0.761, source 0.913 -> 0.914.
    Input: a parsed Doc and one of its units; output: True to drop the unit."""
    head = doc[unit.head]
    if head.pos_ not in VERBAL or head.lemma_.lower() not in SAYING:
        return False
    subject = {t.i for c in head.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    return all(i == head.i or i in subject or doc[i].is_punct
               or doc[i].dep_ in ("aux", "auxpass") and doc[i].head == head for i in unit.tokens)


#: Verbs of showing whose subject is evidence, not a speaker (Levin 1993, 78 indicate verbs).
SHOWING = frozenset({"show", "demonstrate", "prove", "indicate", "suggest", "reflect", "signal",
                     "illustrate", "underscore", "highlight", "mean"})


def prospective_showing(verb: Token) -> bool:
    """A verb of showing (``SHOWING``) under a modal with a thing for subject: "Perkins said the
    evidence would not show that his client planned to kill her", "the tests will show whether
    the drug works". Nothing has shown anything yet: the clause is a prediction of whoever
    states it (its content a part of it), and the thing no source (new-user trial, VOA: the
    chain came out as Perkins <- "the evidence"). The subject is a common noun or "it" that is
    no person, role, expert or organisation. PolNeAR train without its held-out fifth, a modal
    and show/prove/suggest with such a subject before a clause: a gold cue 1 time in 4
    ("logic would suggest that…", "support … should show that…", "Iowa will prove what…" are
    none). Held-out fifth: see :func:`~newstrace.components.attribution.inheritance._contrast_report`."""
    if verb.lemma_.lower() not in SHOWING or not any(c.tag_ == "MD" for c in verb.children):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and (subj.lower_ == "it" or subj.pos_ == "NOUN" and not is_role(subj)
                                 and subj.ent_type_ not in ("PERSON", "ORG", "NORP", "GPE")
                                 and subj.lemma_.lower() not in source_words()["expert"])


def negative_quantifier(noun: Token) -> bool:
    """``noun`` heads a phrase with a negative quantifier, which names no party: "nobody",
    "no one", "none (of the officials)", "neither", "no organization", "neither ICE nor DHS"
    (Barwise & Cooper 1981: "no N" denotes no individual). As the subject of a verb of report
    it says that no one reported: the sentence is the author's own claim about the reports (one
    claim, "Nobody said the plant was closed", with no source; the reported clause is no claim
    of its own, which nobody made). PolNeAR annotates such subjects as sources (train without
    its held-out fifth: 30 gold sources, 20 of them found by newstrace before this rule);
    newstrace follows CONVENTIONS.md, a source being one who says the content (new-user trial:
    "No organization claimed credit…" and "Neither ICE nor … have responded…" read as reports
    of those parties). Held-out fifth, with the role and quotation fixes of the same trial: 2
    attributions fewer found, 3 fewer spurious, attribution F1 0.756 -> 0.756."""
    return noun.lower_ in ("nobody", "none", "neither", "no-one", "noone") or any(
        c.dep_ in ("det", "preconj") and c.lower_ in ("no", "neither") for c in noun.children)


def no_one_reports(verb: Token) -> bool:
    """The subject of ``verb`` is a :func:`negative_quantifier`, also through a relative
    pronoun: "There is no one in Albania or the world that can say I am implicated…" (VOA
    6206085, new-user trial 13), where the parse hangs the relative clause on the last noun of
    the phrase ("the world"), so the walk goes up conjuncts and prepositions other than a
    partitive "of" ("none of the officials who said…": the officials did say) to the phrase's
    head. The content is then no claim of its own, which no one made (it read as the speaker's
    "I am implicated", asserted). PolNeAR train without its held-out fifth: the relative case
    finds a reporting verb once ("no conversations with political supporters who have
    suggested that Sanders leave the race", no gold cue: right, 1 of 1), and no claim changes."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lower_ in ("who", "that", "which") and verb.dep_ == "relcl":
        subj = verb.head
        while subj.dep_ in ("conj", "pobj") or subj.dep_ == "prep" and subj.lower_ != "of":
            subj = subj.head
    return subj is not None and negative_quantifier(subj)


def report_time(dep: Token) -> bool:
    """True when ``dep``, a dependent of a verb, is only a date or time, bare or after "on"
    ("vowed [Tuesday] to…", "promised [on Tuesday] to…", "responded [Friday] to…"): when the
    verb reports, the time of the report (see ``parse_repairs.raise_report_time`` and
    ``export._past_addressee``)."""
    words = [t for t in dep.subtree if not (t.i == dep.left_edge.i and t.lower_ == "on")]
    return bool(words) and all(t.ent_type_ in ("DATE", "TIME") for t in words)
