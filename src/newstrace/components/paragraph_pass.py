"""Paragraph passes of the attribution stage: attributions that no verb of the sentence makes.
A colon lead-in ("Per the Times:") and the block of paragraphs it introduces; a lead-in with no
reporting verb ("Cruz continued:"); a speaker label at a paragraph's start ("Kaine: …") or in an
interview transcript ("VOA: …? Richard Armitage: …"); a quotation followed by a dash and its
speaker ("“…” — Senator X"), in its paragraph or in a paragraph of its own ("- Sanders.").

:class:`ParagraphPass` is a mixin of :class:`newstrace.components.attribution.attributor._Attributor`: it
reads and changes the attributor's ``doc``, ``units``, ``by_head``, ``index`` and ``quotes`` and
calls its ``link`` and ``frame_link``.
"""
from __future__ import annotations

import bisect
import re

from spacy.tokens import Token

from newstrace.components.cue_rules import COPULAS, np_class
from newstrace.components.quotes import OPEN_Q
from newstrace.entities import FIRST_PERSON
from newstrace.components.speakers import is_reporting, is_sourcelike, subject_of, transcript_labels
from newstrace.units import (ClaimUnit, CREDIT_LINE, dedupe_chain, first_person_is, paragraph_of, SourceLink,
                             text_of, trim_edges)

HONORIFIC = re.compile(r"\b(Mr|Mrs|Ms|Dr)\.\s+([A-Z][\w-]+)")
DASH_SPEAKER = re.compile(r"^\s*(?P<content>[“”\"«].+[”\"»])\s*(?P<cue>[—–―]|--)\s*(?P<name>[^\s].{1,78}?)[\s\xa0]*$")
#: A paragraph of a dash and a name alone ("- Bernie Sanders."), the speaker of the quotation
#: paragraph before it (:meth:`ParagraphPass.speaker_labels`).
DASH_LINE = re.compile(r"^\s*(?P<cue>[-—–―]|--)\s*(?P<name>[A-Z][\w.’'\- ]{1,40}?)\.?\s*$")
QUOTE_PARAGRAPH = re.compile(r"^\s*(?P<content>[“\"«].+[”\"»]\.?)\s*$")
COLON_SPEAKER = re.compile(r"^\s*[\"“]?(?P<name>[A-Z][\w.’'\- ]{1,40}?)\s*(?P<cue>:)\s+(?P<content>\S.*\S)\s*$")
#: Colon labels that name no speaker. Not "Report": a headline "Report: X" relays X from a report,
#: the gold source "Report" with the colon for cue in all 3 such headlines of PolNeAR train
#: (new-user trial 8, VOA 6204681: the headline was the author's own fact). "The Latest" is a
#: heading (:data:`HEADINGS`), not a label.
LABELS = frozenset({"update", "updated", "note", "editor's note", "editor’s note", "photo", "video",
                    "watch", "read more", "related", "source", "sources", "correction", "clarification",
                    "advertisement", "q", "a", "question", "answer", "warning", "breaking", "live",
                    "hoax", "fake", "rumor", "rumour", "exclusive", "opinion", "analysis",
                    "fact check", "satire", "confirmed", "unconfirmed"})
#: Run-in headings of a headline that name no one and attribute nothing, though they leave the
#: headline's claim like a label: AP's running-story header "The Latest:" and a headline's
#: interjection ("Wow:", "BUSTED:", "Bombshell:", "BOOM:", "LOOK:"). PolNeAR train without its
#: held-out fifth: such a heading is a gold source 0 times in 12 (The Latest 7, one each of the
#: others; "BOOM" and "LOOK" were taken for speakers before they were listed), the gold cue
#: of its headline being the verb after it ("The Latest: Sanders declares ‘revolution’") or none
#: (none of the 7 "The Latest" headlines has the colon for a gold cue).
#: The held-out fifth has none (figures: :func:`~newstrace.components.cue_rules.declined_report`).
HEADINGS = frozenset({"the latest", "wow", "busted", "bombshell", "boom", "look"})


