"""Doc -> records: turns a processed spaCy Doc into a :class:`~newstrace.records.Reading`.

Attaches to each claim the times and places inside its span and the times that modify the report
of it ("first reported on Friday"), as CONVENTIONS.md ("Times and places") asks. A time is
``anchor: report`` when the cue of the claim's chain governs it, else ``event``, whatever the verb
above it: "in 2021, Iranian operatives were accused of planning..." stated by the author, "he
observed her during a seven-day stakeout" inside what Mehdiyev said, date events (new-user trial,
VOA: both were tagged report times because "accuse" and "observe" are reporting verbs).
"""
from __future__ import annotations

import bisect

from spacy.tokens import Doc, Token

from newstrace.components.claims import contentless_report, nonrestrictive, report_time
from newstrace.components.cue_rules import as_much, np_class, passive_claim, pro_form_answer, PRO_FORMS
from newstrace.components.polarity import polarity, tense
from newstrace.components.quotes import doc_regions, in_quotes, unquoted
from newstrace.components.stance import circumstance, less_circumstances
from newstrace.lexicons import cues
from newstrace.records import (Article, Attribution, Claim, Cue, Factuality, Predicate, Reading,
                               ReliabilityStatement, Source, Span, Stance, StanceHolder,
                               TimeExpression)
from newstrace.units import ClaimUnit, SourceLink, text_of, token_set


def _cue(doc: Doc, span: tuple[int, int]) -> Cue:
    return Cue(text=text_of(doc)[span[0]:span[1]], start_char=span[0], end_char=span[1])


def _governor(doc: Doc, t: TimeExpression) -> Token | None:
    span = doc.char_span(t.start_char, t.end_char, alignment_mode="expand")
    if span is None or not len(span):
        return None
    tok = span.root
    for _ in range(4):
        if tok.dep_ not in ("pobj", "prep", "npadvmod", "nummod", "compound", "amod", "det") or tok.head == tok:
            break
        tok = tok.head
    return tok


def _times_by_governor(doc: Doc, times: list[TimeExpression]) -> dict[int, list]:
    """Governor offset -> (position, time) of the times it governs: found once per Doc (finding
    them for every link made the time grow with the square of the text's length)."""
    out: dict[int, list] = {}
    for n, t in enumerate(times):
        gov = _governor(doc, t)
        if gov is not None:
            out.setdefault(gov.idx, []).append((n, t))
    return out


def _report_times(link: SourceLink, governed: dict[int, list]) -> list[TimeExpression]:
    """The times governed by a word of the link's cue ("said Friday"), anchored to the report."""
    if link.cue is None:
        return []
    found = sorted(nt for i in range(link.cue[0], link.cue[1]) for nt in governed.get(i, []))
    return [t.model_copy(update={"anchor": "report"}) for _, t in found]


def _source(doc: Doc, link: SourceLink, governed: dict[int, list], sent: tuple[int, int]) -> Source:
    """The chain element of ``link``; its times are those of the report in the claim's sentence
    ``sent`` (character span): a time belongs to the clause it is in, so "“There could be a
    little disruption,” he said about stock market losses last week. “Look, what I have to do is
    build a strong country.”" dates the first quotation's report only (new-user trial, VOA: the
    time was on every quotation of the paragraph)."""
    return Source(
        name=link.name, mention=text_of(doc)[link.start_char:link.end_char],
        start_char=link.start_char, end_char=link.end_char, type=link.type,
        cue=_cue(doc, link.cue) if link.cue else None,
        factuality=Factuality(label=link.label, value=link.value,
                              cues=[_cue(doc, s) for s in link.cue_spans]),
        times=[t for t in _report_times(link, governed) if sent[0] <= t.start_char < sent[1]])


#: Light verbs (Jespersen 1954; Butt, "The light verb jungle", 2010): in "made an offer",
#: "took control", "gave birth" the object noun, not the verb, names what happened.
LIGHT_VERBS = frozenset({"make", "take", "give", "have", "do", "get", "hold", "conduct"})


