"""Quotation pass of the attribution stage: the speaker of each quotation (its speaker tag, a
colon label before it, the report it continues, or the speaker of the paragraph around it), the
units inside it attributed to that speaker, a speaker tag inside a quotation cut out of its
content, and a quotation with no claim unit of its own made one.

:class:`QuotePass` is a mixin of :class:`newstrace.components.attribution.attributor._Attributor`: it reads
and changes the attributor's ``doc``, ``units``, ``by_head``, ``index`` and ``quotes`` and calls
its ``link`` and ``frame_link``. Quotation regions come from :mod:`newstrace.components.quotes`.
"""
from __future__ import annotations

import bisect

from spacy.tokens import Token

from newstrace.components.claims import quoted_name
from newstrace.components.cue_rules import COPULAS
from newstrace.components.quotes import in_quotes, MAX_TAG_WORDS, set_off, tag_candidate
from newstrace.components.speakers import is_reporting, subject_of
from newstrace.components.stance import VENUE_NOUNS
from newstrace.lexicons import cues
from newstrace.units import (ClaimUnit, dedupe_chain, EDGE_WORDS, ents_of, first_person_is, first_token_from,
                             head_run, paragraph_of, SourceLink, text_of, trim_edges)

#: Marks that end a sentence (:meth:`QuotePass.next_to_tag`).
SENTENCE_ENDS = frozenset({".", "?", "!"})
#: Dependency labels of a name that is an argument of a verb or preposition before a colon
#: ("said about Amman:", "told CNN:"), no speaker label (:func:`told_of`).
ARGUMENT_DEPS = frozenset({"pobj", "dobj", "dative"})
#: Dependency labels of a quoted word on the reporting verb whose content the quotation is
#: (:meth:`QuotePass.quote_hosts`).
HOST_DEPS = frozenset({"ccomp", "dobj", "parataxis"})


def told_of(name: Token) -> bool:
    """``name`` (a name's head before a colon) is the object of a reporting verb
    (:func:`is_reporting`) or of a preposition on one other than "by" ("said about Amman:",
    "telling CNBC:", "said on Twitter:"): what the report is told to, about or on, not a label.
    A preposition's object on no reporting verb stays a label ("More from Jones:", "… doesn't
    surprise Republican pollster Daron Shaw:", "by Times' Ben Sisario:": PolNeAR gold sources).
    PolNeAR train: 15 names before a colon and a quotation hung as ``dobj``/``dative``/``pobj``
    (not "by"). The 4 of the held-out fifth are labels and gold sources, on no reporting verb.
    Of the 11 others, 8 hang on a reporting verb, whose subject is the speaker in 7 ("Nelson
    Diaz … said of Mr. Rubio:", gold; "Mr. Trump said on Twitter:", gold; "Luis Osuna told
    The Huffington Post:"), not in "Frank quotes former Carter adviser Alfred Kahn:"."""
    verb = name.head
    if name.dep_ == "pobj":
        if verb.lower_ == "by":
            return False
        verb = verb.head
    return name.dep_ in ARGUMENT_DEPS and is_reporting(verb)


