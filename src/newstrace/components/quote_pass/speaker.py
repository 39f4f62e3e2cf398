"""The speaker a quotation's own sentences name, for the quotation pass
(:mod:`newstrace.components.quote_pass`): the reporting verb outside the quotation nearest to it
in the sentences where it starts and ends (:meth:`QuoteSpeaker.quote_speaker`), before any other
the verb the quotation hangs on in the parse (:meth:`QuoteSpeaker.quote_hosts`), and the outer
report whose content that verb is when it is the same source's (:meth:`QuoteSpeaker.own_report`),
never a verb whose subject phrase holds the quotation (:meth:`QuoteSpeaker.in_subject`); and the
sources outside the quotation that relay its speaker (:meth:`QuoteSpeaker.tag_relays`).

:class:`QuoteSpeaker` is a mixin of :class:`~newstrace.components.quote_pass.driver.QuotePass`:
its methods take a quotation's character offsets [qs, qe) and the claim units inside it, and
give a :class:`~newstrace.units.SourceLink` (or None), token indices or a bool; the only thing
they set is ``frame`` and ``chain`` of a speaker tag's own unit. They read the attributor's
``doc`` and ``by_head`` and call its ``frame_link`` and ``governing_frame``
(:mod:`newstrace.components.attribution`), the tag verb of :mod:`.tags`
(:meth:`~.tags.SpeakerTags.tag_verb`) and the stance lead-in of :mod:`.context`
(:meth:`~.context.ContextSpeakers.stance_lead`). Counts: PolNeAR train and its held-out fifth,
in the docstrings.
"""
from __future__ import annotations

from spacy.tokens import Token

from newstrace.components.speakers import is_reporting, subject_of
from newstrace.units import ClaimUnit, first_token_from, SourceLink, text_of

#: Dependency labels of a quoted word on the reporting verb whose content the quotation is
#: (:meth:`QuoteSpeaker.quote_hosts`).
HOST_DEPS = frozenset({"ccomp", "dobj", "parataxis"})


class QuoteSpeaker:
    """The speaker a quotation's own sentences name (module docstring)."""

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
