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
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from newstrace.components import ext  # noqa: F401
from newstrace.components.quotes import doc_regions, in_quotes, MAX_TAG_WORDS, set_off, tag_candidate, verbless
from newstrace.entities import is_role, source_words
from newstrace.lexicons import cue_classes, cues
from newstrace.units import ClaimUnit, paragraph_of, text_of, token_set, trim_edges

OWN_FACT_MARKS = frozenset({"though", "although", "while", "whereas", "because", "since"})
RESTRICTING_MARKS = frozenset({"if", "unless", "until", "when", "before", "after", "once",
                               "whenever", "so", "as", "whether", "than", "till"})
OPENERS = frozenset({",", "—", "–", "(", ";", "-"})
VERBAL = frozenset({"VERB", "AUX"})
#: Words opening an indirect question ("whether", "if", the wh-words).
OPEN_QUESTION_WORDS = frozenset({"whether", "if", "how", "why", "what", "who", "whom", "which", "when", "where"})
#: Predicates of a question left open: "unclear", "uncertain", and "clear" negated.
UNCLEAR = frozenset({"unclear", "uncertain"})


def _before(tok: Token) -> str:
    i = tok.left_edge.i - 1
    while i >= 0 and tok.doc[i].is_space:
        i -= 1
    return tok.doc[i].text if i >= 0 else ""


def quoted_comma_report(tok: Token) -> bool:
    """A participle of report or stance set off by a comma that the quotation before it closed
    over (``…,'' accusing it of…``, ``…,” adding that…``: American style puts the comma inside the
    quotation marks): a report of its own, like a participle after a bare comma. PolNeAR train
    without its held-out fifth: such a participle (a verb of ``report_neutral`` or
    ``stance_verbs``) after a gold content lies outside that content and is its own gold cue 26
    times in 34; other verbs there only 0 of 13, so they stay in their clause. Held-out fifth:
    attribution F1 0.761 -> 0.762 (matched 2418 -> 2420 of 3532), content partial F1 0.726,
    cue F1 0.761 (matched 2401 -> 2403), source accuracy 0.913 (correct 2116 -> 2118)."""
    i = tok.left_edge.i - 1
    if i < 1 or not tok.doc[i].is_quote or tok.doc[i - 1].text != ",":
        return False
    return tok.pos_ in VERBAL and report_or_stance(tok.lemma_.lower())


def report_or_stance(lemma: str) -> bool:
    """Whether the lower-cased ``lemma`` is a verb of report or stance: ``report_neutral`` or
    ``stance_verbs`` of ``lexicons/cues.json`` ("add", "say", "accuse", "describe")."""
    lex = cues()
    return lemma in lex["report_neutral"] or lemma in lex["stance_verbs"]


def nonrestrictive(tok: Token) -> bool:
    """A relative or reduced relative clause set off by a comma, dash, parenthesis or semicolon
    ("the union, which backed Kloppenburg"): it states its own fact; a restrictive one ("the
    people who comment on this") only picks out its noun."""
    return _before(tok) in OPENERS


def rebuttal(tok: Token) -> Token | None:
    """The allegation noun of an apposition that sums up a report and says who denies it:
    "accusing it of providing support to militants, a charge New Delhi quickly rejected" (VOA
    story 24), "complained that the contest had been rigged, a charge that Colorado Republican
    leaders strongly denied" (PolNeAR train): a relative clause whose verb is a denying verb
    (``report_denying``) with a subject, on an allegation noun (``allegation_nouns``) set off by
    a comma. The apposition is a claim of its own, the subject's denial of what the noun sums up.
    PolNeAR train without its held-out fifth has two such appositions (the one above and "…, a
    claim that Gowdy's office strongly disputes"), both annotated so: the subject the source,
    the verb the cue, the noun (or its "that") the content. None when ``tok`` heads no such
    clause. New-user trial: the denial was lost."""
    noun, lex = tok.head, cues()
    if tok.dep_ != "relcl" or tok.lemma_.lower() not in lex["report_denying"] \
            or noun.lower_ not in lex["allegation_nouns"] or _before(noun) != "," \
            or not any(c.dep_ == "nsubj" and c.lower_ not in ("that", "which") for c in tok.children):
        return None
    return noun


#: Relative pronouns: a relative clause whose subject is one of them reports nothing of its own
#: subject's ("who say the same": 21 of 46 gold cues, PolNeAR train without its held-out fifth).
RELATIVE_PRONOUNS = frozenset({"who", "whom", "whose", "which", "that"})


