"""Sentence-wide sources of the attribution stage: "according to X", "per X", "citing X", "in X's
view", a sentence-opening "In a poll, …" (:func:`poll_lead_in`), "To X, …" (X's view:
:func:`perspective_lead_in`) or "Under X law, …" (:func:`legal_lead_in`), the source of every
claim of the sentence; "in" + one poll on a clause's verb ("he fell to 10 percent in the latest
poll", :func:`poll_in_clause`), the source of that clause when it has no other; a participial
report with an agent ("first reported on Friday by a paper"), a further source, the origin when
the cue says first/originally; and where such a link goes in a unit's chain.

:class:`SentenceSources` is a mixin of
:class:`newstrace.components.attribution.attributor._Attributor`:
:meth:`~SentenceSources.sentence_links` takes a sentence and gives its links and the token
indices they cover (removed from contents); :meth:`~SentenceSources.in_scope` and
:meth:`~SentenceSources.poll_link` take a link or a unit. The module-level tests take a link
(and a unit's character span) or a token and give a bool or a set of token indices; the counts
each rests on (PolNeAR train without its held-out fifth, the held-out fifth) are in its
docstring.
"""
from __future__ import annotations

import re

from spacy.tokens import Token

from newstrace.components.cue_rules import (according_to_manner, according_to_relative, intention_participle,
                                            possession_claim, legal_lead_in, poll_in_clause, perspective_lead_in,
                                            poll_lead_in)
from newstrace.components.speakers import is_reporting, is_sourcelike, subject_of
from newstrace.lexicons import cues
from newstrace.units import ClaimUnit, SourceLink, token_set, trim_edges
from newstrace.components.attribution.frames import ascription, FIRST
from newstrace.components.claims import SHOWING, VERBAL


def _own_subject_passive(verb: Token) -> bool:
    """An adverbial clause in the passive with a subject of its own ("Khoshbo believes her book
    also was banned because it was written by a woman", VOA 8011004, new-user trial 19): its
    agent did what the clause says of its subject (wrote the book), and reports nothing of the
    sentence around it, so it is no sentence-wide source (:meth:`_Attributor.sentence_links`),
    unlike a participle with no subject ("…, first reported by the Times"). PolNeAR train, the
    110 texts with such a "by" phrase or another pattern of session 34: fires on "Mr.
    Lewandowski's troubles began, in part, when he was accused by a female Breitbart reporter…",
    where the accuser then reports the clause "when he …" (gold: "he … of grabbing her…"), not
    the sentence; matched attributions unchanged."""
    return verb.dep_ == "advcl" and any(c.dep_ == "nsubjpass" for c in verb.children) \
        and not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)


def _restrictive_participle(verb: Token) -> bool:
    """A participle of writing (``WRITING``) that restricts its noun, with no comma before it
    ("for them, the books written by women are the first to be targeted", VOA 8011004, new-user
    trial 19): it tells which books, and its agent wrote them; it sources nothing of the sentence
    around it (:meth:`_Attributor.sentence_links`), unlike one set off by a comma ("…, first
    reported by the Times") or one on a noun that can speak, who then speaks through the agent
    ("The security official cited by Reuters said…", FNC-1 body 1192). Verbs of report are left
    out: "The country described by the president … is the most powerful…" is a PolNeAR gold
    report (of "The country"). PolNeAR train, the 110 texts with such a "by" phrase or another
    pattern of session 34: fires 3 times ("a biography written by the Washington Post editor…",
    "a book written by the super PAC's chairman", "an affidavit written by Marc Bujnowski"),
    each time removing an attribution that matched no gold one."""
    return verb.dep_ == "acl" and verb.lemma_.lower() in WRITING and verb.left_edge.i > 0 \
        and not verb.doc[verb.left_edge.i - 1].is_punct and not is_sourcelike(verb.head) and verb.head.pos_ != "PROPN"


#: Verbs of writing a work, whose restrictive participle names its author (:func:`_restrictive_participle`).
WRITING = frozenset({"write", "author", "pen", "compose"})