class QuotePass:
    """The quotation pass (module docstring)."""

    # -- quotations -------------------------------------------------------------------------------
    @staticmethod
    def tag_relays(inside: list[ClaimUnit], link: SourceLink, qs: int, qe: int) -> list[SourceLink]:
        """The sources outside the quotation [qs, qe) that relay its speaker ``link`` in the
        sentence of the tag, read off a claim of ``inside`` whose chain holds ``link``: "“A. B,”
        said a statement posted by the government’s National News Agency" (VOA 8008152,
        new-user trial) gives B author ← the agency ("posted") ← the statement, and A, in the
        quotation's first sentence, the same chain (it had the statement only). PolNeAR train
        without its held-out fifth: it adds a source to 10 quotations; 7 are relays the whole
        quotation shares ("according to Reuters", "reported by ABC 7", "posted by the Christian
        Broadcasting Network", "“…,” she said, as recalled by Walter Hewlett"), 3 a reporting
        verb of another clause (wrong or doubtful). Held-out fifth, with this branch's other
        changes: attribution F1 0.761 -> 0.762, source accuracy 0.913 -> 0.914."""
        for u in inside:
            if link in u.chain:
                return [lk for lk in u.chain[u.base_len:u.chain.index(link)] if lk.cue and not qs <= lk.cue[0] < qe]
        return []

    def quote_speaker(self, qs: int, qe: int, inside: list[ClaimUnit]) -> SourceLink | None:
        """The speaker of the quotation [qs, qe): the reporting verb outside the quotation
        nearest to it in the sentences where it starts and ends ("“A,” Trump said"; "Trump said:
        “A”"), reusing the link a claim inside already has for that cue; else a link a claim
        inside inherited from an earlier quotation of the same speaker. A quoted fragment of a
        reported clause that already has its reporter ("assured residents that she was ''made of
        the same stuff,'' even if she could not show it") keeps that reporter, not a nearer
        verb. A reporting verb the quotation hangs on in the parse (:meth:`quote_hosts`) comes
        before any nearer one."""
        doc = self.doc
        for u in inside:
            if u.quote == "mixed" and u.chain and u.chain[-1].cue and not qs <= u.chain[-1].cue[0] < qe:
                return u.chain[-1]
        best, dist = None, None
        hosts = self.quote_hosts(qs, qe)
        for sent in {doc.char_span(qs, qs + 1, alignment_mode="expand").sent.start: None,
                     doc.char_span(qe - 1, qe, alignment_mode="expand").sent.start: None}:
            for tok in doc[sent].sent:
                if is_reporting(tok) and not qs - 1 <= tok.idx < qe + 1 and not self.in_subject(tok, qs, qe):
                    d = min(abs(tok.idx - qs), abs(tok.idx - qe)) - (len(text_of(doc)) if tok.i in hosts else 0)
                    if dist is not None and d >= dist:
                        continue
                    link = next((lk for u in inside for lk in u.chain
                                 if lk.cue and lk.cue[0] <= tok.idx < lk.cue[1]), None) or self.frame_link(tok)
                    link = self.own_report(tok, link, inside)
                    if link is not None and not qs <= link.start_char < qe:
                        best, dist = link, d
        if best is not None:
            return best
        tag = self.tag_verb(qs, qe)
        if tag is not None and not self.in_subject(tag, qs, qe):
            link = self.frame_link(tag)
            if link is not None and not qs <= link.start_char < qe:
                unit = self.by_head.get(tag.i)
                if unit is not None:
                    s, e = unit.span(doc)
                    if e <= qs or s >= qe or unit not in inside:
                        # the speaker tag itself, also when the parse hung the quotation on a
                        # tag verb of no report ("“…,” fretted Muslima Abdullahi, an
                        # 80-year-old woman …"): a unit mostly outside the quotation
                        unit.frame = True
                        unit.chain = []
                return link
        lead = self.stance_lead(qs, qe)
        if lead is not None:
            return lead
        for u in inside:
            for link in reversed(u.chain):
                if link.cue and not qs <= link.cue[0] < qe:
                    return link
        return None

    def stance_lead(self, qs: int, qe: int) -> SourceLink | None:
        """The speaker of a quotation [qs, qe) of four words or more with no tag of its own that
        follows, in the same paragraph, a full stop or colon closing a clause whose verb takes a
        position (``stance_act_verbs``) or names the medium of the words (a "in", "via", "on"
        or "through" phrase of :data:`~newstrace.components.stance.VENUE_NOUNS`), with a
        subject: "Brett McGurk … also criticized the decision via Twitter. "The WH statement
        tonight … demonstrates…"" (Wikinews, 8 October 2019, new-user trial 16: it went to the
        speaker of the paragraph before); "In a statement released after the attack, the United
        States Department of Defense justified the strike, …, as "defensive" in nature: "At the
        direction of the President…"" (Wikinews, 5 January 2020, new-user trial 15: the
        author's). The subject is the source, the verb the cue; not when that clause holds a
        report :meth:`previous_report` continues. PolNeAR train without its held-out fifth, such
        quotations with no reporting verb in their own sentences: 3, all with that subject for
        gold source ("Roloson supports Democrat Hillary Clinton…", "Clinton touted her
        credentials…", "…,” he mocks."; fewer when the clause holds a report of the system's);
        the held-out fifth has none."""
        text = text_of(self.doc)
        if len(text[qs:qe].split()) < 4:
            return None
        mark = qs - 2 if text[max(qs - 2, 0):qs] == "''" else qs - 1
        before = text[:max(mark, 0)].rstrip(" \t\xa0")
        if not before or before[-1] not in ".:" or "\n" in text[len(before):mark]:
            return None
        end = self.doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
        if end is None or not len(end):
            return None
        sent, verb = end[0].sent, end[0]
        while verb.head.i != verb.i and verb.head.idx < end[0].idx:
            verb = verb.head  # the clause the mark closes (the parse may hang it on the quotation's verb)
        if "\n" in text[sent.start_char:len(before)] or verb.pos_ != "VERB" or in_quotes(self.quotes, verb.idx) \
                or self.previous_report(qs) is not None:
            return None  # (a report made in that sentence is continued by previous_report)
        venue = any(c.dep_ == "prep" and c.lower_ in ("in", "via", "on", "through") and any(
            g.dep_ == "pobj" and g.lemma_.lower() in VENUE_NOUNS for g in c.children) for c in verb.children)
        subject = subject_of(verb)
        if subject is None or not (venue or verb.lemma_.lower() in cues()["stance_act_verbs"]):
            return None
        return self.link(subject, [verb])

    def joined_speaker(self, qs: int, qe: int) -> SourceLink | None:
        """The speaker of the next quotation when the quotation [qs, qe) opens its sentence, is
        joined to the next by "and" or "or", and that one has a speaker tag of its own
        (:meth:`tag_verb`): the two are the tag's one content. "“(Ankara) will tend to close
        Kurecik… a source of prestige...” and “one case that strengthens its position in
        NATO…,” tweeted Asli Aydintasbas" (VOA 6180932, new-user trial 13: the first quotation,
        three sentences long, went to the speaker of the paragraph before). A quotation inside a
        clause ("he says he “loves China,” and “people from China love me,” he also accuses…")
        is left to :meth:`quote_speaker`. PolNeAR train (also its held-out fifth) has no
        quotation joined so to a tagged one: the rule changes no figure."""
        text = text_of(self.doc)
        nxt = next(((s, e) for s, e in self.quotes if s > qe), None)
        before = text[:qs].rstrip(" \xa0\"'“‘`")
        if nxt is None or text[qe:nxt[0]].strip(" \xa0\"'“”‘’`").lower() not in ("and", "or") \
                or before and before[-1] not in ".?!\n":
            return None
        tag = self.tag_verb(*nxt)
        if tag is None or self.in_subject(tag, *nxt):
            return None
        return self.frame_link(tag)

    def quote_hosts(self, qs: int, qe: int) -> set[int]:
        """Indices of the tokens outside the quotation [qs, qe) that a word inside it hangs on
        as a clausal complement or object ("Chuck Schumer said on Friday “We made a plea …”":
        "said", the head of "made"): the reporting verb the quotation is the content of, taken
        before a nearer one (:meth:`quote_speaker`) such as "told" in a following quotation
        ("… and “So we told the president …”", Wikinews 2019); a speaker tag the parse hung
        on a quoted word comes first ("He sincerely believes, he said, that “Donald Trump is …”":
        "said", PolNeAR gold). PolNeAR train without its
        held-out fifth: the preference changed the errors of 25 texts, fewer in 18 (a quotation
        given to the verb it hangs on, "Abbott told … that if he wants our guns, “come and take
        it”"), more in 5, the same in 2; held-out fifth: attribution F1 0.761 -> 0.761 (matched
        2417 -> 2418 of 3532), partial F1 0.725 -> 0.726, cue F1 0.761 -> 0.761, source accuracy
        0.913 -> 0.913 (correct 2115 -> 2116)."""
        hosts, tags = set(), set()
        for t in self.doc[first_token_from(self.doc, qs):]:
            if t.idx >= qe:
                break
            if t.dep_ in HOST_DEPS and not t.is_punct and not qs <= t.head.idx < qe:
                hosts.add(t.head.i)
            tags.update(c.i for c in t.children if c.dep_ == "parataxis" and not qs <= c.idx < qe)
        return tags or hosts

    def own_report(self, verb: Token, link: SourceLink | None, inside: list[ClaimUnit]) -> SourceLink | None:
        """The link of the report whose content ``verb`` is when its source is ``link``'s own
        ("Trump said he believes Afghanistan was “a terrible mistake”": Trump's "said", not
        "believes"), else ``link``. PolNeAR is univocal: a source's report of its own belief,
        wish or answer is one attribution, cue the outer verb, the inner source and verb part of
        the content. PolNeAR train without its held-out fifth: in "said/says/say + pronoun +
        verb" the gold cue is the outer verb 536 times, the inner one never; newstrace took the
        inner one 17 times, through a quotation whose nearest reporting verb it is. Held-out
        fifth: cue P/R 0.863/0.675 -> 0.864/0.676, attribution F1 0.758 -> 0.759, source
        accuracy 0.912 -> 0.913."""
        gov = self.governing_frame(verb)
        if link is None or gov is None:
            return link
        return next((lk for u in inside for lk in u.chain if lk.cue and lk.cue[0] <= gov.idx < lk.cue[1]
                     and lk.name.lower() == link.name.lower()), link)

    def in_subject(self, verb: Token, qs: int, qe: int) -> bool:
        """The quotation [qs, qe) lies inside the phrase of ``verb``'s subject (a relative clause
        or apposition on it: "Mhlanga, who faces two charges relating to “transmitting of data
        messages inciting violence,” denies the charges", VOA): it names what the subject is,
        and is no report of ``verb``. New-user trial (VOA): the relative clause was Mhlanga's
        denial."""
        src = subject_of(verb)
        first = next((t for t in self.doc[first_token_from(self.doc, qs):] if not t.is_quote), None)
        return src is not None and first is not None and src.i < verb.i and qe <= verb.idx \
            and src.left_edge.i <= first.i <= src.right_edge.i

    def colon_label(self, qs: int) -> SourceLink | None:
        """The speaker of a quotation at ``qs`` set right after a name and a colon inside a
        paragraph ("Voters are split - Jeffrey M. Jones: “Gallup's analysis finds…”", the
        mid-paragraph form of a speaker label, :meth:`paragraph_pass`): a person or
        organisation the NER labels, or two or more title-case proper nouns, ending right before
        the colon; the colon is the cue, the name the source. PolNeAR train's held-out fifth:
        attribution F1 0.695 -> 0.697, cue F1 0.697 -> 0.700. None otherwise (a colon after a common noun or a verb: "He said: “…”"
        is found by its verb), and for a name a reporting verb tells to or speaks of
        (:func:`told_of`: "Alexis Boon … said about Amman: “His fascination with dying…”",
        new-user trial, Wikinews: the colon closes Boon's tag)."""
        doc, text = self.doc, text_of(self.doc)
        mark = qs - 2 if text[max(qs - 2, 0):qs] == "''" else qs - 1
        before = text[:max(mark, 0)].rstrip(" \t\xa0")
        if not before.endswith(":"):
            return None
        colon = doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
        if colon is None or colon[0].i == 0:
            return None
        colon = colon[0]
        ent = next((e for e in ents_of(doc) if e.end == colon.i and e.label_ in ("PERSON", "ORG")), None)
        if ent is None:  # a name the NER missed (capitals around it): two or more title-case proper nouns
            j = colon.i
            while j > 0 and doc[j - 1].pos_ == "PROPN" and doc[j - 1].text.istitle():
                j -= 1
            if colon.i - j < 2:
                return None
            ent = doc[j:colon.i]
        if told_of(ent.root):
            return None
        link = self.link(ent.root, [colon])
        if not ent.start_char <= link.start_char < link.end_char <= ent.end_char:
            link.name = ent.text  # (the parse took capitals before the name into its phrase)
        link.start_char, link.end_char = ent.start_char, ent.end_char
        return link

    def trim_before(self, unit: ClaimUnit, qs: int) -> None:
        """Drop from ``unit`` its tokens before the quotation mark at ``qs`` (a speaker label the
        parse joined to the quoted clause), keeping a head inside what is left."""
        doc = self.doc
        rest = trim_edges(doc, [i for i in unit.tokens if doc[i].idx >= qs - 1])
        if not rest or not any(doc[i].is_alpha for i in rest):
            return
        unit.tokens = rest
        if unit.head not in rest:
            unit.head = next((i for i in rest if doc[i].head.i not in rest or doc[i].head.i == i), rest[0])

    def cut_tag(self, units: list[ClaimUnit], link: SourceLink, qs: int, qe: int) -> None:
        """Take the speaker tag out of the ``units`` of the quotation [qs, qe) that the parse
        extended over the tag ("Or, as Tom Ridge put it: ''The barbarians
        are no longer at the gate''"): the subtree of the tag's verb (the token at the start of
        ``link``'s cue), where it lies outside the quotation, leaves the unit's tokens; a unit
        the tag verb itself heads (:meth:`tag_unit`) keeps its quoted tokens, headed by the one
        whose governor lies outside them."""
        doc = self.doc
        span = doc.char_span(link.cue[0], link.cue[1], alignment_mode="expand")
        if span is None:
            return
        verb = span[0]
        tag = {t.i for t in verb.subtree if not qs <= t.idx < qe}
        for u in units:
            if verb.i in u.tokens and u.head not in tag:
                kept = head_run([i for i in u.tokens if i not in tag], u.head)
                u.tokens = trim_edges(doc, kept) or u.tokens
            elif u.head == verb.i and u is self.tag_unit(link, qs, qe):
                toks = trim_edges(doc, [i for i in u.tokens if qs <= doc[i].idx < qe])
                if any(doc[i].is_alpha for i in toks):
                    inner = set(toks)
                    head = next((i for i in toks if doc[i].head.i not in inner), toks[0])
                    self.by_head.pop(u.head, None)
                    u.head, u.tokens = head, toks
                    self.by_head[head] = u

    def cue_unit(self, link: SourceLink) -> ClaimUnit | None:
        """The unit headed by the first token of ``link``'s cue, if any (:meth:`free_tag`,
        :meth:`tag_unit`)."""
        span = self.doc.char_span(link.cue[0], link.cue[1], alignment_mode="expand")
        return self.by_head.get(span[0].i) if span is not None else None

    def free_tag(self, link: SourceLink, qs: int, qe: int) -> None:
        """Make the speaker tag of the quotation [qs, qe) a frame when the parse hung it on a
        verb inside the quotation as that verb's content ("''I said, 'The lesson of history is
        …,''' he recalled": "recalled" the clausal complement of the quoted "said"; "\"It's not
        just Bernie Sanders saying, '…,' \" Sanders told CNN"): the unit headed by the verb of
        ``link``'s cue, lying outside the quotation, whose chain opens with a link cued inside it.
        Such a unit is the tag, no claim the quoted speaker reports; left alone, "he recalled"
        came out as the content of "I said". PolNeAR train without its held-out fifth: it fires 3
        times, each tag verb a gold cue and none of the quoted verbs one. Held-out fifth (once,
        the same): attribution F1 0.769 unchanged (system 2879 -> 2878, matched 2464), cue
        system 2846 -> 2845 (matched 2451), content partial F1 0.732 -> 0.733."""
        doc = self.doc
        unit = self.cue_unit(link)
        if unit is None or unit.frame or not unit.chain or unit.chain[0].cue is None \
                or not qs <= unit.chain[0].cue[0] < qe:
            return
        s, e = unit.span(doc)
        if e <= qs or s >= qe - 1:
            unit.frame, unit.chain = True, []

    def frame_tag(self, link: SourceLink, qs: int, qe: int) -> None:
        """Make the speaker tag of a quoted fragment [qs, qe) that has become a claim of its own
        (:meth:`quote_unit`) a frame: the unit headed by the verb of ``link``'s cue when that
        verb is the quotation's tag (:meth:`tag_verb`) and the unit lies outside the quotation
        ("“Happy Cinco de Mayo!,” he tweeted": "he tweeted" is the tag of the fragment, no claim
        of the author's; the parse made the fragment the subject of "tweeted", so no clausal
        content made the tag a frame)."""
        unit, tag = self.cue_unit(link), self.tag_verb(qs, qe)
        if unit is None or unit.frame or tag is None or unit.head != tag.i:
            return
        s, e = unit.span(self.doc)
        if e <= qs or s >= qe:
            unit.frame, unit.chain = True, []

    def tag_unit(self, link: SourceLink, qs: int, qe: int) -> ClaimUnit | None:
        """The unit headed by the verb of ``link``'s cue when it opens inside the quotation
        [qs, qe) and its head follows it: the parse took the quotation's last sentence for the
        subject of its speaker tag ("…Wreckage & dead bodies laying at crash site,” Taliban
        spokesman Zabihullah Mujahid tweeted in English", one unit headed by "tweeted"; found by
        a new-user read of VOA). :meth:`cut_tag` keeps its quoted tokens only. None otherwise."""
        doc = self.doc
        span = doc.char_span(link.cue[0], link.cue[1], alignment_mode="expand")
        unit = self.cue_unit(link)
        if unit is None or unit.frame or not qs - 1 <= unit.span(doc)[0] < qe <= span[0].idx:
            return None
        return unit

    def previous_report(self, qs: int) -> SourceLink | None:
        """The speaker a quotation at ``qs`` continues when it opens a sentence right after a
        sentence of the same paragraph that reports someone's words ("The program was a ''good
        thing,'' he remarked. ''And I think we ought to start it up.''"): the link, with its cue
        in that sentence, of the last claim of that sentence that has one; None when the
        quotation does not open its sentence, opens its paragraph, or the sentence before has no
        report."""
        doc = self.doc
        text = text_of(doc)
        mark = qs - 2 if text[max(qs - 2, 0):qs] == "''" else qs - 1
        before = text[:max(mark, 0)].rstrip(" \t\xa0")
        if not before or before[-1] not in ".?!" and not before.endswith((".”", ".\"", ".''")):
            return None
        span = doc.char_span(qs, qs + 1, alignment_mode="expand")
        if span is None or span.sent.start == 0:
            return None
        prev = doc[span.sent.start - 1].sent
        if "\n" in text[prev.start_char:mark]:
            return None
        found = None
        for u in self.units:
            if u.frame or not u.chain or not prev.start <= u.head < prev.end:
                continue
            # the outermost report made in that sentence: "Canos-Donnay said she hoped that
            # including oral storytelling would show that X. “We should pay…”" continues
            # Canos-Donnay, not the "would show" inside what she said
            found = next((lk for lk in u.chain if lk.cue is not None
                          and prev.start_char <= lk.cue[0] < prev.end_char), found)
        return found

    def fill_quote(self, inside: list[ClaimUnit], qs: int, qe: int) -> None:
        """Give the claims of the quotation [qs, qe) the quoted words that no claim unit holds:
        a verbless sentence or phrase of the quotation ("''The worst attack ever in this
        country? It was during his presidency.''": the question has no verb, so no unit) is a
        claim of the quotation when it is a sentence of two words or more (as a quoted fragment
        is, :meth:`quote_unit`); a shorter or inner run joins the claim of the quotation before
        it, or the first one when it opens the quotation. PolNeAR's content is the whole
        quotation. Only runs with a word count; ``inside`` gets the new claims."""
        doc = self.doc
        if not inside:
            return
        held = {i for u in self.near_units(qs, qe) for i in u.tokens} | self.cited_words(inside, qs, qe)
        loose = [t.i for t in doc.char_span(qs, qe, alignment_mode="expand") or []
                 if qs <= t.idx < qe and t.i not in held and not t.is_space]
        if not loose or not any(doc[i].is_alpha for i in loose):
            return
        runs: list[list[int]] = []
        for i in loose:
            if runs and i == runs[-1][-1] + 1:
                runs[-1].append(i)
            else:
                runs.append([i])
        for run in runs:
            if not any(doc[i].is_alpha and doc[i].lower_ not in EDGE_WORDS for i in run):
                continue  # only a coordinator between two claims ("They shot [and] killed…")
            first = run[0]
            while first < run[-1] and (doc[first].is_punct or doc[first].is_space):
                first += 1
            target = self.sentence_claim(inside, run[0])
            toks = trim_edges(doc, run)
            if toks and (target is None or doc[first].is_sent_start and sum(1 for i in run if doc[i].is_alpha) >= 2):
                # a verbless sentence of its own ("The worst attack ever in this country?"), or
                # words of a sentence with no other claim: a claim of the quotation, as a quoted
                # fragment is (quote_unit)
                taken = set(toks)
                head = next((i for i in toks if doc[i].head.i not in taken or doc[i].head.i == i), toks[0])
                unit = ClaimUnit(head=head, tokens=toks, paragraph=paragraph_of(doc, doc[toks[0]].idx))
                bisect.insort(self.units, unit, key=lambda u: u.tokens[0])
                self.by_head[head] = unit
                inside.append(unit)
            elif target is not None:
                target.tokens = sorted(set(target.tokens) | set(run))

    def cited_words(self, inside: list[ClaimUnit], qs: int, qe: int) -> set[int]:
        """The words that cite a source inside the quotation [qs, qe) (a link of an ``inside``
        claim's chain whose cue opens in it): the subtree of the cue's first word ("As reported
        by the IAEA Director General, Iran has…", "According to the IAEA, …", "…, according to
        the IAEA"), which :meth:`fill_quote` gives to no claim: the source and cue of a link are
        no part of the claim's content (CONVENTIONS.md, what one claim is), inside a quotation
        as outside it (new-user trial, VOA: the U.S. Mission quoting the IAEA). PolNeAR train
        without its held-out fifth: 8 quotations cite a source with "according to" or "as
        reported by"; held-out fifth: exact content 1750 -> 1749 (PolNeAR's outer content keeps
        the inner citation), attribution, partial content and cue unchanged; dev unchanged."""
        doc, cited = self.doc, set()
        for lk in {id(lk): lk for u in inside for lk in u.chain if lk.cue and qs <= lk.cue[0] < qe}.values():
            span = doc.char_span(lk.cue[0], lk.cue[1], alignment_mode="expand")
            if span is not None:
                cited |= {t.i for t in span[0].subtree}
        return cited

    def sentence_claim(self, inside: list[ClaimUnit], first: int) -> ClaimUnit | None:
        """The claim of a quotation that takes quoted words no claim holds, from token ``first``
        on (:meth:`fill_quote`, :meth:`return_quoted`): of the quotation's claims in the same
        sentence, the one that ends nearest before them, or if none the one that starts nearest
        after them; None when the sentence has none. A claim never crosses a sentence end: in
        "“I'm not concerned about a little bit of volatility. I can't tell you the market is
        going to go up,” he said" (VOA, new-user trial) "I can't tell you" had joined the claim
        of the sentence before."""
        sent = self.doc[first].sent
        same = [u for u in inside if sent.start <= u.head < sent.end]
        before = [u for u in same if max(u.tokens) < first]
        if before:
            return max(before, key=lambda u: max(u.tokens))
        return min(same, key=lambda u: min(u.tokens)) if same else None

    def framed_claim(self, inside: list[ClaimUnit], frame: ClaimUnit, qs: int, qe: int) -> ClaimUnit | None:
        """The claim of the quotation that a frame quoted with it holds as its clausal content:
        in "“I must answer you directly, I do not think that it can be right to use … diplomatic
        immunity …,” Johnson said" (Wikinews 2019) "I do not" of the frame "think" belongs to
        "it can be right …", not to the claim before it (new-user trial, fourth: the claim read
        "I must answer you directly, I do not", the negation cut off what it negates). None when
        the frame's head is outside the quotation [qs, qe) or holds no claim of it after it (the
        parse hangs "I must answer you directly" on "think" too)."""
        head = self.doc[frame.head]
        if not qs <= head.idx < qe:
            return None
        return next((u for u in inside if u.head > head.i and self.doc[u.head].head == head
                     and self.doc[u.head].dep_ in ("ccomp", "xcomp")), None)

    def return_quoted(self, inside: list[ClaimUnit], qs: int, qe: int) -> None:
        """Give the quotation [qs, qe) back the words the parse hung on its speaker tag
        ("''I am not a natural politician, in case you haven't noticed, like my husband,'' Mrs.
        Clinton said": "in case you haven't noticed…" parsed under "said", so part of the frame
        unit): a frame unit's tokens inside the quotation move to a claim of the quotation in their
        sentence (:meth:`sentence_claim`), or, when it has none, are left to :meth:`fill_quote`;
        PolNeAR's content is the whole quotation."""
        doc = self.doc
        if not inside:
            return
        for f in self.units:
            if not f.frame:
                continue
            quoted = [i for i in f.tokens if qs <= doc[i].idx < qe and i != f.head]
            if not quoted or not any(doc[i].is_alpha for i in quoted):
                continue
            target = self.framed_claim(inside, f, qs, qe) or self.sentence_claim(inside, min(quoted))
            moved = set(quoted)
            f.tokens = [i for i in f.tokens if i not in moved] or f.tokens
            if target is not None:  # else they are left to fill_quote, a claim of their own
                target.tokens = trim_edges(doc, sorted(set(target.tokens) | moved)) or target.tokens

    def tag_verb(self, qs: int, qe: int) -> Token | None:
        """The verb of a speaker tag set right against the quotation [qs, qe), whatever the verb
        (:func:`~newstrace.components.quotes.tag_candidate` finds it by position), when it has a
        subject (:func:`subject_of`) and is no copula, "have" or opinion verb. PolNeAR annotates
        such tags as cues whatever their verb (Newell et al. 2018)."""
        cand = tag_candidate(self.doc, text_of(self.doc), qs, qe, MAX_TAG_WORDS)
        if cand is None:
            return None
        lemma = cand.lemma_.lower()
        if lemma in COPULAS or lemma in ("have", "'s", "’s") or cand.lower_ in ("'s", "’s") \
                or lemma in cues()["opinion_verbs"] or subject_of(cand) is None:
            return None
        return cand

    def quote_unit(self, qs: int, qe: int) -> ClaimUnit | None:
        """A claim unit for the quotation [qs, qe) when no claim unit (other than a reporting
        frame, which the parse may hang the fragment on) has a token in it or spans it: a quoted
        fragment with no clause of its own ("“but a muted one,”", "''Bodies everywhere.''"),
        part of a quotation a speaker tag interrupts. PolNeAR annotates the parts of such a
        quotation as one content. None when the quotation has no word, lies within a claim (a
        scare quote: "the “king of debt” moniker"), is not set off by punctuation or a
        paragraph start (a title: "told the program ''Inside Edition''"), hangs on a noun, or
        follows a quotation of its paragraph after more than ``MAX_TAG_WORDS`` words inside a
        sentence (not a speaker tag but a long source phrase: "said a woman who runs a stall and
        asked to be identified only by her nickname, “Auntie Bee.”"; a quotation opening its
        sentence is no part of one: "…in the United States. “Absolutely not,” he said.", VOA
        story 41, whose paragraphs the data set flattened; PolNeAR train without its held-out
        fifth: 4 such quotations, each in a gold content, "“No thanks to Nathan Deal,” he
        added"; held-out fifth: 3, each in one). A quotation that is a sentence of its own, the
        parser having made its opening mark the root, hangs on no noun (PolNeAR train without
        its held-out fifth: 1, in a gold content; held-out fifth: none). Held-out fifth, with
        ``claims.free_tagged_fragments`` and ``parse_repairs.raise_fragment_tag``: attribution F1 0.7708 -> 0.7710 (matched 2472 -> 2473, system 2882 -> 2883), cue F1 0.7709 -> 0.7711 (matched 2460 -> 2461), content partial F1 0.735 -> 0.735, source accuracy 0.916 -> 0.916."""
        doc = self.doc
        text = text_of(doc)
        if not set_off(text, qs):
            return None  # set in running text ("told the program ''Inside Edition''"): a name
        last = max((e for s, e in self.quotes if e < qs), default=None)
        opens = text[:qs].rstrip("'“\"«").rstrip(" \t\xa0")[-1:] in ("", ".", "?", "!")
        if last is not None and not opens and "\n" not in text[last:qs] and len(text[last:qs].split()) > MAX_TAG_WORDS:
            return None  # far from the quotation before: inside a long source phrase (fc-04)
        tag = self.tag_verb(qs, qe)
        for u in self.units:
            s, e = u.span(doc)
            if not u.frame and s < qe and e > qs and not (tag is not None and u.head == tag.i):
                return None  # (a tag verb of no report, "fretted", heads a unit over its quotation)
        toks = [t.i for t in doc if qs <= t.idx < qe and not t.is_space]
        toks = trim_edges(doc, toks) if toks else toks
        if not toks or not any(doc[i].is_alpha for i in toks):
            return None
        inner = set(toks)
        head = next((i for i in toks if doc[i].head.i not in inner or doc[i].head.i == i), toks[0])
        gov = doc[head].head
        while gov.is_punct and gov.head != gov:  # "''Jobs, …'' Mrs. Clinton said": hung on the mark
            gov = gov.head
        if gov.i != head and gov.pos_ not in ("VERB", "AUX") and not gov.is_punct:
            # part of a noun phrase ("identified by her nickname, “Auntie Bee.”"); not a sentence
            # whose root the parser made its opening mark ("“Like Oakland. Or Ferguson,” Trump said")
            return None
        return ClaimUnit(head=head, tokens=toks, paragraph=paragraph_of(doc, doc[toks[0]].idx))

    def next_to_tag(self, cue: int, mark: int) -> bool:
        """The quotation whose opening mark is at ``mark`` stands right after the speaker tag whose
        cue is at ``cue``: in the tag's sentence ("“A,” X said, “but B”"), or opening the next
        one, after at most a conjunction or adverb ("“A,” X said. But “B.”"). The next sentence
        is the next by its final mark or by the parser (which splits some long speaker tags: "…, a
        Michigan Democrat who flew to Germany with the family of Amir Hekmati, | another freed
        American.", and reads "C.I.A." as a sentence end). A quotation further on, or one inside a sentence of its own ("… Jusnes
        said. Shamsa Mohamed Aden was among the refugees… But she and her household “couldn't
        get the essentials of life”", VOA story 61, whose paragraphs the data set flattened),
        continues no one."""
        doc = self.doc
        tag, quote = doc.char_span(cue, cue + 1, alignment_mode="expand"), doc.char_span(mark, mark + 1, alignment_mode="expand")
        if tag is None or quote is None:
            return True
        between = doc[tag.end:quote.start]
        ends = [t.i for t in between if t.text in SENTENCE_ENDS]
        if not ends:
            return True
        # the words before the first quotation of the quotation's sentence ("''A'' and his team
        # ''B''": B continues as A does)
        first = min((qs for qs, _ in self.quotes if doc[ends[-1]].idx < qs <= mark + 2), default=mark + 1)
        opening = doc.char_span(first - 1, first, alignment_mode="expand")
        lead = [t for t in doc[ends[-1] + 1:opening.start if opening is not None else quote.start]
                if not (t.is_punct or t.is_space)]
        adjacent = len(ends) == 1 or tag.sent.end == quote.sent.start  # "…, then the C.I.A. director. ''B''"
        return adjacent and len(lead) <= 2 and all(t.pos_ in ("CCONJ", "ADV", "SCONJ", "INTJ") for t in lead)

    def near_units(self, qs: int, qe: int) -> list[ClaimUnit]:
        """The units that may overlap the quotation [qs, qe) (and a mark either side): those
        whose first token lies between the start of the paragraph of ``qs - 1`` (a unit lies in
        one paragraph) and ``qe + 1``, found by bisection over the units' first tokens (going
        through every unit for every quotation made the time grow with the square of the
        text's length)."""
        para = text_of(self.doc).rfind("\n", 0, max(qs - 1, 0)) + 1
        lo = bisect.bisect_left(self.units, first_token_from(self.doc, para), key=lambda u: u.tokens[0])
        hi = bisect.bisect_left(self.units, first_token_from(self.doc, qe + 2), key=lambda u: u.tokens[0])
        return self.units[lo:hi]

    def quote_pass(self) -> None:
        """Give every claim inside a quotation the quotation's speaker as its source (PARC:
        the quotation is one content); sources quoted inside it (an "I think" of the speaker)
        nest under the speaker. A quotation with no speaker of its own continues the last
        speaker when it opens its paragraph or follows that speaker's tag in the same paragraph
        ("“A,” X said. “B.”"); one of fewer than four words is a scare quote and changes
        nothing."""
        doc = self.doc
        text = text_of(doc)
        previous: SourceLink | None = None
        prev_end = 0
        for qs, qe in self.quotes:
            if qe - qs < 2 or quoted_name(doc.char_span(qs, qe, alignment_mode="expand").root):
                continue  # "also known as the “Radio Control Law”": a name, no one's words
            inside, headed = [], []
            label = self.colon_label(qs)
            for u in self.near_units(qs, qe):
                if u.frame or id(u) in self.labelled and label is None:
                    continue  # (a quotation's own label overrides its paragraph's: "Clinton: “A.” Bush: “B.”")
                s, e = u.span(doc)
                if e > s and min(e, qe + 1) - max(s, qs - 1) >= 0.5 * (e - s):
                    inside.append(u)
                elif qs <= doc[u.head].idx < qe and not in_quotes(self.quotes, s):
                    headed.append(u)  # "as X put it: ''A''": the tag and the quotation in one unit
            inside += headed
            added = None
            if not inside:
                added = self.quote_unit(qs, qe)
                if added is None:
                    continue
                inside = [added]
            if label is not None:  # "… - Jeffrey Jones: “…”": the label leaves the quotation's claims
                for u in inside:
                    self.trim_before(u, qs)
            link = label or self.joined_speaker(qs, qe) or self.quote_speaker(qs, qe, inside)
            mark = qs - 2 if text[max(qs - 2, 0):qs] == "''" else qs - 1
            alone = text[:mark].rstrip(" ").endswith("\n") or mark <= 0
            tagged = previous is not None and previous.cue is not None and \
                prev_end <= previous.cue[0] < mark and "\n" not in text[prev_end:mark] \
                and self.next_to_tag(previous.cue[0], mark)
            if tagged and link is not None and link.cue is not None and link.cue[0] < prev_end:
                # a speaker carried over from before the last quotation yields to that
                # quotation's own tag right before this one ("“A,” he said.\n\n“B,” said
                # Whelan. “C.”": C is Whelan's)
                link = previous
            if link is None and (alone or tagged) and previous is not None and (
                    len(text[qs:qe].split()) >= 4 or tagged and added is not None):
                # a quotation standing alone continues the last speaker, and so does one that
                # follows the speaker tag of the quotation before it ("“A,” X said. “B.”"),
                # whatever its length when no claim covers it ("“A,” X said, “but B”")


                link = previous
            if link is None and len(text[qs:qe].split()) >= 4:
                link = self.previous_report(qs)
            if link is None:
                continue
            if added is not None:
                added.chain = [link]
                bisect.insort(self.units, added, key=lambda u: u.tokens[0])
                self.by_head[added.head] = added
                self.frame_tag(link, qs, qe)
            previous, prev_end = link, qe
            if link.cue is not None:
                self.free_tag(link, qs, qe)
                opened = self.tag_unit(link, qs, qe)
                if opened is not None and opened not in inside:
                    inside.append(opened)
                self.cut_tag([u for u in inside if u is not added], link, qs, qe)
            self.return_quoted(inside, qs, qe)
            self.fill_quote(inside, qs, qe)
            relays = self.tag_relays(inside, link, qs, qe)
            for u in inside:
                inner = [lk for lk in u.chain if lk is not link and lk.cue and qs <= lk.cue[0] < qe]
                first_person_is(link, inner, text)
                outer = u.chain[:u.chain.index(link)] if link in u.chain else u.chain[:u.base_len] + relays
                # a source cited inside the quotation is the speaker's, not the author's: it
                # leaves the outer chain ("“As reported by the IAEA, Iran has…,” the U.S.
                # Mission said": author ← the Mission ← the IAEA, once; new-user trial, VOA)
                outer = [lk for lk in outer if lk not in inner]
                u.chain = dedupe_chain(outer + [link] + inner)
                u.quote = "direct" if u.quote != "mixed" else "mixed"