def set_off_report(tok: Token) -> Token | None:
    """A report or stance of its own in a relative clause that the author adds to a noun set
    off in a sentence: "Clinton's email server, which he described as “like an open orchid”",
    "…, a point Feinstein also acknowledged to Bloomberg", "…, a sentiment endorsed by the 10,000
    people in the arena" (PolNeAR train). Signs: a verb of report or stance
    (:func:`report_or_stance`) heading a relative clause whose subject is no relative pronoun
    (``relcl``), or a passive participle with an agent (``acl``); the clause or its noun after
    a comma, dash, parenthesis or semicolon; no "where"/"when" clause and no object of its own
    besides a relative pronoun ("the state, where both candidates claim ties"); no generic "you",
    modal or negation ("– something you wouldn’t know if…" is no report); outside
    quotation marks (a speaker's "…, which I think would have been…" is the speaker's). The
    clause is a claim of its own, its subject's report, and no part of a report around it
    (PolNeAR never nests attributions). Returns the token its unit starts from: the noun when
    only the noun is set off (an apposition that sums up what comes before), else ``tok``;
    None when ``tok`` heads no such clause. PolNeAR train without its held-out fifth: such a
    verb is a gold cue 111 times in 144, inside one of our contents 41 times in 56."""
    kids = list(tok.children)
    if tok.pos_ != "VERB" or not report_or_stance(tok.lemma_.lower()) \
            or any(c.dep_ == "neg" or c.tag_ == "MD" for c in kids) or in_quotes(doc_regions(tok.doc), tok.idx):
        return None
    if poll_share_saying(tok):
        return tok
    if any(c.lower_ in ("where", "when") or c.dep_ == "dobj" and c.lower_ not in RELATIVE_PRONOUNS for c in kids):
        return None
    own_subject = any(c.dep_ == "nsubj" and c.lower_ not in RELATIVE_PRONOUNS | {"you"} for c in kids) \
        if tok.dep_ == "relcl" else tok.dep_ == "acl" and tok.tag_ == "VBN" and any(c.dep_ == "agent" for c in kids)
    if not own_subject:
        return None
    if nonrestrictive(tok):
        return tok
    return tok.head if _before(tok.head) in OPENERS else None


#: Participles whose agentless passive with an infinitive relays what no one named says or
#: expects ("is expected to win", "are said to be"): the claim's label is then ``reported``.
RELAYING_PASSIVES = frozenset({"believe", "think", "say", "report", "rumor", "expect"})


def hedged_gloss(verb: Token) -> bool:
    """A reduced relative set off by commas that says what something is held to be ("Shekau also
    claimed that the militants were holding a German national, thought to be a teacher, who was
    kidnapped…", FNC-1 body 1588, new-user trial 11): a passive participle of believing or
    saying (:data:`RELAYING_PASSIVES`) with "to be": the author's own hedged gloss on a noun of the
    report, no part of what the source said. The parser may tag it a past form conjoined to the
    verb before ("thought" VBD, a ``conj`` of "holding"); it has no subject of its own either way.
    PolNeAR train (held-out fifth included) has no such gloss."""
    first, doc = verb.left_edge.i, verb.doc
    return verb.dep_ in ("acl", "conj") and verb.tag_ in ("VBN", "VBD") and verb.lemma_.lower() in RELAYING_PASSIVES \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and first >= 2 \
        and doc[first - 1].text == "," and doc[first - 2].pos_ in ("NOUN", "PROPN", "ADJ") and any(
            c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in verb.children)


def relayed_relative(tok: Token) -> bool:
    """A restrictive relative clause that relays, with no source named, what its noun is
    expected or said to do: "delegates who are expected to support candidates at the national
    convention", "Things that are expected to happen", "a role that is expected to be filled
    by House Speaker Paul Ryan" (PolNeAR train). PolNeAR annotates each as an attribution with
    no source (cue the passive, content the relative pronoun and the infinitive), as it does
    the same passive in a main clause; as part of its noun phrase the clause was no claim of its
    own, so no cue was found. Signs: a passive participle of :data:`RELAYING_PASSIVES` (tag VBN,
    an ``auxpass``) heading a ``relcl`` whose subject is a relative pronoun, with an infinitive
    (``xcomp``) and no agent, outside quotation marks (a speaker's words are the speaker's).
    PolNeAR train without its held-out fifth: 7 such clauses, the participle a gold cue 5 times
    (not: "an Obama nominee who is expected to be moderate", twice). The held-out fifth has no
    such clause; its figures with the other rules of this session's branch (quotes.tag_candidate,
    cue_rules.thinks_so): attribution F1 0.769 -> 0.770 (matched 2463 -> 2465), content partial
    F1 0.733 -> 0.733, cue F1 0.769 -> 0.769, source accuracy 0.915 -> 0.916."""
    kids = list(tok.children)
    return tok.dep_ == "relcl" and tok.tag_ == "VBN" and tok.lemma_.lower() in RELAYING_PASSIVES \
        and any(c.dep_ == "nsubjpass" and c.lower_ in RELATIVE_PRONOUNS for c in kids) \
        and any(c.dep_ == "auxpass" for c in kids) and any(c.dep_ == "xcomp" for c in kids) \
        and not any(c.dep_ == "agent" for c in kids) and not in_quotes(doc_regions(tok.doc), tok.idx)