def _displayed(verb: Token) -> bool:
    """A participle of showing (``SHOWING``) with a "by" agent and no clause of its own: the noun
    it hangs on is what the agent displays, not what it says ("symptoms were similar to those
    shown by someone who has contracted Ebola", FNC-1 body 372, new-user trial 18: the patient
    became the source of Xendan's report; "the racial divide in America highlighted by the
    recent police shootings", PolNeAR train). Only a clause makes such a verb a report ("polls
    show that…"). PolNeAR train and dev, by a text search: 3 participles of showing with a "by"
    agent (acl, advcl or conj: "as shown by Speaker … Gingrich's inclusion of it", "a clip that
    is never discussed or shown by either Democrats or Republicans"), none a gold cue."""
    return verb.lemma_.lower() in SHOWING and not any(c.dep_ == "ccomp" for c in verb.children)


def _passive_conjunct(verb: Token) -> bool:
    """A passive conjunct with an auxiliary of its own, a predicate of the subject it shares: in
    "The reports cited jihadist websites and have not been confirmed by Israeli officials"
    (Reuters via FNC-1 body 346, new-user trial 17) the officials did not confirm the reports;
    they are no source of what the reports cited. Such a conjunct is a claim of its own, whose
    agent is its source (as in "The reports have not been confirmed by Israeli officials"), not
    a participial report on its sentence (:meth:`SentenceSources.sentence_links`: "…, and
    confirmed by officials"). PolNeAR dev: attribution figures unchanged."""
    return verb.dep_ == "conj" and any(c.dep_ == "auxpass" for c in verb.children)


def _rate(prep: Token, noun: Token) -> bool:
    """"per" with a bare singular noun is a rate, not a source: "one pack per order", "$20 per
    person" (new-user trial, Wikinews: "order" was taken for a document); a source after "per"
    has a determiner or possessive ("per the report", "per his lawyer") or is a name or plural."""
    return prep.lower_ == "per" and noun.tag_ == "NN" and not any(
        c.dep_ in ("det", "poss") for c in noun.children)


def _inside_report(link: SourceLink, start: int, end: int, frame: list[SourceLink], text: str) -> bool:
    """A sentence-wide link (:meth:`_Attributor.sentence_links`) set inside the content of a
    unit's own report ``frame``, the unit's words (``start``-``end``, ``start`` taken before the
    link's words left the unit) on both sides of it: "The AP reported that, according to an
    analysis of her calendar, 85 of the 154 meetings were with donors". The reporter relays that
    source, so the link goes after the frame, not before it. A link at the content's end ("The
    witness said the order was to avoid…, according to the report") stays the outer one, as
    PolNeAR annotates it, and so does one that a dash follows, an afterthought of the author's
    ("59 percent view her unfavorably, according to a poll last week - virtually the same as
    Mr. Trump's 60 percent": the link's phrase must end at a comma). PolNeAR train without its
    held-out fifth, chains over a missed gold cue: 2 such links ("The AP reported that,
    according to…", "said Tuesday morning that according to its analysis, …"), the frame's cue
    a gold cue in both; held-out fifth: 1 (a quotation after "Politico reveals a few relevant
    facts:"), figures unchanged (dev: with the heading rule of ``ParagraphPass.names_speaker``,
    cue F1 0.775 -> 0.776, source accuracy 0.918 -> 0.919). So too a link between the unit's
    first words and a closing tag right after it (:func:`_closing_tag_after`): "The cache of
    weapons included hand grenades…, according to a video uploaded by a media group loyal to
    ISIS, the agency said." (FNC-1 body 219, new-user trial 13: the agency relays the video)."""
    if not frame or link.cue is None or start > link.cue[0]:
        return False
    if _closing_tag_after(link, start, frame, text):
        return True
    mark = CLAUSE_MARK.search(text, link.end_char, end)
    return mark is not None and mark.group() == "," and all(f.cue is not None and f.cue[1] <= link.cue[0]
                                                            for f in frame)


