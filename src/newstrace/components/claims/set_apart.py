"""Clauses set apart from the clause that governs them, each a claim unit of its own, and the
clauses set into a sentence that head none:

* ``_after_semicolon``: a verbal clause after a semicolon;
* :func:`quoted_after_colon`: a quotation opened after its governing verb and a colon ("Boris
  Johnson tweeted: “Thank you to all emergency services…”"), the content of that verb's report;
* :func:`open_question_clause`: an indirect question that its governor leaves open, an unclear
  frame (:func:`unclear_frame`: "It is unclear whether…") or a negated verb ("Interpol didn't
  disclose whether…"), which the factuality stage labels unknown (FactBank Uu);
* :func:`comment_clause`: a comment clause ("you know", "I mean"; Quirk et al. 1985), no unit
  and no hole in the clause around it;
* ``_frame_clause``: a news frame, "X comes as Y" / "X comes amid Y", which heads no unit: its
  "as" clause does.

Input: tokens of a parsed spaCy Doc; output: booleans; sets nothing. Counts: PolNeAR train and
dev, VOA and Wikinews stories, as each docstring says.
"""
from __future__ import annotations

from spacy.tokens import Token

from newstrace.components.claims.reports import VERBAL


#: Words opening an indirect question ("whether", "if", the wh-words).
OPEN_QUESTION_WORDS = frozenset({"whether", "if", "how", "why", "what", "who", "whom", "which", "when", "where"})
#: Predicates of a question left open: "unclear", "uncertain", and "clear" negated.
UNCLEAR = frozenset({"unclear", "uncertain"})


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


#: Comment clauses (Quirk et al. 1985): a pronoun and a verb set into a clause as a
#: discourse marker, reporting nothing.
COMMENT_CLAUSES = frozenset({("you", "know"), ("i", "mean"), ("you", "see")})


def comment_clause(tok: Token) -> bool:
    """``tok`` is the verb of a comment clause ("why was Clinton, you know, inviting a team
    owner to the debate", "I mean", "you see"): its only word is its pronoun subject. It
    states no claim of its own and is no hole in the clause around it, which would otherwise
    be cut off at it (:func:`~.spans._cut_tail`: the PENCE transcript lost "inviting some celebrity
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