def judged_passive(verb: Token) -> str | None:
    """The class (``judging``, ``announcing``, ``knowing``, ``demanding``) of ``verb`` when it is
    an agentless passive of the ``judged_passives`` of ``lexicons/cues.json`` ("Mr. Sanders is
    seen as empowering regular voters", "The walk-off is considered one of the largest in company
    history", "On Thursday, the dissolution of the club was announced", "The list of wishes was
    widely known", "States were required to test students…"), else None. Signs: a participle (tag
    VBN) with an ``auxpass`` (or the ``acomp`` of "be") and no ``agent``, with the word its entry names after it ("see as":
    a prepositional "as"; "require to": an infinitive), not "known to" a person ("is known to
    police" names who knows), nor a dummy "it" with a that-clause ("it was revealed that X": X is
    what is revealed, a claim of its own). People not named judge, announce, know or demand what
    the clause says: the factuality component records the participle as the claim's cue
    (``reported`` for judging and announcing, ``asserted`` for knowing and demanding), and a time
    or condition clause on it is a claim of its own (:func:`is_unit_head`). Moved from the PolNeAR
    adapter's text patterns (sessions 27-30, ``scoring.sourceless.JUDGED_PASSIVES``), which PolNeAR
    annotates as an attribution with no source, cue the passive. PolNeAR train without its
    held-out fifth (both learned models fitted without it), every attribution with no source
    whose cue holds such a participle (not "expected/reported to", 60 of 66, an older rule): a
    gold cue 91 times in 115 (the text patterns before: 91 in 115): seen 13/17, viewed 4/4,
    regarded 1/2, billed, portrayed, identified 1/1 each, considered 7/10, deemed 2/2, projected
    3/3, expected 2/2, reported 4/6, named 5/7, announced 5/7, known 20/25 (with "known as/for"),
    recognized 3/3, revealed 2/3, shown 6/7, challenged 2/3, intended 4/6, requested 2/2,
    required 3/3. A time or condition clause on one (on the parse): 12 clauses, the participle a
    gold cue 9 times ("as she was announced the winner", "Even before the identities … were
    known"; not "once the report was revealed to be a hoax"). Held-out fifth, with
    ``scoring.starts._sourceless_start``'s subordinator: attribution F1 0.7727 -> 0.7733 (matched 2485 ->
    2489 of system 2900 -> 2905), content partial F1 0.7369 -> 0.7375, cue F1 0.7725 -> 0.7731,
    source accuracy 0.9143 -> 0.9139."""
    kids = list(verb.children)
    passive = any(c.dep_ == "auxpass" for c in kids) or verb.dep_ == "acomp" and verb.head.lemma_ == "be"
    if verb.tag_ != "VBN" or not passive or any(c.dep_ == "agent" for c in kids):
        return None  # "is well known among…": the parser makes the participle the copula's acomp
    if any(c.dep_ in ("nsubjpass", "expl") and c.lower_ == "it" for c in kids) and any(c.dep_ == "ccomp" for c in kids):
        return None
    if any(c.dep_ == "prep" and c.lower_ == "to" and c.i == verb.i + 1 for c in kids):
        return None  # "is known to police": the one who knows is named
    lemma = verb.lemma_.lower()
    for cls, entries in cue_classes("judged_passives").items():
        for entry in entries:
            word, _, follow = entry.partition(" ")
            if word == lemma and (not follow or _followed_by(verb, follow)):
                return cls
    return None


def _followed_by(verb: Token, word: str) -> bool:
    """Whether ``verb`` has the prepositional ``word`` ("as") among its dependants or right after
    it ("is seen as far more capable of…", where the parser hangs "as" on the adjective) or, for
    "to", an infinitive (``xcomp`` with "to")."""
    if word == "to":
        return any(c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                   for c in verb.children)
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return any(c.dep_ == "prep" and c.lower_ == word for c in verb.children) or nxt is not None and nxt.lower_ == word


def poll_share_saying(tok: Token) -> bool:
    """A restrictive relative clause of saying on a share of poll respondents, its subject the
    relative pronoun: "compared with 64 percent who say the same of Sanders", "including 18% who
    say they would be dissatisfied", "about the same number who said the party truly cares"
    (PolNeAR train). The share answers the poll's question: a report of its own, which PolNeAR
    annotates with "who" the source, "say" the cue. Signs: the verb "say" heading a ``relcl``
    whose subject is a relative pronoun, on a noun that spaCy's entity recogniser marks as a
    percentage or a number ("64 percent", "18%", "four in 10") or the noun "number". PolNeAR
    train without its held-out fifth: a gold cue 8 times in 9 (none of them ours before; not:
    "only 24 percent who said otherwise"); held-out fifth 3 in 4. Other verbs there are no such
    answer ("31 percent who view him unfavorably", "39 who back Sanders": 1 gold cue in 6).
    Held-out fifth: attribution F1 0.768 -> 0.768 (matched 2461 -> 2463, system 2877 -> 2881),
    cue matched 2444 -> 2446, content partial F1 0.731 -> 0.732, source accuracy 0.912."""
    noun = tok.head
    return tok.dep_ == "relcl" and tok.lemma_.lower() == "say" \
        and any(c.dep_ == "nsubj" and c.lower_ in RELATIVE_PRONOUNS for c in tok.children) \
        and (noun.ent_type_ in ("PERCENT", "CARDINAL") or noun.lemma_.lower() == "number")


def _after_semicolon(tok: Token) -> bool:
    """A verbal clause separated from its governor by a semicolon (a semicolon pair)."""
    if tok.pos_ not in VERBAL or tok.dep_ not in ("ccomp", "conj", "parataxis", "advcl"):
        return False
    lo, hi = sorted((tok.head.i, tok.left_edge.i))
    return any(t.text == ";" and t.head.i in (tok.head.i, tok.i) for t in tok.doc[lo:hi])


def unclear_frame(verb: Token) -> bool:
    """"It is unclear", "it remains uncertain", "it's not clear": a copula whose complement
    says that something is not known (``UNCLEAR``, or "clear" negated)."""
    acomp = next((c for c in verb.children if c.dep_ == "acomp"), None)
    if verb.lemma_ not in ("be", "remain") or acomp is None:
        return False
    negated = any(c.dep_ == "neg" for c in list(verb.children) + list(acomp.children))
    return acomp.lower_ in UNCLEAR or (acomp.lower_ == "clear" and negated)