def _closing_tag_after(link: SourceLink, start: int, frame: list[SourceLink], text: str) -> bool:
    """Every link of ``frame`` (a unit's own report) is a closing tag whose source or cue
    follows ``link``'s phrase after a comma, and the unit (starting at ``start``) has words
    before ``link``: "X included Y, according to a video…, the agency said". An opening link
    ("According to a recent Washington Post-ABC News poll, 91 percent of African Americans…
    have an unfavorable view of Trump") stays the outer one: the form of session 28 that took
    it too cost the held-out fifth one attribution (F1 0.7708 -> 0.7704, three opening links
    nested). PolNeAR train (held-out fifth included) has no "…, according to X, Y said" (nor
    reported, told, wrote, added): a gold rate cannot be counted, and no PolNeAR figure moves."""
    return bool(text[start:link.cue[0]].strip()) and all(
        f.cue is not None and f.cue[0] >= link.end_char
        and text[link.end_char:min(f.start_char, f.cue[0])].strip() == "," for f in frame)


#: The first mark after a source phrase that ends it (:func:`_inside_report`).
CLAUSE_MARK = re.compile(r"[,;:—–―(]|\s--?\s")


def _trailing_source_phrase(sub: Token, sent) -> set[int]:
    """Token indices of an "according to X" phrase (``sub``, its "according") that closes its
    sentence after a comma and the verb it hangs on, with all that follows the source in it: an
    apposition on the source ("…, according to Brian Wieser, an analyst at Pivotal Research
    Group") describes the source and is no part of the content. Empty for any other phrase (an
    opening "According to X, a spokesman, …" may carry the parse's misreadings of the clause).
    A relative clause on the source ("…, according to Andrew McCarthy, who prosecuted…") stays
    a unit of its own, with the sentence's link: giving it no chain lost one match on the
    held-out fifth (attribution F1 0.7609 -> 0.7607). PolNeAR train without its held-out fifth:
    where a matched content ran on into such a phrase, the gold content left it out 17 times in
    17. Held-out fifth: content exact 1766 -> 1767, attribution F1 unchanged (0.761); with the
    standard cue model on all of train, content partial F1 0.7268 -> 0.7269."""
    if sub.lower_ != "according" or not sub.head.i < sub.i or sub.nbor(-1).text != ",":
        return set()
    last = next((t for t in reversed(sent) if not (t.is_punct or t.is_space)), sent[-1])
    if sub.right_edge.i < last.i:
        return set()
    return {t.i for t in sub.subtree}


def _opening_source_phrase(sub: Token) -> set[int]:
    """Token indices of an "according to X" phrase (``sub``, its "according") that opens its
    clause and ends at a comma, with all that follows the source in it: "According to State
    Department cables at the time that were later released by WikiLeaks, Mr. Manafort…",
    "According to X, a close friend of Mrs. Clinton's who died in 2000, the first lady…" (PolNeAR
    train): the source mention stops at the first comma or a date, and the rest of the phrase
    describes the source, no part of the content. Empty unless the phrase's subtree is one run
    of words before the verb it hangs on that ends at a comma (the parse may hang the comma on
    its last word): a phrase parsed as the root has taken in the clause ("According to the
    Associated Press, 571 of the 714 Democratic superdelegates … supported Clinton"). PolNeAR
    train without its held-out fifth: 6 contents change, each leaving out words that the gold
    content leaves out (the gold source takes them in). Held-out fifth: 1 content changes the
    same way ("According to Lorella Praeli, Clinton's Latino vote director, the campaign…");
    with the described-name repair, content exact 0.5635 -> 0.5638, partial F1 0.733 and
    attribution F1 0.769 unchanged."""
    doc = sub.doc
    end = sub.right_edge.i
    if sub.lower_ != "according" or sub.head.i <= end or sub.left_edge.i != sub.i \
            or len(list(sub.subtree)) != end - sub.i + 1 \
            or doc[end].text != "," and (end + 1 >= len(doc) or doc[end + 1].text != ","):
        return set()
    return set(range(sub.i, end + 1))


