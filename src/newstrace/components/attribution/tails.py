"""The words a claim unit's content takes in past what the claims component gave it: the tail of a
cue verb's subtree after its content ("A poll showed Trump leading Cruz, 45 percent to 18
percent, among evangelicals") and the rest of a clause after a speaker tag set into it ("Lenox
was a juggernaut, Mr. Clarke said, until it went bankrupt in 1999"), each up to the first token
another claim unit of the paragraph holds.

:class:`ContentTails` is a mixin of :class:`newstrace.components.attribution.attributor._Attributor`:
its methods read the attributor's ``doc``, ``units`` and ``by_head`` and give token indices
(:meth:`~ContentTails.paragraph_units` the units of a token's paragraph); the counts each rests
on (PolNeAR train without its held-out fifth, the held-out fifth) are in its docstring.
"""
from __future__ import annotations

import bisect

from spacy.tokens import Token

from newstrace.components.stance import setting
from newstrace.units import ClaimUnit, first_token_from, text_of, token_set


class ContentTails:
    def cue_tail(self, gov: Token, content: ClaimUnit) -> list[int]:
        """Words after the ``content`` of the cue verb ``gov`` (which comes before it) that the
        parse hung on the cue verb: the rest of the verb's subtree after the content, up to
        the first token another claim unit holds ("A poll showed Trump leading Cruz, 45 percent
        to 18 percent, among evangelicals": the figures hang on "showed", and the claims
        component leaves them in no unit). PolNeAR's content runs to the end of the reported
        clause; CONVENTIONS.md: one claim per predication, so another unit's words stay its own.
        The tail ends before a dependent that sets the act beside something else
        (:func:`~newstrace.components.stance.setting`: "say they have a favorable view of
        Clinton, [compared with 64 percent]"), a circumstance of the report, not what is
        reported: PolNeAR train without its held-out fifth (both learned models fitted without
        the fifth), the clausal contents this cut changes: the gold content leaves the cut words
        out 3 times in 4 (kept: "telling … that waterboarding is “peanuts,” compared to what
        Islamic State militants are doing"). A time or venue
        stays: the 2 hung there are both inside their gold content ("found it difficult in 2012
        to overcome…")."""
        held = {i for u in self.paragraph_units(gov) if u is not content
                and not (u.frame and u.head == gov.i) for i in u.tokens}
        held |= {i for c in gov.rights if setting(c) for i in range(c.left_edge.i, c.right_edge.i + 1)}
        return self.hung_run(gov, max(content.tokens) + 1, held)

    def paragraph_units(self, tok: Token) -> list[ClaimUnit]:
        """The units of the paragraph of ``tok``, by bisection over the units' first tokens: a
        unit lies in one paragraph (as :meth:`near_units` has it; not always in one sentence: a
        closing mark that :func:`~newstrace.units.trim_edges` takes in may open the next), so the
        units of a paragraph are a run of ``self.units`` however their first tokens moved inside
        it. Going through every unit for every cue tail made the time grow with the square of
        the text's length (a 300,000-character text); it still does inside one paragraph."""
        text, doc = text_of(self.doc), self.doc
        start, end = text.rfind("\n", 0, tok.idx) + 1, text.find("\n", tok.idx)
        lo = bisect.bisect_left(self.units, first_token_from(doc, start), key=lambda u: u.tokens[0])
        hi = bisect.bisect_left(self.units, first_token_from(doc, len(text) if end < 0 else end + 1),
                                key=lambda u: u.tokens[0])
        return self.units[lo:hi]

    def hung_run(self, root: Token, start: int, held: set[int]) -> list[int]:
        """The run of tokens from ``start`` on that hang in ``root``'s subtree outside the claim
        units nested in it, up to the first token of ``held`` or the sentence's end."""
        nested = {i for i in range(root.left_edge.i, root.right_edge.i + 1) if i in self.by_head} - {root.i}
        hung = set(token_set(root, nested))
        tail, i = [], start
        while i in hung and i not in held and not self.doc[i].is_sent_start:
            tail.append(i)
            i += 1
        return tail

    def aside_tail(self, content: ClaimUnit, aside: Token) -> list[int]:
        """Words of the clause ``content`` after a speaker tag set into it (``aside``, the
        tag's verb: "Lenox was a juggernaut, Mr. Clarke said, until it went bankrupt in 1999"),
        which the claims component cut off at the tag: the rest of the clause head's subtree
        after the tag, up to the first token another claim unit holds. PolNeAR train without
        its held-out fifth: where the clause head comes before the tag, 32 of 34 of its
        dependents after the tag are in the gold content; held-out fifth: 2 more attributions
        found, attribution F1 0.752 -> 0.753, content partial F1 0.716 -> 0.717."""
        if aside.i < content.head:
            return []
        held = {i for u in self.paragraph_units(aside) if u is not content for i in u.tokens}
        return self.hung_run(self.doc[content.head], aside.right_edge.i + 1, held)