def _predicate(head: Token) -> Token:
    """The token naming what a claim predicates: its head; for a copula ("the move is an
    effort") the attribute or adjective complement; for a light verb (:data:`LIGHT_VERBS`)
    with a noun object ("the Red Sox made an offer") that noun."""
    if head.lemma_ == "be":
        for child in head.children:
            if child.dep_ in ("attr", "acomp"):
                return child
    if head.lemma_ in LIGHT_VERBS:
        for child in head.children:
            if child.dep_ == "dobj" and child.pos_ == "NOUN":
                return child
    return head


def _predicate_record(doc: Doc, clause_head: Token, head: Token) -> Predicate:
    """The :class:`Predicate` of a claim: ``head`` (:func:`_predicate`) with the polarity and
    tense of the clause headed by ``clause_head`` (:mod:`newstrace.components.polarity`)."""
    pol, neg = polarity(clause_head)
    when, cue = tense(clause_head)
    text = text_of(doc)
    span = lambda s: None if s is None else Span(text=text[s[0]:s[1]], start_char=s[0], end_char=s[1])  # noqa: E731
    return Predicate(text=head.text, start_char=head.idx, end_char=head.idx + len(head),
                     lemma=head.lemma_.lower(), polarity=pol, negation=span(neg), tense=when, tense_cue=span(cue))


def _claim(doc: Doc, n: int, unit: ClaimUnit, times, places, starts: dict[str, list[int]],
           governed: dict[int, list]) -> Claim:
    start, end = unquoted(doc_regions(doc), text_of(doc), *unit.span(doc))
    sent = doc[unit.head].sent
    chain = [_source(doc, link, governed, (sent.start_char, sent.end_char)) for link in unit.chain]
    reports = {t.start_char for s in chain for t in s.times}
    own_times = [t.model_copy(update={"anchor": "report" if t.start_char in reports else "event"})
                 for t in _within(times, starts["times"], start, end)]
    report_times = [t for s in chain for t in s.times
                    if not any(o.start_char == t.start_char for o in own_times)]
    head = _predicate(doc[unit.head])
    return Claim(
        id=f"c{n}", start_char=start, end_char=end, text=text_of(doc)[start:end], kind=unit.kind,
        predicate=_predicate_record(doc, doc[unit.head], head),
        attribution=Attribution(chain=chain, origin=chain[-1] if chain else None, quote=unit.quote),
        factuality=Factuality(label=unit.label, value=unit.value,
                              cues=[_cue(doc, s) for s in unit.cue_spans]),
        event=unit.event,
        stances=[_stance(doc, found) for found in unit.stances],
        times=own_times + report_times,
        places=_within(places, starts["places"], start, end),
        reported=_reported(doc, unit))


def _within(found: list, starts: list[int], start: int, end: int) -> list:
    """The times or places of ``found`` (in text order, ``starts`` their start offsets) inside
    [start, end), by bisection: going through all of them for every claim made the time grow
    with the square of the text's length."""
    return [x for x in found[bisect.bisect_left(starts, start):bisect.bisect_right(starts, end)]
            if x.end_char <= end]