def _cited(link: SourceLink, text: str) -> bool:
    """A source the reporter cites ("…, citing X") stands behind the reporter: the origin end.
    Not the agent of "as cited by"/"as quoted by" ("Zion Market Research has found, as cited by
    the website TTG Asia", VOA story 72, new-user trial) or of a participle "cited by" on the
    source ("The security official cited by Reuters said…", FNC-1 body 1192, new-user trial
    15): that one cites the other, so it is the author's immediate source and the finder or
    speaker the origin. PolNeAR train: no "as cited/quoted by", and no "cited/quoted by" on a
    source; held-out fifth unchanged."""
    passive = link.cue is not None and text[link.cue[1]:link.start_char].split()[:1] == ["by"]
    return link.cue_lemma in ("citing", "quoting", "cite", "quote") and not passive


def _holds(link: SourceLink, start: int, end: int) -> bool:
    """The source mention of a link whose cue stands outside it holds the claim ``start``-``end``
    itself: a report in a relative clause on the source of "according to" ("according to a new
    poll that shows more voters view Clinton unfavorably") is what the poll shows, not something
    the phrase naming the poll is cited for. (A mention that holds its own cue too is a parse
    gone wrong, "X - who previously said A - said B" read as one phrase; it is left alone.)
    PolNeAR train's held-out fifth: 1 such claim, 1 more attribution found; train without the
    fifth: none."""
    return link.start_char <= start and end <= link.end_char and link.cue is not None \
        and not link.start_char <= link.cue[0] < link.end_char


