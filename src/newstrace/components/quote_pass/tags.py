"""Speaker tags of quotations, for the quotation pass (:mod:`newstrace.components.quote_pass`):
the verb of a tag set right against a quotation (:meth:`SpeakerTags.tag_verb`), and what becomes
of a tag's words where the parse joined them to the quotation's claims: a speaker label before
the quotation trimmed off (:meth:`SpeakerTags.trim_before`), a tag's subtree cut out of the
quoted claims (:meth:`SpeakerTags.cut_tag`, :meth:`SpeakerTags.tag_unit`), and a tag's own unit
made a reporting frame, no claim of the author's (:meth:`SpeakerTags.free_tag`,
:meth:`SpeakerTags.frame_tag`).

:class:`SpeakerTags` is a mixin of :class:`~newstrace.components.quote_pass.driver.QuotePass`:
its methods take a quotation's character offsets [qs, qe) and its speaker's
:class:`~newstrace.units.SourceLink`, and change the claim units' ``tokens``, ``head``,
``frame`` and ``chain`` (and the attributor's ``by_head``); :meth:`~SpeakerTags.tag_verb` and
:meth:`~SpeakerTags.cue_unit` give a token or unit, or None. Tag candidates come from
:func:`newstrace.components.quotes.tag_candidate`. Sources: PolNeAR (Newell et al. 2018) and
its train split, new-user reads of VOA, in the docstrings.
"""
from __future__ import annotations

from spacy.tokens import Token

from newstrace.components.cue_rules import COPULAS
from newstrace.components.quotes import MAX_TAG_WORDS, tag_candidate
from newstrace.components.speakers import subject_of
from newstrace.lexicons import cues
from newstrace.units import ClaimUnit, head_run, SourceLink, text_of, trim_edges


class SpeakerTags:
    """Speaker tags of quotations (module docstring)."""

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

    def cue_unit(self, link: SourceLink) -> ClaimUnit | None:
        """The unit headed by the first token of ``link``'s cue, if any (:meth:`free_tag`,
        :meth:`tag_unit`)."""
        span = self.doc.char_span(link.cue[0], link.cue[1], alignment_mode="expand")
        return self.by_head.get(span[0].i) if span is not None else None

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