def _reported(doc: Doc, unit: ClaimUnit) -> Span | None:
    """What the outer link's cue reports when the cue lies inside the unit (a noun-phrase report:
    "announced her candidacy on Tuesday"): the unit's words after the cue and its
    preposition less the circumstances of the act at their end
    (:func:`~newstrace.components.stance.less_circumstances`) and less the author's closing gloss
    (:func:`_less_gloss`); for a unit that is itself the reported content, the unit less that
    gloss, None when it has none; None for an adjective cue ("are angry at X, at Y": the copula's phrases
    complement the adjective), and for a clausal content that wraps round the cue ("what he
    said was a tariff"), and for a unit whose words after the cue are only circumstances of the
    act (:func:`~newstrace.components.stance.circumstance`: "…, a charge Balkhi rejected
    Thursday", VOA 8011076, new-user trial 8, reported "Thursday"; PolNeAR train without its
    held-out fifth: one content changes, "after 55 percent said so in December" now holds the
    gold "so", not "in December" alone; held-out fifth with session 24's new-user-trial-8
    rules: attribution F1 0.764 -> 0.765, matched 2439 -> 2440, content partial F1 0.729 and
    source accuracy 0.913 unchanged). The verb's own adverbs and punctuation before the content are left out
    ("asked aloud: “Who is dead?”"), and so is a passive participle's agent, the source ("reported by
    local press as belonging to the Iranian military" reports "belonging to the Iranian military");
    a quotation opened in the content and closed after the
    unit's last word is followed to its closing mark ("called the move “deeply disappointing and
    will undercut…”", whose conjunct is a claim of its own). The claim keeps its span and times
    ("on Thursday night"). A passive "claimed" reports its subject, before it
    (:func:`~newstrace.components.cue_rules.passive_claim`: PolNeAR gold "Both incidents"), and
    "said as much in an interview" reports "as much" alone
    (:func:`~newstrace.components.cue_rules.as_much`: PolNeAR gold "as much"; the parse hangs the
    act's circumstances on "much")."""
    cue = unit.chain[0].cue if unit.chain else None
    start, end = unit.span(doc)
    if cue is not None and not start <= cue[0] < end:  # the unit is what is reported
        kept = _less_gloss(doc, sorted(unit.tokens))
        return None if len(kept) == len(unit.tokens) else _span_of(doc, kept)
    if cue is None:
        return None
    after = [i for i in unit.tokens if doc[i].idx >= cue[1]]
    if not after:
        return None
    verb = doc.char_span(cue[0], cue[1], alignment_mode="expand").root
    if passive_claim(verb):  # "The attack was claimed by X": what X claims is the subject
        subject = next(c for c in verb.children if c.dep_ == "nsubjpass")
        return _span_of(doc, list(range(subject.left_edge.i, subject.right_edge.i + 1)))
    if verb.pos_ != "VERB" or any(c.dep_ in ("ccomp", "csubj") and c.left_edge.idx < cue[0]
                                  for c in verb.children):
        return None
    much = as_much(verb) if verb.pos_ == "VERB" else None
    if much is not None and much.i - 1 in after:  # "said as much in an interview": the pro-form alone
        return _span_of(doc, [much.i - 1, much.i])
    agent = next((c for c in verb.children if c.dep_ == "agent" and c.i == after[0]), None)
    if agent is not None and agent.right_edge.i < after[-1]:
        after = [i for i in after if i > agent.right_edge.i]  # "reported [by local press] as…": the source
    after = _before_agent(verb, after, unit.chain[0])
    if len(after) > 1 and doc[after[0]].dep_ == "prep" and doc[after[0]].head == verb:
        after = after[1:]  # "called for [more school investment]": the preposition goes with the cue
    while len(after) > 1 and doc[after[0]].head == verb and (
            doc[after[0]].dep_ == "advmod" and not _pro_form(doc[after[0]])
            or doc[after[0]].is_punct and not doc[after[0]].is_quote):
        after = after[1:]
    after = _past_addressee(verb, after)
    if all(any(circumstance(c) and i in token_set(c, set()) for c in verb.children) for i in after):
        return None  # "a charge X rejected Thursday": only when, nothing reported after the cue
    first, last = doc[after[0]], doc[_less_gloss(doc, less_circumstances(verb, after))[-1]]
    s, e = first.idx, last.idx + len(last.text)
    text = text_of(doc)
    e = max([e] + [q_end + (2 if text.startswith("''", q_end) else 1)  # the closing mark, '' two wide
                   for q_start, q_end in doc_regions(doc) if s < q_start <= e < q_end])
    return Span(text=text[s:e], start_char=s, end_char=e)


def _before_agent(verb: Token, after: list[int], link: SourceLink) -> list[int]:
    """``after`` (sorted token indices of what ``verb`` reports) less the agent phrase of the
    passive ``verb`` that closes it when it holds the source ``link`` ("Pigs are considered
    unclean [by Muslims and some other religious groups]", "was recommended for the job [by Roger
    Stone, the longtime Trump associate…]"): the source and its "by" are no part of what is
    reported. ``after`` unchanged otherwise. PolNeAR train without its held-out fifth (both
    learned models fitted without the fifth): the cut changes 5 contents, 4 of them matched, where
    the gold content stops before the "by" 4 times in 4 (cues "are considered", "were
    described", "was recommended for", "was found"). Held-out fifth, with ``stance.setting`` of
    the same change: attribution F1 0.7712 -> 0.7712 (matched 2474 of 2884 both), content partial
    F1 0.7353 -> 0.735 (about 0.7354: "it too" and "…, compared with four in 10" cut, "rollback,
    either" wrongly), cue F1 0.7713 -> 0.7713, source accuracy 0.916 unchanged."""
    agent = next((c for c in verb.children if c.dep_ == "agent" and after[0] < c.i <= after[-1] <= c.right_edge.i
                  and c.idx <= link.start_char < c.right_edge.idx + len(c.right_edge)), None)
    return [i for i in after if i < agent.i] if agent is not None else after


