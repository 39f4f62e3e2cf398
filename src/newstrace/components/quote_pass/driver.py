"""The quotation pass over one doc (:meth:`QuotePass.quote_pass`): for each quotation region,
the claim units it covers (found by bisection, :meth:`QuotePass.near_units`), its speaker (a
colon label, the tag of a quotation joined to it, its own sentences' reporting verb, the last
speaker it continues, or the report of the sentence before), its speaker tag cut out of its
claims or made a frame, its loose words given to its claims, and each claim's chain: the sources
outside that relay the speaker, the speaker, the sources cited inside the quotation. PARC
(Pareti 2016): a quotation is one content.

:class:`QuotePass` combines the package's mixins (:class:`~.speaker.QuoteSpeaker`,
:class:`~.context.ContextSpeakers`, :class:`~.tags.SpeakerTags`,
:class:`~.content.QuoteContent`) and is itself a mixin of
:class:`newstrace.components.attribution.attributor._Attributor`, whose ``run`` calls
:meth:`QuotePass.quote_pass`: it reads the attributor's ``doc``, ``quotes`` and ``labelled``,
adds claim units to ``units`` and ``by_head``, and sets each quoted unit's ``chain`` (list of
:class:`~newstrace.units.SourceLink`, immediate source first) and ``quote`` (direct or mixed).
"""
from __future__ import annotations

import bisect

from newstrace.components.claims import quoted_name
from newstrace.components.quotes import in_quotes
from newstrace.units import ClaimUnit, dedupe_chain, first_person_is, first_token_from, SourceLink, text_of
from newstrace.components.quote_pass.content import QuoteContent
from newstrace.components.quote_pass.context import ContextSpeakers
from newstrace.components.quote_pass.speaker import QuoteSpeaker
from newstrace.components.quote_pass.tags import SpeakerTags


class QuotePass(QuoteSpeaker, ContextSpeakers, SpeakerTags, QuoteContent):
    """The quotation pass (module docstring)."""

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