def open_question_clause(tok: Token) -> bool:
    """An indirect question (a verbal ``ccomp`` or ``advcl`` opened by "whether", "if" or a
    wh-word, ``OPEN_QUESTION_WORDS``) after a governor that leaves it open: an unclear frame
    (:func:`unclear_frame`: "It's unclear whether any of those methods will work here", PolNeAR
    dev; "It is not clear how long her particular brand of magic can continue", PolNeAR train),
    or a negated verb before "whether" or a complement "if" (an adverbial "if" sets a
    condition): "Interpol didn't disclose at the time whether it received any arrest warrants
    from Iran" (Wikinews 2020; a wh-clause there presupposes its event: "did not explain why he
    left"). The clause is a claim of its own, which the factuality stage labels unknown (FactBank
    Uu): the text says neither that it happened nor that it did not; "It is unclear" stays the
    author's claim that it is not known. A governor that is itself
    reported ("officials said it was unclear whether X") keeps the question in its content, as
    PolNeAR annotates it."""
    gov = tok.head
    if tok.pos_ not in VERBAL or tok.dep_ not in ("ccomp", "advcl") or gov.i > tok.i \
            or tok.left_edge.lower_ not in OPEN_QUESTION_WORDS or gov.dep_ == "ccomp":
        return False
    asks = tok.left_edge.lower_ == "whether" or (tok.left_edge.lower_ == "if" and tok.dep_ == "ccomp")
    return unclear_frame(gov) or (asks and gov.pos_ in VERBAL and any(c.dep_ == "neg" for c in gov.children))


def quoted_after_colon(tok: Token) -> bool:
    """A verbal clause that opens a quotation right after its governing verb and a colon ("The
    prime minister, Boris Johnson, tweeted: "Thank you to all emergency services…"",
    "Marapira then rhetorically asked aloud: "Who is dead?""): the colon lead-in is the
    attribution (speaker and cue), the quotation its content, a claim of its own whether or not
    the verb is in the reporting lexicon (CONVENTIONS.md, "What one claim is"; new-user trial,
    Wikinews and VOA: the speaker and cue were inside the claim's text). PolNeAR train without
    its held-out fifth, under a verb of report: the quotation is gold content of that verb's
    cue 105 times in 117; held-out fifth unchanged (attribution F1 0.761, cue F1 0.761)."""
    if tok.pos_ not in VERBAL or tok.dep_ not in ("ccomp", "xcomp", "parataxis", "conj") \
            or tok.head.pos_ not in VERBAL or tok.head.i > tok.i:
        return False
    i = tok.left_edge.i - 1
    if i < 0 or not tok.doc[i].is_quote:
        return False
    while i >= 0 and (tok.doc[i].is_quote or tok.doc[i].is_space):
        i -= 1
    return i > tok.head.i and tok.doc[i].text == ":"


def _misparsed_gerund(tok: Token) -> bool:
    """A gerund phrase in a series that the parser read as a noun phrase ("responded by
    rebuilding a site, test-firing short-range missiles, and …": "firing" tagged as a modifier
    of "missiles"): a conjoined noun whose phrase opens, after a comma, with a gerund modifier,
    under a gerund verb."""
    first = tok.left_edge
    gerund = next((c for c in tok.children if c.dep_ == "amod" and c.tag_ == "VBG"), None)
    if gerund is None or first.i == 0 or tok.doc[first.i - 1].text != ",":
        return False
    if not all(t.i in range(first.i, gerund.i + 1) for t in gerund.subtree) or gerund.left_edge.i != first.i:
        return False
    return any(a.tag_ == "VBG" and a.pos_ == "VERB" for a in tok.ancestors)


def _temporal_since(tok: Token) -> bool:
    """A "since" clause that dates the perfect verb it hangs on ("has become noticeably
    overweight since he came to power", FNC-1 body 63, new-user trial 9, was a claim of its own
    "since he came to power"): a temporal clause, which restricts its main clause like "until",
    not a causal one. PolNeAR train without its held-out fifth: of the 13 gold contents that hold
    such a clause, all 13 hold its main verb too (after any other "since" clause: 27 of 30).
    Held-out fifth, with the gerund-pair rule (:func:`_shares_complements`) and
    ``parse_repairs.restore_conjoined_clause``: attribution F1 0.764 -> 0.765."""
    return any(c.dep_ == "mark" and c.lower_ == "since" for c in tok.children) and any(
        c.dep_ in ("aux", "auxpass") and c.lemma_ == "have" for c in tok.head.children)


