"""Speakers the context of a quotation gives, for the quotation pass
(:mod:`newstrace.components.quote_pass`): a name and a colon right before it inside a paragraph
(:meth:`ContextSpeakers.colon_label`; not a name a reporting verb tells to or speaks of,
:func:`told_of`), the subject of a clause of position closed right before it
(:meth:`ContextSpeakers.stance_lead`), the speaker tag of the next quotation joined to it by "and"
or "or" (:meth:`ContextSpeakers.joined_speaker`), the last report of the sentence before
(:meth:`ContextSpeakers.previous_report`), and whether it stands right after the last speaker's
tag and so continues that speaker (:meth:`ContextSpeakers.next_to_tag`).

:class:`ContextSpeakers` is a mixin of :class:`~newstrace.components.quote_pass.driver.QuotePass`:
its methods take a quotation's character offsets and give a :class:`~newstrace.units.SourceLink`
or None (:meth:`~ContextSpeakers.next_to_tag` a bool); they set nothing. They read the
attributor's ``doc``, ``units`` and ``quotes`` and call its ``link`` and ``frame_link``
(:mod:`newstrace.components.attribution`), the tag verb of :mod:`.tags`
(:meth:`~.tags.SpeakerTags.tag_verb`) and :meth:`~.speaker.QuoteSpeaker.in_subject` of
:mod:`.speaker`. Sources: PolNeAR train and its held-out fifth, new-user trials (VOA, Wikinews),
in the docstrings.
"""
from __future__ import annotations

from spacy.tokens import Token

from newstrace.components.quotes import in_quotes
from newstrace.components.speakers import is_reporting, subject_of
from newstrace.components.stance import VENUE_NOUNS
from newstrace.lexicons import cues
from newstrace.units import ents_of, SourceLink, text_of

#: Marks that end a sentence (:meth:`ContextSpeakers.next_to_tag`).
SENTENCE_ENDS = frozenset({".", "?", "!"})
#: Dependency labels of a name that is an argument of a verb or preposition before a colon
#: ("said about Amman:", "told CNN:"), no speaker label (:func:`told_of`).
ARGUMENT_DEPS = frozenset({"pobj", "dobj", "dative"})


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


class ContextSpeakers:
    """Speakers the context of a quotation gives (module docstring)."""

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