def _pro_form(tok: Token) -> bool:
    """``tok`` is the pro-form a verb's answer consists of (:func:`~newstrace.components.cue_rules.pro_form_answer`:
    "Ted Cruz apparently thinks [so], too", "after half said [so] in the earlier poll"): the
    content, not one of the verb's adverbs (PolNeAR gold content "so")."""
    return tok.lower_ in PRO_FORMS and pro_form_answer(tok.head)


def _list_member(noun: Token) -> bool:
    """``noun``, an apposition, is one of a list: it has a conjunct, there is another
    apposition in its phrase ("a war with Iran, a balanced budget") or its head has another
    ("furnished with a single bed, an armoire and a night table")."""
    return any(c.dep_ in ("conj", "cc") for c in noun.children) \
        or any(t.dep_ == "appos" and t != noun for t in noun.subtree) \
        or sum(c.dep_ == "appos" for c in noun.head.children) > 1


def _span_of(doc: Doc, toks: list[int]) -> Span:
    """The text from the first to the last of ``toks`` (sorted token indices)."""
    s, e = doc[toks[0]].idx, doc[toks[-1]].idx + len(doc[toks[-1]].text)
    return Span(text=text_of(doc)[s:e], start_char=s, end_char=e)


#: Dependents of a reporting verb that stand between it and its clausal complement without being
#: reported: the addressee (a dative; an object only of a verb of asking, "asked [the contender]
#: if…"), the hearer ("reiterated [to ABC News] that…"), a time ("noticed [this weekend] that…").
ADDRESSEE_DEPS = frozenset({"dobj", "dative", "prep", "npadvmod", "advmod"})


#: Longest author's gloss (:func:`_less_gloss`), in tokens.
GLOSS_TOKENS = 10


def _less_gloss(doc: Doc, toks: list[int]) -> list[int]:
    """``toks`` (sorted token indices of a reported content) less a gloss the author closes them
    with, and the comma or dash before it: an indefinite apposition set off by a comma or dash
    that sums up, or describes, no person ("…regards all of Jerusalem as its indivisible
    capital[, a claim not recognized internationally]", "…announced four votes for Trump, 31 for
    Senator Ted Cruz and two abstentions[, a result which drew murmurs…]"), of at most
    :data:`GLOSS_TOKENS` tokens, with no quotation mark in it and not inside a quotation, and
    no member of a list that the parse took for an apposition ("a $4 trillion tax cut, a war
    with Iran, a balanced budget"). ``toks`` unchanged when there is no such gloss.

    PolNeAR train without its held-out fifth: of the system contents paired with a gold one
    that this shortens, the gloss is outside the gold content 14 times in 15 (of any length:
    33 in 42, but the longer ones that gold keeps cost 6 pairs their match; an apposition after
    a person or naming one, "…, a self-described Democratic socialist", 4 in 8; a definite one,
    7 in 14). Held-out fifth: one content shortened, to its gold end; content partial F1 0.729,
    attribution F1 0.764 unchanged."""
    words = [i for i in toks if not doc[i].is_punct and not doc[i].is_space]
    if not words:
        return toks
    gloss = next((d for i in words if (d := doc[i]).dep_ == "appos" and d.right_edge.i >= words[-1]
                  and d.head.i in toks and d.head.i < d.left_edge.i), None)
    if gloss is None or gloss.left_edge.lower_ not in ("a", "an") or not nonrestrictive(gloss) \
            or gloss.right_edge.i - gloss.left_edge.i >= GLOSS_TOKENS \
            or "person" in (np_class(gloss), np_class(gloss.head)) \
            or any(t.is_quote for t in gloss.subtree) or _list_member(gloss) \
            or any(s < gloss.left_edge.idx < e for s, e in doc_regions(doc)):
        return toks
    kept = [i for i in toks if i < gloss.left_edge.i - 1]
    return kept or toks


