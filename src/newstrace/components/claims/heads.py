"""Whether a token heads a claim unit (:func:`is_unit_head`): the one decision that combines the
tests of the package's other modules, by the token's dependency label (ClearNLP labels of
spaCy's English models), under the rules the package docstring lists (CONVENTIONS.md, "What one
claim is").

Also here, as the rules read them: the subordinators of an adverbial clause that states its own
fact (:data:`OWN_FACT_MARKS`: "though", "because") or restricts its main clause
(:data:`RESTRICTING_MARKS`: "if", "until", "when"), and :func:`relative_second_report`, a second
verb of report or stance in a relative clause that heads a unit (it asks :func:`is_unit_head`
of that clause).

Input: a token of a parsed spaCy Doc (tagger, parser, lemmatizer, NER; the parse repaired by
``newstrace_parse_repairs``); output: a boolean; sets nothing.
"""
from __future__ import annotations

from spacy.tokens import Token

from newstrace.components.claims.adverbials import (_temporal_since, as_act, hedged_absolute, judged_passive,
                                                    quoted_comma_report, reported_absolute)
from newstrace.components.claims.conjuncts import _coordinated, _misparsed_gerund, _shares_complements
from newstrace.components.claims.relatives import _before, nonrestrictive, rebuttal, relayed_relative, set_off_report
from newstrace.components.claims.reports import is_reporting, no_one_reports, prospective_showing, report_or_stance, VERBAL
from newstrace.components.claims.set_apart import (_after_semicolon, _frame_clause, comment_clause, open_question_clause,
                                                   quoted_after_colon)
from newstrace.lexicons import cues


OWN_FACT_MARKS = frozenset({"though", "although", "while", "whereas", "because", "since"})
RESTRICTING_MARKS = frozenset({"if", "unless", "until", "when", "before", "after", "once",
                               "whenever", "so", "as", "whether", "than", "till"})


def relative_second_report(tok: Token) -> bool:
    """A second act of report or stance in a relative clause that is a claim of its own: "Mr.
    McConnell, who has both endorsed Mr. Trump and criticized his campaign, offered…", "Sanders,
    who endorsed Canova in late May and said he would probably campaign with him, …" (PolNeAR
    train). The relative clause describes its noun as one whole, so its
    conjoined verbs stay one claim; but a conjunct that is a verb of report or stance
    (:func:`report_or_stance`, or the lexicon's ``stance_act_verbs``) in a relative clause that
    heads a unit of its own (:func:`is_unit_head`: set off by a comma, or a report of its own)
    is a second act of the noun's, which PolNeAR annotates as an attribution of its own (the
    relative pronoun's antecedent the source, the verb the cue). Signs: ``tok`` a verb
    conjoined to the ``relcl`` verb, with no subject, modal or negation of its own ("but would
    say nothing about…") and not passive ("nominated by X and confirmed by the Senate").
    PolNeAR train without its held-out fifth: such a verb is a gold cue 11 times in 15 (3 in no
    gold attribution, 1 in a gold content); held-out fifth: 1 in 2, figures unchanged with
    parse_repairs.restore_inverted_tag's gerund rule (attribution F1 0.770, matched 2467 of 2879;
    content partial F1 0.734; cue F1 0.770; source 0.916)."""
    head, kids = tok.head, list(tok.children)
    lemma = tok.lemma_.lower()
    if tok.dep_ != "conj" or tok.pos_ != "VERB" or head.dep_ != "relcl" or head.pos_ != "VERB" \
            or not (report_or_stance(lemma) or lemma in cues()["stance_act_verbs"]):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "auxpass", "agent", "neg") or c.tag_ == "MD" for c in kids):
        return False
    return is_unit_head(head)


def is_unit_head(tok: Token) -> bool:
    """Whether ``tok`` heads a claim unit (rules in the package docstring)."""
    if tok.is_space or tok.is_punct:
        return False
    dep, verbal = tok.dep_, tok.pos_ in VERBAL
    if _frame_clause(tok):
        return False
    if dep == "advcl" and verbal and _frame_clause(tok.head):
        return True
    if dep == "ROOT":
        return True
    if _after_semicolon(tok) or quoted_after_colon(tok) or open_question_clause(tok):
        return True
    if dep == "conj" and tok.pos_ in ("NOUN", "PROPN"):
        return _misparsed_gerund(tok)
    if dep == "conj" and relative_second_report(tok):
        return True
    if dep == "conj":
        return (verbal and tok.head.pos_ in VERBAL
                and tok.head.dep_ not in ("amod", "aux", "relcl", "acl") and _coordinated(tok)
                and not _shares_complements(tok)
                and (tok.head.dep_ != "advcl" or is_unit_head(tok.head)))
    if dep == "parataxis":
        return verbal and not comment_clause(tok)
    if dep == "advcl":
        marks = {c.lower_ for c in tok.children if c.dep_ == "mark"}
        if marks & RESTRICTING_MARKS and judged_passive(tok):
            return True  # "as she was announced the winner": a report no one named makes
        if as_act(tok):
            return True
        if marks & RESTRICTING_MARKS or _temporal_since(tok):
            return False
        if marks & OWN_FACT_MARKS:
            return True
        participle = tok.tag_ in ("VBG", "VBN") and (_before(tok) == "," or quoted_comma_report(tok))
        sentential_relative = any(c.dep_ in ("nsubj", "dobj") and c.lower_ == "which" for c in tok.children)
        return verbal and (participle or sentential_relative)
    if dep == "relcl":
        return nonrestrictive(tok) or rebuttal(tok) is not None or set_off_report(tok) is not None \
            or relayed_relative(tok)
    if dep == "acl":
        return tok.tag_ in ("VBN", "VBG") and nonrestrictive(tok) or set_off_report(tok) is not None \
            or relayed_relative(tok)
    if dep == "ccomp":
        return is_reporting(tok.head) and not prospective_showing(tok.head) and not no_one_reports(tok.head)
    if dep in ("pcomp", "advcl") and (hedged_absolute(tok) or reported_absolute(tok) is not None):
        return True
    if dep == "pcomp" and tok.tag_ == "VBG" and tok.head.lower_ == "by":
        verb = tok.head.head
        means = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "by"]
        return len(means) > 1 and tok.head.i != means[0].i
    return False
