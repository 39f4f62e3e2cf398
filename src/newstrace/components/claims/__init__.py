"""Claim units: one per predication, as ``shared/CONVENTIONS.md`` ("What one claim is") defines.

Method: clause segmentation over the dependency parse (ClearNLP labels of spaCy's English
models). A token heads a unit when it is

* the sentence root;
* a verb conjoined to a verb (``conj``): coordinated verb phrases are separate claims, except
  inside a relative or participial modifier, which describes its noun as one whole (but for a
  second verb of report or stance in a relative clause that is a unit: see
  :func:`relative_second_report`), and verbs that share one object (see ``_shares_complements``);
* a ``parataxis`` verb that is no comment clause ("you know"), a verb clause after a semicolon,
  or a quotation opened after a verb and a colon (see ``quoted_after_colon``);
* an adverbial clause (``advcl``) that states its own fact: a concessive or causal clause with a
  subject ("though X has suggested…"), a participle set off by a comma ("…, blaming them"; a
  participle of report also by a comma inside closing quotation marks, see
  ``quoted_comma_report``), or a
  sentential relative ("…, which is something to keep in mind"), or an "as" clause in which
  its subject says or takes a stance toward something of its own, on a verb of report or
  stance or with an object ("…, as he urges conservatives to unite": see :func:`as_act`);
  temporal and conditional clauses (if, until, unless, when…, "since" on a perfect verb: see
  ``_temporal_since``) stay in their main clause, whose content they restrict, unless their
  verb is an agentless passive of judging or announcing that no one named makes ("aides cheered
  as she was announced the winner": see :func:`judged_passive`);
* a non-restrictive relative clause (``relcl`` after a comma or dash) or a reduced one (``acl``
  participle after a comma: "the first, held in Singapore"): restrictive relatives ("the relief
  that he needed") are part of their noun phrase, unless their subject reports on a noun set off
  ("…, a point Feinstein also acknowledged": see :func:`set_off_report`);
* the clausal complement (``ccomp``) of a reporting verb: the reported content, whose governing
  verb then becomes an attribution *frame* (see the attribution component);
* a question clause that its governor leaves open ("It is unclear whether X", "it's not clear
  how X", "Interpol didn't disclose whether X"; see :func:`open_question_clause`): what is not
  known is no part of the statement that it is not known;
* a gerund phrase of a series misparsed as a conjoined noun phrase (see ``_misparsed_gerund``);
* the second and later of several "by + gerund" means phrases of one verb ("responded by
  rebuilding…, and by executing…").

The parse has been repaired before this stage where it loses a report (``parse_repairs``). An
apposition that says who denies a charge ("…, a charge X rejected") is a claim of its own (see
:func:`rebuttal`).

A news *frame* clause, "X comes as Y" / "X comes amid Y" ("The statement comes as the Kremlin
said that…", "The proposed surge comes as Washington's priorities appear to be shifting"), heads
no unit: it places a report beside its background and states no event of its own; its "as"
clause heads the unit instead (see ``_frame_clause``).

A unit's tokens are its head's subtree without the subtrees of the units nested in it, cut
after the head's contiguous run, trimmed of edge punctuation, conjunctions, complementisers and
unpaired quotation marks; a unit with no verb (a dateline, a byline) is no claim, and a quoted
fragment with no verb leaves the unit of its speaker tag (see :func:`free_tagged_fragments`). Reads the parse; sets
``doc._.nt_claims`` (list of :class:`~newstrace.units.ClaimUnit`, in text order).

The package, one module a kind:

* :mod:`.reports`: verbs of report (:data:`VERBAL`, :func:`report_or_stance`,
  :func:`is_reporting`), and reports that report nothing (a verb of saying with nothing said,
  a prospective verb of showing, a subject that names no party), the time of a report;
* :mod:`.naming`: verbs that give a name and report nothing ("a militia called…"), and the
  quoted name they give;
* :mod:`.relatives`: relative clauses that are units of their own (non-restrictive, a rebuttal,
  a report set off, a relayed expectation) and the author's hedged gloss;
* :mod:`.adverbials`: adverbial and absolute "with" clauses that state their own fact (a
  participle of report after a quotation's comma, a judged passive, an "as" act, a hedged or
  reported absolute) and a "since" that dates;
* :mod:`.conjuncts`: coordinated verbs that share their complements, and misparsed conjuncts;
* :mod:`.set_apart`: clauses after a semicolon or a colon and a quotation, open questions,
  comment clauses and news frames;
* :mod:`.heads`: :func:`is_unit_head`, the rules above by dependency label;
* :mod:`.spans`: :func:`find_units` (each unit's tokens and kind, :func:`is_opinion`),
  :func:`free_tagged_fragments` and the spaCy factory :func:`make_claims`.

The names below are the ones the old module ``claims.py`` made public, re-exported so that
importers keep working; a name with a leading underscore is shared only between the package's
modules.
"""
from newstrace.components.claims.naming import NAMING_VERBS, naming_participle, quoted_name
from newstrace.components.claims.reports import (contentless_report, is_reporting, negative_quantifier, no_one_reports,
                                                 prospective_showing, report_or_stance, report_time, SAYING, SHOWING,
                                                 VERBAL)
from newstrace.components.claims.relatives import (hedged_gloss, nonrestrictive, OPENERS, poll_share_saying, rebuttal,
                                                   RELATIVE_PRONOUNS, RELAYING_PASSIVES, relayed_relative,
                                                   set_off_report)
from newstrace.components.claims.adverbials import (absolute_subject, as_act, hedged_absolute, judged_passive,
                                                    quoted_comma_report, relay_hedged, reported_absolute)
from newstrace.components.claims.set_apart import (comment_clause, COMMENT_CLAUSES, open_question_clause,
                                                   OPEN_QUESTION_WORDS, quoted_after_colon, UNCLEAR, unclear_frame)
from newstrace.components.claims.heads import is_unit_head, OWN_FACT_MARKS, relative_second_report, RESTRICTING_MARKS
from newstrace.components.claims.spans import find_units, free_tagged_fragments, is_opinion, make_claims

__all__ = [
    "COMMENT_CLAUSES", "NAMING_VERBS", "OPENERS", "OPEN_QUESTION_WORDS", "OWN_FACT_MARKS", "RELATIVE_PRONOUNS",
    "RELAYING_PASSIVES", "RESTRICTING_MARKS", "SAYING", "SHOWING", "UNCLEAR", "VERBAL",
    "absolute_subject", "as_act", "comment_clause", "contentless_report", "find_units", "free_tagged_fragments",
    "hedged_absolute", "hedged_gloss", "is_opinion", "is_reporting", "is_unit_head", "judged_passive", "make_claims",
    "naming_participle", "negative_quantifier", "no_one_reports", "nonrestrictive", "open_question_clause",
    "poll_share_saying", "prospective_showing", "quoted_after_colon", "quoted_comma_report", "quoted_name", "rebuttal",
    "relative_second_report", "relay_hedged", "relayed_relative", "report_or_stance", "report_time",
    "reported_absolute", "set_off_report", "unclear_frame",
]
