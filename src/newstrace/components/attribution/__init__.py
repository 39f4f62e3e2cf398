"""Attribution: source + cue + content (PARC, Pareti 2016), chained from the author's immediate
source to the origin (CONVENTIONS.md "Attribution chain"). Which words are cues, and what
content they take, is decided in ``components/cue_rules/``; who the speaker of a verb is, in
``components/speakers/``.

What it reads: ``doc._.nt_claims`` (claim units). What it sets: on each unit, ``chain`` (list of
:class:`~newstrace.units.SourceLink`, immediate source first), ``quote`` (direct, mixed,
indirect, none), ``frame`` (the unit is only a reporting frame such as "X said"), and it removes
attribution material ("according to X", "first reported by Y") from the units' content tokens.

Constructions (each a rule over the dependency parse, not over words of one article):

* reporting verb + clausal complement ("X said that…", "“…,” warned X"): the complement is the
  content, the verb the cue, its subject (or passive agent) the source, the verb's own unit a frame;
* reporting verb + noun-phrase content ("state media reported high expectations"), and a verb of
  judging its object as something ("rivals see him as a threat", :func:`judges_as`): the clause
  is the claim, its subject the source;
* a speech act named by a verb's object with a content ("issued a statement condemning…",
  "raised questions about…": :func:`speech_act_noun`): the verb and the noun are the cue, the
  subject the source, the rest of the clause the content; a participle of saying on such a noun
  ("issued a statement saying that…") reports for the issuer; likewise a verb of speaking or
  thinking with the preposition of its topic ("talked about the economy", "apologized for the
  remark": :func:`prep_report`), the verb and preposition the cue; both, and the noun-phrase
  reports, also in a clause that is no claim unit of its own (:meth:`split_np_reports`); a
  participle describing a document its subject puts out ("sent a letter … opposing…", "wrote an
  op-ed urging…": :func:`document_issuer`) reports for that subject, the cue running from the
  verb to the participle, and the verb's clause and the participle's are one attribution;
* where those rules find no source, a learned classifier (:func:`cue_probability`, logistic
  regression over parse features trained on PolNeAR train/ by ``training/train_cue_model.py``)
  decides whether a clause's verb is a cue; it may give the clause its subject as source only for
  verbs of saying, thinking, judging and intending and contents that are no person or
  organisation (:func:`attitude_content`: "has repeatedly defended Kim" stays a plain act);
* attitude cues that are no verbs: a stance adjective predicated of a holder ("X is worried
  that…", "are skeptical of…", "was eager to…": :func:`adjective_cue`) or an agent noun of a
  stance ("X has been a supporter of…": :func:`agent_noun_cue`), the unit's content attributed
  to the copula's subject; a stance adjective right after its holder ("Sanders fully supportive
  of Clinton": :func:`modifier_adjective_cue`), a stance of the holder; a stance noun with a holder and a that-clause ("X's claim
  that…", "the warning by X that…", "voiced confidence that…": :func:`noun_cue_content`), the
  clause split off as a unit of its own;
* "according to X", "per X", "citing X", "in X's view", a sentence-opening "In a poll, …"
  (:func:`poll_lead_in`), "To X, …" (X's view: :func:`perspective_lead_in`) or "Under X law, …"
  (:func:`legal_lead_in`): the source of every claim of the sentence; "in" + one poll on a
  clause's verb ("he fell to 10 percent in the latest poll", :func:`poll_in_clause`): the
  source of that clause when it has no other;
* a participial report with an agent ("first reported on Friday by a paper"): a further source,
  the origin when the cue says first/originally;
* nesting: a frame inside another frame's content, and "X cited Y as saying…", give
  ``[X, Y]``;
* a speaker label with no verb (:meth:`_Attributor.paragraph_pass`): a paragraph opening with
  a name and a colon ("PENCE: Well, look…") or a quotation closed by a dash and a name; inside a
  paragraph, the alternating labels of an interview transcript whose line breaks were lost
  ("VOA: …? Armitage: …"): each label's content, up to the next label, is the labelled
  speaker's (questions the interviewer's, answers the interviewee's), the colon the cue;
* a colon lead-in paragraph ("Per the Times:") attributes the following paragraphs until the
  voice changes (a person named in the block with an honorific appears without it, first person
  outside quotes, a parenthesis, a new attribution lead-in, a paragraph that is no quotation
  after a lead-in that introduced one) or after six paragraphs; a lead-in with no reporting verb
  ("Cruz continued:") introduces a quotation paragraph for its person subject
  (:meth:`_Attributor.lead_in_act`), and the quotation is the lead-in speaker's alone, not a
  continuation of the quotation before the lead-in;
* a sentence with no cue continues the report the previous sentence of its paragraph opens
  with (a sentence-wide "according to"/"per" report; one sentence on), and a quoted sentence with no cue continues the
  quotation before it, as does a quotation that follows the speaker tag of the one before
  ("“A,” X said. “B.”"); two apostrophes ``''`` are a double quotation mark.

The package, one module a job (:class:`~newstrace.components.attribution.attributor._Attributor`
is the driver, the others are its mixins): ``attributor`` (the pass over the doc, chains, lead-in
blocks, source types; :func:`attribute` and the spaCy factory), ``frames`` (each unit's report
frames and their cues), ``governing`` (the frame that governs a clause the parse hung elsewhere),
``inheritance`` (clauses that take another report's frame), ``stances`` (a holder's stance, "as X
reported") and ``sentences`` (sentence-wide sources: "according to X" and the like). Content
splits, speaker labels and the quotation pass are the mixins
:mod:`~newstrace.components.content_splits`, :mod:`~newstrace.components.paragraph_pass` and
:mod:`~newstrace.components.quote_pass`.
"""
from __future__ import annotations

from newstrace.components.attribution.attributor import attribute, make_attribution

__all__ = ["attribute", "make_attribution"]