class ParagraphPass:
    """Colon lead-ins, speaker labels and dash speakers (module docstring)."""

    # -- colon lead-in blocks ---------------------------------------------------------------------
    def lead_in(self, sent, links) -> SourceLink | None:
        """The source of a paragraph that ends with a colon and introduces a quotation: the colon
        ends its line (or the text), or a quotation mark opens right after it. A colon inside a
        running paragraph introduces a list ("…three states that border Canada: Michigan,
        Minnesota and New York."), not a block of someone's words: VOA's one-paragraph texts
        otherwise gave the rest of the article to the speaker before such a colon."""
        text = sent.text.rstrip()
        after = text_of(self.doc)[sent.start_char + len(text):].lstrip(" \t\xa0")
        if not text.endswith(":") or after and after[0] != "\n" and after[0] not in OPEN_Q \
                and not after.startswith("''"):
            return None
        if links:
            return links[0]
        for t in sent:
            if is_reporting(t) and _main_clause(t):
                link = self.frame_link(t)
                if link:
                    return link
            if t.lower_ == "from":
                src = next((c for c in t.children if c.dep_ == "pobj"), None)
                if src is not None:
                    return self.link(src, [t])
        nxt = after.lstrip()
        if nxt[:1] in OPEN_Q or nxt.startswith("''"):
            return self.lead_in_act(sent)
        return None

    def lead_in_act(self, sent) -> SourceLink | None:
        """The source of a colon lead-in with no reporting verb that introduces a quotation
        paragraph ("Cruz continued:", "President Clinton released the following statement:",
        "He then listed the qualities of a nominee:"): the last verb of the main clause, when it
        is no copula or "have" and its subject is a person (:func:`np_class`), as cue, its subject
        as source. PolNeAR train without its held-out fifth: such lead-ins give 4 quotations, each
        a gold content of that subject (the quotation before the lead-in had given one of them to
        Chris Christie, one to Ted Cruz, one to no one)."""
        verbs = [t for t in sent if t.pos_ == "VERB" and _main_clause(t)]
        if not verbs:
            return None
        verb = verbs[-1]
        lemma = verb.lemma_.lower()
        if lemma in COPULAS or lemma == "have" or np_class(subject_of(verb)) != "person":
            return None
        return self.frame_link(verb)

    def block_ends(self, para_text: str, block_text: str, quoted: bool) -> bool:
        if para_text.lstrip().startswith("("):
            return True
        titled = {m.group(2) for m in HONORIFIC.finditer(block_text)}
        for name in titled:
            bare = re.findall(rf"(?<!\. )\b{re.escape(name)}\b", para_text)
            if bare and not re.search(rf"\b(Mr|Mrs|Ms|Dr)\.\s+{re.escape(name)}\b", para_text):
                return True
        if not quoted and re.search(r"\b(I|we|We|my|My|our|Our)\b", para_text):
            return True
        return False

    # -- verbless attributions of a paragraph -------------------------------------------------------
    def speaker_labels(self) -> list[tuple[int, int, int, int, int, int, bool]]:
        """Speaker labels with no reporting verb, as (name start, name end, cue start, cue end,
        content start, content end, colon label?): a paragraph that is a quotation followed by a
        dash and the speaker's name ("“…” — Commissioner Pavel Dressler") or opens with a short
        name and a colon ("PENCE: Well, look…"), a paragraph of a dash and a name alone after a
        quotation paragraph (a fact check's "\"…pay zero taxes.\" ¶ - Sanders."; PolNeAR train
        without its held-out fifth: 5 such paragraphs, all 5 gold cues of the quotation before
        them; the 4 dash-and-name paragraphs after a paragraph that is no quotation are bylines
        of a live blog's entries, "- Amber Phillips.", no gold; held-out fifth: none of the
        first kind), and the labels of a transcript inside a
        paragraph whose line breaks were lost (:func:`~newstrace.components.speakers.transcript_labels`:
        "…? Armitage: That type of exercise…", VOA story 84). A label's content runs to the
        next label or its paragraph's end, and stops before a credit line ("Adrianna Zhang
        contributed to this report.", :data:`~newstrace.units.CREDIT_LINE`)."""
        doc, text = self.doc, text_of(self.doc)
        found: dict[int, tuple] = {}
        offset, quoted = 0, None
        for para in text.split("\n"):
            start = offset
            offset += len(para) + 1
            m = DASH_SPEAKER.match(para) or COLON_SPEAKER.match(para)
            if m:
                found[start + m.start("name")] = (start + m.start("name"), start + m.end("name"),
                                                  start + m.start("cue"), start + m.end("cue"),
                                                  start + m.start("content"), start + m.end("content"),
                                                  m.re is COLON_SPEAKER)
            elif quoted and (m := DASH_LINE.match(para)):
                found[start + m.start("name")] = (start + m.start("name"), start + m.end("name"),
                                                  start + m.start("cue"), start + m.end("cue"), *quoted, False)
            if para.strip():
                q = QUOTE_PARAGRAPH.match(para)
                quoted = (start + q.start("content"), start + q.end("content")) if q else None
        for ns, ne, colon in transcript_labels(doc, self.index):
            para_end = text.find("\n", colon)
            content = text[colon + 1:para_end if para_end >= 0 else len(text)]
            cs = colon + 1 + len(content) - len(content.lstrip())
            found[ns] = (ns, ne, colon, colon + 1, cs, colon + 1 + len(content.rstrip()), True)
        labels, starts = [], sorted(found)
        for k, (ns, ne, qs, qe, cs, ce, colon) in enumerate(found[n] for n in starts):
            if k + 1 < len(starts) and cs < starts[k + 1] < ce:
                ce = cs + len(text[cs:starts[k + 1]].rstrip())  # the next label ends this one
            credit = next((st.start_char for st in doc.char_span(cs, ce, alignment_mode="expand").sents
                           if st.start_char > cs and CREDIT_LINE.search(st.text)), None) if ce > cs else None
            if credit is not None:
                ce = cs + len(text[cs:credit].rstrip())
            labels.append((ns, ne, qs, qe, cs, ce, colon))
        return labels

    def paragraph_pass(self) -> None:
        """Attributions with no reporting verb (:meth:`speaker_labels`): every claim of a label's
        content is the labelled speaker's, the label's colon or dash its cue; a first person
        reporting inside it ("I think…") is that speaker (as in a quotation, :meth:`quote_pass`)."""
        doc, text = self.doc, text_of(self.doc)
        for ns, ne, qs, qe, cs, ce, colon in self.speaker_labels():
            span = doc.char_span(ns, ne, alignment_mode="expand")
            if span is None or any(t.pos_ in ("VERB", "AUX") for t in span) or span[0].pos_ == "ADP" or \
                    span.text.strip().lower().rstrip(".") in LABELS or any(t.like_num for t in span):
                # (a prepositional phrase before a colon names no speaker: "Among the votes: …",
                # "At issue: …", "For example: …"; PolNeAR train without its held-out fifth, 1
                # of 5 such labels holds a gold source, "Among its findings")
                continue
            if colon and roster(doc, cs, ce):
                continue
            link = self.link(span.root, [doc.char_span(qs, qe, alignment_mode="expand")[0]])
            link.start_char, link.end_char = span.start_char, span.end_char
            label_end = max(ne, qe)
            named = self.names_speaker(span)
            heading = span.text.strip().lower() in HEADINGS or colon and self.topic_heading(span, named)
            got = False
            for u in self.units:
                s, e = u.span(doc)
                if not u.frame and ns <= s < ne and label_end + 1 < e <= ce:
                    # one unit over the label and its content ("Paul Ryan: FBI Decision … Needs
                    # More Investigation"): the label leaves the unit
                    rest = trim_edges(doc, [i for i in u.tokens if doc[i].idx >= cs])
                    if rest and any(doc[i].is_alpha for i in rest):
                        u.tokens = rest
                        if u.head not in rest:
                            u.head = self.label_content_head(rest)
                        s, e = u.span(doc)
                if u.frame or not (cs <= s and e <= ce):
                    if ns <= s < ne and e <= label_end + 1:
                        u.frame = True  # the speaker label itself
                    continue
                inner = [lk for lk in u.chain if lk.cue and cs <= lk.cue[0] < ce]
                if heading or not named and any(text[lk.start_char:lk.end_char].lower() not in FIRST_PERSON for lk in inner):
                    continue  # a heading, not a speaker, over a report of its own ("Superdelegates: …, Devine said")
                first_person_is(link, inner, text)
                u.chain = dedupe_chain([link] + inner)
                self.labelled.add(id(u))
                got = True
            if not got and colon and not heading:
                self.label_unit(cs, ce, link)

    def label_content_head(self, rest: list[int]) -> int:
        """The head of a label's content cut from a unit over label and content: its first word
        the parse hung outside it, a verb before a noun ("Report: Japan's PM to Visit India…",
        VOA 6204681, where "PM" and "Visit" both hang on "Report"), so that the hedges and the
        event of the verb stay the unit's (new-user trial 8: the headline lost its visit)."""
        doc = self.doc
        tops = [i for i in rest if doc[i].head.i not in rest or doc[i].head.i == i]
        return next((i for i in tops if doc[i].pos_ in ("VERB", "AUX")), tops[0] if tops else rest[0])

    def names_speaker(self, label) -> bool:
        """Whether a speaker label ``label`` names someone: a person or organisation of the NER,
        a person named before or an outlet, or a name in capitals as a transcript prints it
        ("FALLIN:"). A label that names no one is a run-in heading ("Voter participation: Sanders
        … said…", "The Latest: Mourners say…", "Campaign funding: Sanders' team said…"): it
        gives a claim with no reporting verb its source only when one of its words can name a
        source (else it is no label at all, :meth:`topic_heading`), and it does not wrap a claim that
        reports a third person's words of its own (:meth:`paragraph_pass`), whose own source and
        cue PolNeAR annotates. PolNeAR train without its held-out fifth: of the 48 chains a colon
        label wraps around a report of a third person, the label is a gold cue in 17 (all 17
        names), the inner cue in 15 (13 under headings that name no one); after the rule, the
        13 are the inner links' own and the 17 named labels keep their chains. Held-out fifth:
        unchanged (no such heading); dev: cue F1 0.775 -> 0.776, source accuracy 0.918 -> 0.919."""
        text = label.text.strip()
        return (any(t.ent_type_ in ("PERSON", "ORG") for t in label) or sum(c.isalpha() for c in text) > 1 and
                text.isupper() or self.index.known_person(text) is not None or bool(self.index.outlet(text)))

    def topic_heading(self, label, named: bool) -> bool:
        """Whether the colon label ``label`` (a Span) is a run-in heading of a topic, no speaker:
        it names no one (``named``, :meth:`names_speaker`), it is not all proper nouns (a name the
        NER left unlabelled: "News Guide: Donors flocked to Rubio super PAC"), and none of its
        words can name a source (:func:`~newstrace.components.speakers.is_sourcelike`: no
        official, outlet, document, group or name) or is the name of a person the article names
        ("Obama on Climate Change: The Trends Are 'Terrifying.'", PolNeAR dev, is Obama's).
        "Voter participation: Sanders, whose coalition includes…", "Focus on security: Trump, who
        is seen as…", "Delegate Update: The latest count…", "Stealth Over Health: Hillary Clinton
        Was Headed to ER…" say what the text after them is about, not who says it; "Poll: …",
        "Report: …", "Insiders: …", "WSJ editorial: …" keep their attribution. Such a heading is
        read as the :data:`HEADINGS` are (:meth:`paragraph_pass`): no claim of its own, no source
        of the claims after it.

        PolNeAR train (all 840 texts; the 115 texts where main of session 34 gave a colon cue,
        re-read): 14 colon labels turned down, 3 of them gold cues ("Tuesday’s Morning Email",
        "Milbank", "Also of interest"), 11 not ("Delegate Update", "A reminder", "Even on age",
        "So", …); over those texts matched attributions 1643 -> 1639 of 1992 -> 1980 (lost: the
        3 gold-cue labels and 3 paired with a gold attribution by their content alone, "Name",
        "Campaign funding", "So"), cues matched 1627 -> 1625. PolNeAR dev: figures in ``CHANGELOG.md`` (session 34, falsecue)."""
        words = [t for t in label if not t.is_punct]
        return not named and not all(t.pos_ == "PROPN" for t in words) and not any(
            is_sourcelike(t) or t.pos_ == "PROPN" and self.index.known_person(t.text) for t in words)

    def label_unit(self, cs: int, ce: int, link: SourceLink) -> None:
        """A claim for the content [cs, ce) of a speaker label that no claim unit covers: a
        headline whose verb the tagger read as a noun ("Poll: Donald Trump Ties Hillary Clinton
        With Michael Bloomberg", "Ties" tagged as a noun) is still the labelled source's claim,
        as PolNeAR annotates it. Made only when no unit overlaps the content and it has three
        words or more; like a quoted fragment (:meth:`quote_unit`), the unit may have no verb."""
        doc = self.doc
        toks = trim_edges(doc, [t.i for t in doc if cs <= t.idx < ce and not t.is_space])


        if sum(1 for i in toks if doc[i].is_alpha) < 3:
            return
        taken = set(toks)
        if any(taken & set(u.tokens) for u in self.units):
            return
        head = next((i for i in toks if doc[i].head.i not in taken or doc[i].head.i == i), toks[0])
        unit = ClaimUnit(head=head, tokens=toks, paragraph=paragraph_of(doc, doc[toks[0]].idx))
        unit.chain = [link]
        bisect.insort(self.units, unit, key=lambda u: u.tokens[0])
        self.by_head[head] = unit
        self.labelled.add(id(unit))