def as_act(verb: Token) -> bool:
    """An "as" clause (``advcl``, the marker before the verb) in which its subject (no dummy "it"
    or "there") says or takes a stance toward an object or clause of its own, on a verb of report
    or stance or a verb with a direct object ("effectively acknowledged some plagiarism even as
    he defended Melania Trump and the campaign", "Ted Cruz is highlighting his Iowa win … as he
    urges conservatives to unite behind him", "Even as he accused the Justice Department of
    giving Clinton special treatment, Giuliani wouldn't directly speculate about…"): the
    clause's verb is of :func:`report_or_stance` or the lexicon's ``stance_act_verbs`` and has a
    ``dobj``, ``ccomp`` or ``xcomp`` that is no "it" (for "tell" a ``ccomp`` or ``xcomp``: "as X
    told the AP, “…”" names an addressee and, like "as X puts it" and "as Reuters reported",
    cues the clause it hangs on, ``_Attributor.as_report``); "as" is its only marker, not "as
    if" or "as though", and the verb it hangs on has no "as" of a comparison ("as far as I
    think"). PolNeAR annotates such a clause as an attribution of its own, outside the content
    of the act it hangs on, where the stance pass (which runs only in units with no source) left
    it in that content. PolNeAR train without its held-out fifth: the verb is a gold cue 24
    times in 32 (9 in 16 where it was no cue of ours); held-out fifth: 9 in 10 (3 in 3). On any
    verb (a passive, an intransitive: "Protest is set as Jewish leaders consider…", where the
    stance pass finds the act already) 48 in 64, but 11 in 23 where it was no cue of ours."""
    acts, host = cues()["stance_act_verbs"], verb.head
    if verb.dep_ != "advcl" or verb.pos_ != "VERB" \
            or not (report_or_stance(verb.lemma_.lower()) or verb.lemma_.lower() in acts):
        return False
    if not (report_or_stance(host.lemma_.lower()) or host.lemma_.lower() in acts
            or any(c.dep_ == "dobj" for c in host.children)):
        return False  # "Protest is set as Jewish leaders consider…": the stance pass finds it
    kids = list(verb.children)
    marks = [c for c in kids if c.dep_ == "mark"]
    if [c.lower_ for c in marks] != ["as"] or marks[0].i > verb.i or verb.doc[marks[0].i + 1].lower_ in ("if", "though") \
            or any(c.lower_ == "as" and c.dep_ in ("advmod", "prep") for c in verb.head.children):
        return False  # "as if he's proposing…", "as far as I think…": a comparison, no act
    said = ("ccomp", "xcomp") if verb.lemma_.lower() == "tell" else ("dobj", "ccomp", "xcomp")
    return any(c.dep_ == "nsubj" and c.lower_ not in ("it", "there") for c in kids) \
        and any(c.dep_ in said and c.lower_ != "it" for c in kids)


def hedged_absolute(tok: Token) -> bool:
    """An absolute "with" clause that hedges its own fact ("Boko Haram has been fighting an
    insurgency since 2009, with some 2,000 civilians reportedly killed this year", FNC-1 body
    1588, new-user trial 11: the toll was asserted by the author): a verb under "with" with a
    subject of its own and a hedge of report or allegation (``hedge_reported``,
    ``hedge_alleged``) is a claim of its own, so that the hedge is the author's commitment to it
    and not lost in the main clause. PolNeAR train without its held-out fifth: no such clause;
    held-out fifth: 2, each a gold attribution of its own ("With … Bloomberg reportedly
    considering a presidential run…": cue "reportedly", content the clause)."""
    return absolute_subject(tok) is not None and relay_hedged(tok)


def reported_absolute(tok: Token) -> Token | None:
    """The participle of report on the subject of an absolute "with" clause ("Reuters reported
    Monday's attack the deadliest since…, with officials reporting at the time 150 security
    forces … killed", Wikinews 2019 no. 16, new-user trial 11: the parse hangs "reporting" on
    "officials" and makes "killed" the clause's verb): the clause is a claim of its own, the
    report of that subject, whose participle is the cue. None for no such clause. PolNeAR train
    without its held-out fifth: 1 such clause, a gold cue with that content ("…, with polls
    showing Clinton's once formidable lead having evaporated", which the system had cut at
    "lead")."""
    subj = absolute_subject(tok)
    return next((c for c in subj.children if c.dep_ == "acl" and c.tag_ == "VBG" and is_reporting(c)),
                None) if subj is not None else None


def absolute_subject(tok: Token) -> Token | None:
    """The subject of ``tok`` when it is the verb of an absolute "with" clause ("with some 2,000
    civilians reportedly killed", "with officials reporting …"); None otherwise."""
    if tok.head.lower_ != "with" or tok.pos_ not in VERBAL:
        return None
    return next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def relay_hedged(verb: Token) -> bool:
    """Whether ``verb`` has an adverb that relays it from elsewhere ("reportedly", "allegedly":
    ``hedge_reported``, ``hedge_alleged`` of ``lexicons/cues.json``)."""
    lex = cues()
    return any(c.dep_ == "advmod" and c.lower_ in lex["hedge_alleged"] | lex["hedge_reported"]
               for c in verb.children)


def _coordinated(conj: Token) -> bool:
    """False for a bare past participle right after a noun that the parser made a conjunct verb
    ("…resulting in all crew & high-ranking CIA members killed": "killed", with no word of its
    own and no coordinator before it, describes "members"; it is no second verb of "crashed").
    Any other conjunct verb is coordinated (the parser's attachment of "and" and commas is too
    loose to ask for more: "…disdain, and the advent of Fox News gave…")."""
    prev = conj.doc[conj.i - 1] if conj.i else None
    return not (conj.tag_ == "VBN" and not list(conj.children) and prev is not None
                and prev.pos_ in ("NOUN", "PROPN"))


#: Dependents that do not complete a verb: a bare verb with only these to its right waits for
#: the complements of the verb conjoined to it.
_NO_COMPLEMENT = frozenset({"punct", "cc", "conj", "preconj"})