class SentenceSources:
    def sentence_links(self, sent) -> tuple[list[SourceLink], set[int]]:
        """Links of "according to X", "per X", "citing X", "in X's view", "In a poll, …", "To X,
        …", "Under X law, …" and participial reports with an agent in ``sent``; and the token
        indices they cover (removed from contents; with a closing "according to X", what follows
        X in the phrase, :func:`_trailing_source_phrase`)."""
        links, covered = [], set()
        for t in sent:
            src, cue, sub = None, None, None
            participial = False
            low = t.lower_
            if low == "according" and t.i + 1 < len(self.doc) and self.doc[t.i + 1].lower_ == "to" \
                    and according_to_relative(t) is None and not according_to_manner(t):
                # "according to which X": split_relative_sources; "according to its vision": a manner
                to = self.doc[t.i + 1]
                src = next((c for c in to.children if c.dep_ == "pobj"), None) or \
                    next((c for c in t.children if c.dep_ == "pobj"), None)
                cue, sub = [t, to], t
            elif low in ("per", "citing", "quoting") and (t.pos_ == "ADP" or t.tag_ == "VBG"):
                src = next((c for c in t.children if c.dep_ in ("pobj", "dobj")), None)
                if src is not None and (src.pos_ in ("PROPN", "PRON") or src.pos_ == "NOUN" and is_sourcelike(src)) \
                        and not src.like_num and not _rate(t, src):
                    cue, sub = [t], t
                    if t.i in self.by_head:
                        self.by_head[t.i].frame = True  # ", citing two officials": the cue itself
                else:
                    src = None
            elif low in ("in", "to", "under") and t.dep_ in ("prep", "ROOT"):
                noun = next((c for c in t.children if c.dep_ == "pobj" and c.lemma_.lower() in cues()["view_nouns"]),
                            None) if low == "in" and t.dep_ == "prep" and t.head.pos_ in ("VERB", "AUX") else None
                if noun is not None:
                    # "In Whitfield's view, …", "in the opinion of experts"
                    src = next((c for c in noun.children if c.dep_ == "poss"), None) or next(
                        (p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                         for p in c.children if p.dep_ == "pobj"), None)
                    if src is not None and src.pos_ in ("PROPN", "NOUN", "PRON") and src.lower_ not in ("my", "our", "your"):
                        cue, sub = [t, noun], t
                    else:
                        src = None
                else:
                    # a sentence-opening phrase: "In a poll, …", "To Frank, …", "Under Missouri law, …"
                    src = {"in": poll_lead_in, "to": perspective_lead_in, "under": legal_lead_in}[low](t)
                    cue, sub = [t], t
            elif t.tag_ == "VBN" and is_reporting(t) and any(c.dep_ == "agent" for c in t.children) \
                    and t.dep_ in ("advcl", "acl", "conj", "relcl") and not ascription(t) and not _passive_conjunct(t) and not _displayed(t) \
                    and not intention_participle(t) and not possession_claim(t) \
                    and not _own_subject_passive(t) and not _restrictive_participle(t):  # "a person wanted by police"
                if t.i in self.by_head:
                    self.by_head[t.i].frame = True
                if t.lemma_.lower() in cues()["asking_verbs"]:
                    continue    # "asked by a reporter whether…, X said": the asker is no source
                src = subject_of(t)
                cue, sub, participial = self.cue_tokens(t), t, True
            if src is None:
                continue
            first = sub.pos_ == "VERB" and any(c.lower_ in FIRST for c in sub.children)
            link = self.link(src, cue, first=first)
            links.append(link)
            if participial:
                covered |= set(token_set(sub, set()))
            else:  # "according to X": the cue and the source phrase (an apposition after it only at the end)
                lo = min(t.i for t in cue)
                hi = max([x.i for x in sent if x.idx < link.end_char] + [t.i for t in cue])
                if hi + 3 < sent.end and self.doc[hi + 1].text == "(" and self.doc[hi + 3].text == ")" \
                        and self.doc[hi + 2].text.isupper():
                    hi += 3  # the source's acronym in brackets: "according to the World Health Organization (WHO), X"
                covered |= set(range(lo, hi + 1)) | _trailing_source_phrase(sub, sent) | _opening_source_phrase(sub)
        links.sort(key=lambda lk: lk.first)  # an origin ("first reported by") goes last
        return links, covered

    def in_scope(self, link: SourceLink, unit: ClaimUnit) -> bool:
        """A sentence-wide ``link`` ("according to X") covers ``unit`` unless its cue sits in a
        relative clause that does not hold the unit: "Katigbak apologized to Duterte during the
        hearing, which the President accepted according to a statement by … Harry Roque" (the
        statement is cited for the acceptance, not for the apology). No case in PolNeAR train
        without its held-out fifth. Nor a unit of a conjunct clause before the one whose verb the
        cue hangs on, that clause having a subject of its own: "Ty Votaw … shot down the report
        Monday, too, and the Tour, according to ESPN, says it is required to announce a
        suspension" (FNC-1 body 147, new-user trial 19: ESPN is cited for what the Tour says, not
        for Votaw's denial), the cue set off between that clause's first word and its verb; a
        cue that closes the sentence covers every conjunct ("Scott is one of … and the fourth
        person shot …, according to a Washington Post database", PolNeAR dev)."""
        cue = self.cue_verb(link)
        rel = next((a for a in [cue, *cue.ancestors] if a.dep_ == "relcl"), None)
        if rel is not None and not rel.left_edge.i <= unit.head <= rel.right_edge.i:
            return False
        clause = cue.head if cue.lower_ in ("according", "per") else cue
        return not (clause.dep_ == "conj" and clause.head.pos_ in VERBAL and unit.head < clause.left_edge.i
                    and clause.left_edge.i < cue.i < clause.i
                    and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children))

    def poll_link(self, unit: ClaimUnit) -> list[SourceLink]:
        """The poll that an "in" phrase on ``unit``'s head names as the source of a clause no
        one else is given for (:func:`poll_in_clause`: "he fell to 10 percent in the latest
        CNN/ORC poll"), as a one-link chain, the phrase leaving the unit's tokens as an
        "according to" phrase does; else no link."""
        found = poll_in_clause(self.doc[unit.head])
        if found is None:
            return []
        prep, poll = found
        phrase = {t.i for t in prep.subtree}
        unit.tokens = trim_edges(self.doc, [i for i in unit.tokens if i not in phrase]) or unit.tokens
        return [self.link(poll, [prep])]