def roster(doc, start: int, end: int) -> bool:
    """Whether the text ``start``-``end`` of ``doc`` after a colon label is a roster: three commas
    or more, no verb, and every word a proper noun ("Iowa: Tim Albrecht, Brad Anderson, Rob
    Barron, Jeff Boeyink, …", the members of a panel by state). A list of names is no one's words,
    so the label is no speaker. PolNeAR train without its held-out fifth, all colon labels
    newstrace gave such a content (both learned models fitted without the fifth): a gold
    attribution 0 times in 4, a gold cue 0 times (one text's four states); none in the held-out
    fifth (figures of the held-out fifth with the other cuts of session 27:
    :func:`~newstrace.components.stance.plain_sense`)."""
    toks = [t for t in doc if start <= t.idx < end]
    words = [t for t in toks if t.is_alpha]
    return sum(t.text == "," for t in toks) >= 3 and bool(words) and all(t.pos_ == "PROPN" for t in words) \
        and not any(t.pos_ in ("VERB", "AUX") for t in toks)


def _main_clause(verb: Token) -> bool:
    """A verb of the main clause of its sentence: the root, or a verb conjoined to it or its
    complement, with no subordinator ("As Trump lamented…, Clinton took a moment:" the main
    clause is "Clinton took a moment", not the "as" clause)."""
    if any(c.dep_ == "mark" for c in verb.children):
        return False
    return verb.dep_ == "ROOT" or verb.dep_ in ("conj", "ccomp", "xcomp") and verb.head.dep_ == "ROOT"