def _shares_complements(conj: Token) -> bool:
    """True when ``conj`` and the verb it is conjoined to make one predication: the first verb
    has nothing of its own to its right but its coordinator, its punctuation and ``conj``; the
    verbs make a list of three or more or a disjunction ("or", whose
    parts no one asserts alone); and the last verb of the series has a direct object, which all
    share (right node raising: "no person … shall construct, install, establish, or operate a
    radio station" (Wikinews), "freedom to seek, receive and communicate ideas", "spies are
    watching or suspecting you"), or the verbs are bare past participles, a list of states
    ("civilians remain unseen, unprotected, bombed, besieged, raped"). "Paused and said the
    talks had failed" and "They shot and killed people" keep two claims each. A pair of verbs
    under one "to" counts as a list, an infinitive naming one purpose or request ("ask local
    authorities to find and arrest a person", Wikinews 2020 no. 72, new-user trial 6, was two
    claims "…to find" / "arrest a person"): PolNeAR train without its held-out fifth, 31 such
    pairs ("to defend and expand Social Security"), 23 inside one gold content with both verbs,
    none split between two contents, 8 in no content; held-out fifth unchanged (attribution F1
    0.761, partial 0.726, cue 0.761, source 0.913; 5 claims fewer). So does a pair of gerunds
    under one preposition ("must be united in addressing and condemning this brazen behavior",
    VOA 8009004, new-user trial 9, was two claims "…united in addressing" / "condemning this
    brazen behavior"): PolNeAR train without its held-out fifth, 14 such pairs with a shared
    object, 10 inside one gold content with both verbs, none split, 4 in no content; held-out
    fifth (3 such pairs, all in one gold content), with :func:`_temporal_since`: attribution F1
    0.764 -> 0.765. Also True when
    ``conj`` is a base form (VB) with no subject or auxiliary of its own conjoined to a past or
    third-person form (VBD, VBZ), whose tense it cannot share: the parser read the first word of
    a compound noun as an object ("issued a cease and desist order"). CONVENTIONS.md: a claim is
    each conjunct of coordinated verb *phrases*; verbs that share one object make one phrase
    (new-user trial, Wikinews and VOA: one-word claims "install", "establish", and "issued a
    cease" / "desist order dated yesterday"). PolNeAR train without its held-out fifth: of the
    75 such conjuncts inside a gold content, 64 share that content with the verb they join (28
    more lie in none); held-out fifth unchanged (attribution F1 0.761, partial 0.725)."""
    def subjectless(v: Token) -> bool:
        return not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in v.children)

    if not subjectless(conj):
        return False  # "…, and he suspended his campaign": a clause of its own
    first, top = conj.head, conj.head
    while top.dep_ == "conj" and top.head.pos_ in VERBAL and subjectless(top):
        top = top.head
    series, todo = [], [top]
    while todo:
        series.append(v := todo.pop())
        todo.extend(c for c in v.children if c.dep_ == "conj" and c.pos_ in VERBAL and subjectless(c))
    last = max(series, key=lambda v: v.i)
    listed = len(series) > 2 or any(c.dep_ == "cc" and c.lower_ in ("or", "nor") for v in series for c in v.children) \
        or top.tag_ == "VB" and any(c.tag_ == "TO" for c in top.children) \
        or top.tag_ == "VBG" and top.dep_ == "pcomp"
    if listed and not any(c.i > first.i and c.dep_ not in _NO_COMPLEMENT for c in first.children) and (
            any(c.dep_ == "dobj" for c in last.children) or first.tag_ == conj.tag_ == "VBN"):
        return True
    return conj.tag_ == "VB" and first.tag_ in ("VBD", "VBZ") and not any(
        c.dep_ in ("aux", "auxpass") for c in conj.children)


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


#: Comment clauses (Quirk et al. 1985): a pronoun and a verb set into a clause as a
#: discourse marker, reporting nothing.
COMMENT_CLAUSES = frozenset({("you", "know"), ("i", "mean"), ("you", "see")})


def comment_clause(tok: Token) -> bool:
    """``tok`` is the verb of a comment clause ("why was Clinton, you know, inviting a team
    owner to the debate", "I mean", "you see"): its only word is its pronoun subject. It
    states no claim of its own and is no hole in the clause around it, which would otherwise
    be cut off at it (:func:`_cut_tail`: the PENCE transcript lost "inviting some celebrity
    basketball team owner to the debate…"). PolNeAR train without its held-out fifth: of 60
    such clauses the parse makes a parataxis, 42 sit inside one gold content with the words on
    both sides of them; held-out fifth: unchanged (dev: the Pence transcript's content found)."""
    kids = [c for c in tok.children if not c.is_punct]
    return len(kids) == 1 and kids[0].dep_ == "nsubj" \
        and (kids[0].lower_, tok.lemma_.lower()) in COMMENT_CLAUSES


def _frame_clause(tok: Token) -> bool:
    """"X comes as Y" / "X comes amid Y": the verb "come" with an adverbial "as" clause or an
    "amid" phrase and no complement of its own ("came as a shock" has one: a prepositional
    object, no clause). In VOA's 89 stories and Wikinews 2019-20 every such "comes as" / "comes
    amid" is a frame of this kind (8 of 8 read by hand). An "amid" phrase frames a report only
    when it holds a reported clause ("comes amid signs the campaign sees that…"); one that names a
    background event ("The unrest … comes amid the possible eviction of Palestinians from east
    Jerusalem homes", VOA 6205674, new-user trial 13) leaves the sentence the author's claim (it
    was no claim at all). PolNeAR train without its held-out fifth: 2 such sentences, none in
    the fifth."""
    if tok.lemma_.lower() != "come" or tok.pos_ not in VERBAL:
        return False
    kids = list(tok.children)
    if any(c.dep_ in ("dobj", "attr", "acomp", "oprd", "ccomp", "xcomp") for c in kids):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "amid" and any(t.dep_ == "ccomp" for t in c.subtree)
               for c in kids) or any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "as" for m in c.children)
        for c in kids)