def _less_aside(doc: Doc, start: int, end: int) -> int:
    """The end offset of the stance content ``[start, end)`` less the author's aside that closes
    it, and the comma before it: an apposition headed by a singular common noun, set off by a
    comma after a common noun and running to the content's end ("…mocked Carson's story about
    attacking someone with a hunting knife[, an event that Carson says led him to Christ]"), with
    no quotation mark in it and not inside a quotation. ``end`` unchanged when there is none.

    PolNeAR train without its held-out fifth, among the stance contents paired with a gold one
    that this shortens: the gold content ends before the apposition 5 times in 6 (the other:
    "yet another scripted address, this time on law and order"); held-out fifth: none
    shortened. Left alone, as a cut there unpairs more than it mends: after a name, a
    common-noun apposition (gold ends before it 10 in 15, 3 pairs lost) and a "who" clause (3
    in 10, 7 lost); a "which" clause after a common noun (train without the fifth 7 in 8, but
    on the fifth attribution F1 and cue F1 0.76897 -> 0.76885, one more spurious stance, and
    "the convoluted delegate system, which he said runs the risk…" lost its pair)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    words = [t for t in span if not t.is_punct and not t.is_space] if span is not None else []
    aside = next((t for t in words[1:] if t.right_edge.i >= words[-1].i and t.head.pos_ == "NOUN"
                  and t.head.i < t.left_edge.i and doc[t.left_edge.i - 1].text == ","
                  and t.dep_ == "appos" and t.tag_ == "NN"), None)
    if aside is None or any(x.is_quote for x in aside.subtree) \
            or in_quotes(doc_regions(doc), aside.left_edge.idx):
        return end
    last = doc[aside.left_edge.i - 2]
    return last.idx + len(last.text) if last.idx >= start else end


def _reported_clause(tok: Token) -> bool:
    """True when ``tok`` heads a clause that a reporting verb reports: a clausal complement
    ("told X that…") or a question clause opened by "if"/"whether" ("asked X if…")."""
    return tok.dep_ == "ccomp" or tok.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in tok.children)


def _infinitive_content(tok: Token) -> bool:
    """True when ``tok`` heads what a verb of promising or answering takes after it: an
    infinitive ("vowed Tuesday [to remain]") or a phrase opened by "to" ("responded Friday [to
    reports that…]")."""
    return tok.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) \
        or tok.dep_ == "prep" and tok.lower_ == "to"


def _past_addressee(verb: Token, after: list[int]) -> list[int]:
    """``after`` (sorted token indices of what ``verb`` reports) less the dependents
    (:data:`ADDRESSEE_DEPS`) that open it before a clause the verb reports
    (:func:`_reported_clause`): "asked [the 2016 Democratic White House contender] if he's been
    preparing…", "noticed [this weekend] that poor and working-class white voters…".
    PARC and PolNeAR leave the addressee out of the content; an object before an infinitive or a
    predicate stays in it ("urged him to resign", "called him a loser": PolNeAR content "him to
    resign", "him a loser"). ``after`` unchanged when no such clause follows the opening
    dependents. PolNeAR train without its held-out fifth, among the contents this (with
    ``scoring.starts._reported_start``) changes: the object of a verb of asking before its clause is
    outside the gold content 10 times in 11.

    So is the hearer, the object of a verb of telling (``telling_verbs``: "reminds [viewers]
    that…", "convinced [many Republicans] that…"), before such a clause, and a time of the
    report (:func:`~newstrace.components.claims.report_time`) before an infinitive or a "to"
    phrase (:func:`_infinitive_content`: "vowed [Tuesday] to remain…", "responded [Friday] to
    reports that…"). PolNeAR train without its held-out fifth, among the contents these change:
    the gold content starts after the hearer 4 times in 5 (the other one: a "reminds us of"
    misparse, gold elsewhere), after the time 7 times in 9 (the others: gold content elsewhere, none further
    from it); held-out fifth: content exact 1,781 -> 1,782 ("reminding the co-hosts that…"),
    attribution F1 0.764, content partial F1 0.729 unchanged."""
    pos = set(after)
    rights = [c for c in verb.rights if c.right_edge.i >= after[0]]
    timed = bool(rights) and report_time(rights[0])
    hearing = verb.lemma_.lower() in cues()["asking_verbs"] | cues()["telling_verbs"]
    if not rights or rights[0].dep_ not in ADDRESSEE_DEPS or rights[0].dep_ == "dobj" and not (timed or hearing):
        return after
    for c in rights[1:]:
        if (_reported_clause(c) or timed and _infinitive_content(c)) and c.left_edge.i in pos:
            return [i for i in after if i >= c.left_edge.i]
        if c.dep_ not in ADDRESSEE_DEPS and not c.is_punct:
            return after
    return after


