"""The claims of a quotation, for the quotation pass (:mod:`newstrace.components.quote_pass`).
PolNeAR's content is the whole quotation: a quotation no claim unit covers is made one
(:meth:`QuoteContent.quote_unit`; not a scare quote, a title or part of a noun phrase), quoted
words no claim holds join the claim of their sentence or become one
(:meth:`QuoteContent.fill_quote`, :meth:`QuoteContent.sentence_claim`), but for the words that
cite a source inside the quotation (:meth:`QuoteContent.cited_words`), and quoted words the
parse hung on the speaker tag are given back to a claim of the quotation
(:meth:`QuoteContent.return_quoted`, :meth:`QuoteContent.framed_claim`).

:class:`QuoteContent` is a mixin of :class:`~newstrace.components.quote_pass.driver.QuotePass`:
its methods take a quotation's character offsets [qs, qe) and its claim units; they change the
units' ``tokens`` and add units to the attributor's ``units`` and ``by_head`` (and to
``inside``), except :meth:`~QuoteContent.quote_unit`, which gives a new
:class:`~newstrace.units.ClaimUnit` or None for the driver to add. They call
:meth:`~.driver.QuotePass.near_units` and the tag verb of :mod:`.tags`
(:meth:`~.tags.SpeakerTags.tag_verb`). Counts: PolNeAR train and its held-out fifth, new-user
trials, in the docstrings.
"""
from __future__ import annotations

import bisect

from newstrace.components.quotes import MAX_TAG_WORDS, set_off
from newstrace.units import ClaimUnit, EDGE_WORDS, paragraph_of, text_of, trim_edges


class QuoteContent:
    """The claims of a quotation (module docstring)."""

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