def report_time(dep: Token) -> bool:
    """True when ``dep``, a dependent of a verb, is only a date or time, bare or after "on"
    ("vowed [Tuesday] to…", "promised [on Tuesday] to…", "responded [Friday] to…"): when the
    verb reports, the time of the report (see ``parse_repairs.raise_report_time`` and
    ``export._past_addressee``)."""
    words = [t for t in dep.subtree if not (t.i == dep.left_edge.i and t.lower_ == "on")]
    return bool(words) and all(t.ent_type_ in ("DATE", "TIME") for t in words)


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
    """Whether ``tok`` heads a claim unit (rules in the module docstring)."""
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
        return tok.tag_ in ("VBN", "VBG") and nonrestrictive(tok) or set_off_report(tok) is not None
    if dep == "ccomp":
        return is_reporting(tok.head) and not prospective_showing(tok.head) and not no_one_reports(tok.head)
    if dep in ("pcomp", "advcl") and (hedged_absolute(tok) or reported_absolute(tok) is not None):
        return True
    if dep == "pcomp" and tok.tag_ == "VBG" and tok.head.lower_ == "by":
        verb = tok.head.head
        means = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "by"]
        return len(means) > 1 and tok.head.i != means[0].i
    return False


def is_opinion(doc: Doc, head: Token) -> bool:
    """Whether a unit is the author's opinion or evaluation rather than a claim of fact.

    Markers (lexicon ``opinion_*`` classes): a perception verb with an evaluative complement
    ("seems bad", "sounds like…"; "seems to have fled" is a hedge, not an opinion); a stance
    adverb ("frankly"; one of a conjunct is that conjunct's own: "Mobile and wireless signals
    are not working and, unfortunately, we are not able to get in touch with the crew", VOA
    8006651, new-user trial 14, made both opinions; PolNeAR train without its held-out fifth: 13
    stance adverbs on a verb's conjunct, all 13 of that conjunct alone by my reading: "…, but it
    clearly was out of step with much of the debate stage"); a sentential relative clause commenting on the sentence ("…, which is
    something to keep in mind"), not one a reporting verb reports ("…, which they've said was
    due to a lack of airtime": the network's report; new-user trial, Wikinews 2020-05-06); a demonstrative or dummy subject with an evaluative adjective
    ("This is troubling"). Subjectivity cues after Wiebe et al. (2004).
    """
    lex = cues()
    kids = list(head.children)
    if head.lemma_.lower() in lex["opinion_verbs"] and (
            any(c.dep_ in ("acomp", "oprd", "attr") for c in kids)
            or any(c.dep_ == "prep" and c.lower_ == "like" for c in kids)):
        return True
    if any(c.dep_ == "advmod" and c.lower_ in lex["opinion_adverbs"] for c in head.subtree
           if c.head == head or c.head.head == head and c.head.dep_ != "conj"):
        return True
    subj = next((c for c in kids if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.lower_ == "which" and head.head.pos_ in VERBAL and head.head != head \
            and head.dep_ != "ccomp":
        return True
    if head.lemma_ == "be" and subj is not None and subj.lower_ in ("this", "that", "it") and any(
            c.dep_ in ("acomp", "attr") and c.lemma_.lower() in lex["opinion_adjectives"] for c in kids):
        return True
    return False




def _cut_tail(doc: Doc, toks: list[int], head: int) -> list[int]:
    """Keep the tokens up to the end of the head's contiguous run: material that follows a
    nested unit (a hole in the run) dangles after it and is not part of this claim's span. A
    tail that only completes a coordination begun in the run stays (:func:`_completes_run`):
    "a residential area between Fath Airport, where it was attempting to land, and Payam
    International Airport" (Wikinews 2019, the Karaj cargo plane crash; new-user trial seven:
    the claim ended at "Fath Airport"). PolNeAR train without its held-out fifth (first 250
    texts): 13 such tails, 8 inside a gold content, 6 of them in the gold content of the claim's
    own words; held-out fifth: attribution matched 2434 -> 2435, content exact 1778 -> 1779,
    content partial P 0.789 -> 0.790."""
    end = toks.index(head)
    while end + 1 < len(toks) and toks[end + 1] == toks[end] + 1:
        end += 1
    run, tail = toks[:end + 1], toks[end + 1:]
    return toks if tail and _completes_run(doc, set(run), tail) else run


def _completes_run(doc: Doc, run: set[int], tail: list[int]) -> bool:
    """Whether every token of ``tail`` is a conjunct (with its words), its conjunction or a comma
    of a word in ``run``: the rest of a coordination, no clause of its own."""
    conj = [doc[i] for i in tail if doc[i].head.i in run and doc[i].dep_ == "conj"]
    inside = {t.i for c in conj for t in c.subtree}
    return bool(conj) and all(i in inside or doc[i].head.i in run and doc[i].dep_ in ("cc", "punct")
                              for i in tail)


def find_units(doc: Doc) -> list[ClaimUnit]:
    """Claim units of ``doc`` in text order (one per predication; see module docstring).

    Args:
        doc: a parsed Doc (tagger, parser, lemmatizer and ``newstrace_parse_repairs`` have run).
    Returns:
        list of ClaimUnit with ``head``, ``tokens`` (sorted token indices) and ``paragraph``.
    """
    heads = [t for t in doc if is_unit_head(t)]
    stop = {t.i for t in heads}
    for head in heads:  # a verbless fragment (dateline, byline, caption, "though not likely")
        if not any(doc[i].pos_ in VERBAL for i in token_set(head, stop - {head.i})):
            stop.discard(head.i)  # is no claim, and no hole in the clause it belongs to
    units = []
    noun_subject = _misparsed_main_verbs(heads, stop)
    rebuttals = {h.i: rebuttal(h) for h in heads if h.i in stop and rebuttal(h) is not None}
    rebuttals.update({h.i: set_off_report(h) for h in heads if h.i in stop and h.i not in rebuttals
                      and set_off_report(h) not in (None, h)})  # "…, a point X acknowledged"
    noun_subject.update(rebuttals)
    for head in heads:
        if head.i not in stop:
            continue
        top = noun_subject.get(head.i, head)
        toks = trim_edges(doc, _cut_tail(doc, token_set(top, stop - {head.i}), head.i))
        if _frame_clause(head.head) and doc[toks[0]].dep_ == "mark" and doc[toks[0]].head == head:
            toks = toks[1:]  # "[as] Washington's priorities appear to be shifting"
        if not any(doc[i].pos_ in VERBAL for i in toks):
            continue
        units.append(ClaimUnit(head=head.i, tokens=toks,
                               paragraph=paragraph_of(doc, doc[toks[0]].idx),
                               kind="opinion" if is_opinion(doc, head) else "claim"))
    for u in [u for u in units if u.head in rebuttals]:  # the apposition leaves the clause it sums up
        for other in units:
            if other is not u and set(u.tokens) & set(other.tokens):
                other.tokens = trim_edges(doc, [i for i in other.tokens if i not in set(u.tokens)])
    _move_nor(doc, units)
    free_tagged_fragments(doc, units)
    units.sort(key=lambda u: u.tokens[0])
    return units


def free_tagged_fragments(doc: Doc, units: list[ClaimUnit]) -> None:
    """Take out of its speaker tag's unit a quotation with no verb of its own that the tag
    reports ("“Like Oakland. Or Ferguson,” Trump said", "“Happy Cinco de Mayo!,” he tweeted",
    "“Only you, Dinesh,” she said, would use…": the parse hangs the fragment on the tag verb as
    its complement or subject, and a verbless complement is no unit of its own, so the fragment
    stayed in the tag's unit and no one's words): a quotation set off by punctuation
    (:func:`~newstrace.components.quotes.set_off`) with no verb
    (:func:`~newstrace.components.quotes.verbless`) whose speaker tag
    (:func:`~newstrace.components.quotes.tag_candidate`) heads a unit. The quotation pass then
    makes the fragment a claim of its own with the tag's speaker (``QuotePass.quote_unit``), as
    PolNeAR annotates it (the tag verb the cue, the quotation the content). PolNeAR train
    without its held-out fifth: it frees 52 quotations, the tag a gold cue 49 times, 48 of
    them with the quotation in its content (not: "Fallon fired back: “As a guardian of the
    @POTUS legacy,” he wrote, “…”", the cue "fired back"). Held-out fifth, with
    ``parse_repairs.raise_fragment_tag`` and the ``QuotePass.quote_unit`` changes of its
    session: attribution F1 0.7708 -> 0.7710 (matched 2472 -> 2473, system 2882 -> 2883), cue F1 0.7709 -> 0.7711 (matched 2460 -> 2461), content partial F1 0.735 -> 0.735, source accuracy 0.916 -> 0.916."""
    text, by_head = text_of(doc), {u.head: u for u in units}
    for qs, qe in doc_regions(doc):
        if not set_off(text, qs) or not verbless(doc, qs, qe):
            continue
        tag = tag_candidate(doc, text, qs, qe, MAX_TAG_WORDS)
        unit = by_head.get(tag.i) if tag is not None else None
        if unit is not None:
            kept = [i for i in unit.tokens if not (qs <= doc[i].idx < qe or doc[i].is_quote and qs - 2 <= doc[i].idx <= qe)]
            unit.tokens = trim_edges(doc, kept) or unit.tokens


def _misparsed_main_verbs(heads: list[Token], stop: set[int]) -> dict[int, Token]:
    """``{verb index: noun}`` for a sentence whose main verb the parser hung on its subject as a
    reduced relative ("The single biggest attack, in 2009, killed at least 25 people": ROOT
    "attack", "killed" an ``acl`` after the comma): the sentence root is a noun with no verb of
    its own (a verbless fragment, dropped from ``stop``) and exactly one unit-heading ``acl``
    child. That verb's unit then spans the noun phrase too, so the claim keeps its subject and
    the time inside it ("in 2009")."""
    out = {}
    for head in heads:
        if head.dep_ != "ROOT" or head.pos_ not in ("NOUN", "PROPN") or head.i in stop:
            continue
        acl = [c for c in head.children if c.dep_ == "acl" and c.i in stop]
        if len(acl) == 1 and acl[0].i > head.i:
            out[acl[0].i] = head
    return out


def _move_nor(doc: Doc, units: list[ClaimUnit]) -> None:
    """"A, nor B": the parse hangs "nor" on A, but it negates B; move it to B's unit."""
    for u in units:
        first = u.tokens[0]
        prev = first - 1
        while prev >= 0 and (doc[prev].is_punct or doc[prev].is_space):
            prev -= 1
        if prev >= 0 and doc[prev].lower_ == "nor" and doc[u.head].dep_ == "conj":
            for other in units:
                if prev in other.tokens:
                    other.tokens = trim_edges(doc, [i for i in other.tokens if i != prev])
            u.tokens = [prev, *u.tokens]


@Language.factory("newstrace_claims")
def make_claims(nlp: Language, name: str):
    """Factory of the claims component: sets ``doc._.nt_claims``."""
    def claims(doc: Doc) -> Doc:
        doc._.nt_claims = find_units(doc)
        return doc
    return claims