def _stance(doc: Doc, found: tuple[SourceLink, tuple[int, int]]) -> Stance:
    link, (s, e) = found
    text = text_of(doc)
    e = _less_aside(doc, s, e)
    return Stance(text=text[s:e], start_char=s, end_char=e, cue=_cue(doc, link.cue),
                  holder=StanceHolder(text=text[link.start_char:link.end_char], name=link.name,
                                      type=link.type, start_char=link.start_char,
                                      end_char=link.end_char),
                  probability=link.probability)


def _share_sentence_times(doc: Doc, units: list[ClaimUnit], claims: list[Claim]) -> None:
    """A time that opens a sentence dates its conjoined and participial claims too: "Last month,
    insurgents ambushed a bus and killed 18 of those on board" — "killed 18" took place last
    month; "Earlier this month, a bomber detonated her vest, killing one guard". A claim with no
    event time of its own whose head is a ``conj`` or ``advcl`` of (a conjunct of) another
    claim's head takes that claim's event times that come before that head: a time after it dates
    that claim only ("tried to renew their franchise as early as July 2019, but all eleven of the
    bills filed have been stuck in Congress": the bills were not stuck in July 2019; new-user
    trial, fifth, Wikinews 2020-05-06). The times keep their own offsets (outside the claim's span)."""
    by_head = {u.head: c for u, c in zip(units, claims)}
    for u, c in zip(units, claims):
        if any(t.anchor == "event" for t in c.times):
            continue
        tok = doc[u.head]
        while tok.dep_ in ("conj", "advcl") and tok.head.i != tok.i:
            tok = tok.head
            gov = by_head.get(tok.i)
            if gov is not None and gov is not c:
                c.times = [t for t in gov.times if t.anchor == "event" and t.end_char <= tok.idx] + c.times
                break


def to_reading(article: Article, doc: Doc) -> Reading:
    """The Reading of ``article`` from its processed ``doc`` (``doc.text == article.text``).

    Claims keep text order; frames (bare "X said") and reports with no content ("He said.") are
    not claims. Returns a Reading whose every
    span indexes ``article.text``.
    """
    times = list(doc._.nt_times or [])
    places = list(doc._.nt_places or [])
    units = [u for u in doc._.nt_claims or [] if not u.frame and not contentless_report(doc, u)]
    governed = _times_by_governor(doc, times)
    starts = {"times": [t.start_char for t in times], "places": [p.start_char for p in places]}  # in text order
    claims = [_claim(doc, i + 1, u, times, places, starts, governed) for i, u in enumerate(units)]
    _share_sentence_times(doc, units, claims)
    reliability = [_reliability(doc, c, u.reliability) for c, u in zip(claims, units) if u.reliability]
    return Reading(article=article, claims=claims, times=times, places=places, reliability=reliability)


def _reliability(doc: Doc, claim: Claim, found: dict) -> ReliabilityStatement:
    s, e = found["subject"]
    return ReliabilityStatement(
        text=claim.text, start_char=claim.start_char, end_char=claim.end_char, claim_id=claim.id,
        subject=Span(text=text_of(doc)[s:e], start_char=s, end_char=e), direction=found["direction"],
        cue=_cue(doc, found["cue"]), source_name=found["source_name"],
        source_type=found["source_type"], country=found["country"],
        stated_by=[link.name for link in claim.attribution.chain])
