"""Parse repairs of speaker tags next to a quotation, and of quoted fragments with no verb
(:mod:`newstrace.components.parse_repairs`):

* a speaker tag that opens a quotation ("Speaking to PBS, he said, “It happened…”") hung on the
  quotation as its ``parataxis`` becomes the report of it (:func:`raise_opening_tag`), and so
  does one closing a quotation with no verb ("“Too much hate,” she said, blaming…")
  (:func:`raise_fragment_tag`);
* an inverted tag after a quotation (or after a comma, where a relative clause took the speaker)
  gets back the speaker the parser gave to a later verb (:func:`restore_inverted_tag`; the place
  of such a tag, :func:`after_quotation`, is also read by ``speakers``);
* a closing tag after a quotation that the parser read as a noun phrase ('"Our plan works,"
  Conway notes.') is a clause again (:func:`restore_noun_tag`).
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newstrace.components.claims import is_reporting, VERBAL
from newstrace.components.parse_repairs.tree import SUBJECT_DEPS


def raise_opening_tag(doc: Doc) -> None:
    """Make a speaker tag that opens a quotation its report where the parser hung it on the
    quotation: "Speaking to Martin Smith of PBS, he said, “It happened under my watch.”"
    (Wikinews; new-user trial) parses "happened" as the root with "said" its ``parataxis`` and
    "Speaking…" its adverbial, so the claim took in its own tag and its source was the hearer.
    Signs: a reporting verb (:func:`is_reporting`) with a subject of its own, the ``parataxis``
    of the sentence's root after it, nothing but punctuation with an opening quotation mark
    between the tag's last word and the root's first, and no clausal complement of its own.
    The tag becomes the root, the quotation its ``ccomp``, and what the quotation's root had
    before the tag (the adverbial, its comma) goes to the tag. PolNeAR train without its
    held-out fifth: 42 sentences ("Asked what…, Adelson said, “They have got to be able to
    win.”", "But, he added, “We are, in effect, in a war…”"). Held-out fifth: figures unchanged
    (0.759, partial 0.723, cue 0.758); also requiring no subject of the quotation before the
    tag ("That, the commission said, “would be helpful”") lost 3 exact contents there."""
    for tag in doc:
        if tag.dep_ != "parataxis":
            continue
        root = tag.head
        if root.dep_ != "ROOT" or root.i < tag.i or not is_reporting(tag) \
                or not any(c.dep_ == "nsubj" and c.i < tag.i for c in tag.children) \
                or any(c.dep_ == "ccomp" for c in tag.children):
            continue
        first = next((t for t in doc[tag.i + 1:root.i + 1] if not t.is_punct), root)
        if not any(t.is_quote for t in doc[tag.i + 1:first.i]) or not (first == root or root.is_ancestor(first)):
            continue
        before = [c for c in root.children if c.i < tag.i]
        tag.head, tag.dep_ = tag, "ROOT"
        root.head, root.dep_ = tag, "ccomp"
        for c in before:
            c.head = tag


def fragment_before(tag: Token) -> Span | None:
    """The quotation with no verb of its own that opens the sentence of ``tag`` and ends right
    before ``tag``'s subject with a comma, question or exclamation mark and a closing mark
    ("“Too much hate,” she said"), marks included (:func:`raise_fragment_tag`); None otherwise."""
    doc = tag.doc
    subj = next((c for c in tag.children if c.dep_ == "nsubj" and c.i < tag.i), None)
    close = subj.left_edge.i - 1 if subj is not None else -1
    start = tag.sent.start
    while start < close and doc[start].is_space:
        start += 1
    if close < start + 2 or not doc[close].is_quote or doc[close].text in OPENING_QUOTES \
            or doc[close - 1].text not in (",", "?", "!") or not doc[start].is_quote:
        return None
    quote = doc[start:close + 1]
    if any(t.pos_ in VERBAL for t in quote) or not any(t.is_alpha for t in quote):
        return None
    return quote


def raise_fragment_tag(doc: Doc) -> None:
    """Make a speaker tag closing a quotation with no verb of its own the report of that
    quotation where the parser hung the tag on the quotation, or on a participle after it, as a
    ``parataxis``: "“Too much hate,” she said, blaming some of it on presidential candidate
    Donald Trump." parses "hate" as the root with "said" its ``parataxis`` and "blaming" its
    ``acl`` (the quotation became the subject of "blaming" and no one's words), "“Savage,” she
    said, meaning that he's…" parses "meaning" as the root with "Savage" its subject. Signs: a
    reporting verb (:func:`is_reporting`), ``parataxis``, whose subject stands right after the
    quotation that opens its sentence (:func:`fragment_before`). The tag becomes the root, the
    quotation its ``ccomp``, the old root (a participle after the tag) and the words after the
    tag hung on a quoted word its ``advcl`` or dependents (or its ``ccomp``, the rest of a
    quoted sentence the tag interrupts: "“Only you, Dinesh,” she said, would use…"). PolNeAR
    train without its held-out fifth: it fires on 3 sentences, the tag a gold cue of the
    quotation each time ("“The bullying,” Fox's Chris Wallace said, as the crowd cheered");
    held-out fifth: 3, each a gold cue ("“No, no, no, no,” he said, laughing"); with
    ``claims.free_tagged_fragments`` and the ``QuotePass.quote_unit`` changes of its session:
    attribution F1 0.7708 -> 0.7710 (matched 2472 -> 2473, system 2882 -> 2883), cue F1 0.7709 -> 0.7711 (matched 2460 -> 2461), content partial F1 0.735 -> 0.735, source accuracy 0.916 -> 0.916."""
    for tag in doc:
        if tag.dep_ != "parataxis" or not is_reporting(tag):
            continue
        quote = fragment_before(tag)
        if quote is None:
            continue
        root, inside = tag.sent.root, range(quote.start, quote.end)
        if root.i < tag.i and root.i not in inside:
            continue
        moved = [t for t in tag.sent if t.i > tag.i and t.head.i in inside]
        tops = [t for t in quote if not t.is_punct and t.head.i not in inside or t.head == t]
        tag.head, tag.dep_ = tag, "ROOT"
        for t in tops:
            t.head, t.dep_ = tag, "ccomp"
        if root.i not in inside and root != tag:  # a participle of the tag, or the rest of what is said
            root.head, root.dep_ = tag, "advcl" if root.tag_ in ("VBG", "VBN") else "ccomp"
        for t in moved:
            t.head = tag
            if t.dep_ in ("acl", "relcl"):
                t.dep_ = "advcl"


#: Quotation marks that open a quotation; an inverted speaker tag follows a closing one.
OPENING_QUOTES = frozenset({"“", "‘", "«"})


def after_quotation(verb: Token) -> bool:
    """Whether ``verb`` stands right after a quotation's closing mark that follows a comma,
    question or exclamation mark ("…valuable,” said Skelly", "…very well!!” posted Sharon
    Powers Geyer"): the place of an inverted speaker tag. The one guard of the two mechanisms
    that give such a tag its speaker: :func:`restore_inverted_tag` (the tree, where the parser
    made the speaker the subject of a later verb) and
    :func:`~newstrace.components.speakers.tags._inverted_tag_subject` (the source, where the parse
    gave the verb no subject). They stay two: as a tree repair the second moved the name on
    every verb so placed, not only on the cues whose source it decides ("''is part of the
    reality'' … ": "part" the subject of "is"; "added another New Hampshire Republican"), and
    changed 16 PolNeAR train texts (held-out fifth: one cue fewer)."""
    doc = verb.doc
    return verb.i >= 2 and doc[verb.i - 1].is_quote and doc[verb.i - 1].text not in OPENING_QUOTES \
        and doc[verb.i - 2].text in (",", "?", "!")


def restore_inverted_tag(doc: Doc) -> None:
    """Give an inverted speaker tag after a quotation back its speaker where the parser made the
    speaker the subject of a later verb taken for the tag verb's clausal complement: "''She
    needs one or two big ideas…,'' said Robert Reich, who served as labor secretary … yet
    endorsed Bernie Sanders" parses as "said [Reich … endorsed Sanders]", "…,” said Jim Bopp, a
    conservative member of the convention's Platform Committee, told POLITICO" as "said [Bopp
    told POLITICO]", so the quotation went to the speaker before. Signs: a reporting verb
    (:func:`is_reporting`) right after a closing quotation mark (:func:`after_quotation`), with
    no subject of its own and a clausal complement after it whose subject opens the words after
    the verb. The subject becomes the verb's ``nsubj`` and the complement the verb's ``advcl``
    (part of the tag, as the quotation before is the report). PolNeAR train without its held-out fifth: 4
    sentences, the noun the gold source of the quotation each time; held-out fifth: 1 ("…,"
    said David Brock, a Clinton confidant who heads … Correct the Record": "Correct" the verb).
    A gerund there is no inverted tag but a participle of report with the subject of the clause
    it hangs on, and the subject after it is its content's ("…defense of “New York values,”
    saying the city embodied…", "…“founded ISIS,” saying they were nitpicking…": the repair made
    "the city" and "they" the speakers of the sentence before): PolNeAR train without its
    held-out fifth, 4 such gerunds, the subject after it the gold source 0 times (the held-out
    fifth has none).

    The same tag after a comma, the clause before it its complement, loses its speaker to a
    relative clause without "who" that closes the sentence ("He also had a voice in decisions
    about major American investments in Ukraine, said a former spokesman for Ukraine's Foreign
    Ministry, Oleg Voloshyn, who also ran as a candidate in the new bloc Mr. Manafort helped
    form.": "spokesman" and "Manafort" both subjects of "helped"). Signs there, for want of the
    quotation mark: the later verb has a second subject (:func:`stolen_subject`). PolNeAR train
    without its held-out fifth: fires on that one sentence, "said" the gold cue and the
    spokesman its gold source; without the second subject's sign it fired on 6, the noun the
    gold source once. Held-out fifth unchanged (attribution F1 0.771, content partial F1 0.735,
    cue F1 0.771, source 0.916)."""
    for verb in doc:
        if verb.tag_ == "VBG" or not is_reporting(verb) or verb.i < 2 \
                or doc[verb.i - 1].text != "," and not after_quotation(verb) \
                or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
            continue
        comp = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
        subj = next((c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")), None) if comp is not None else None
        if subj is None or subj.left_edge.i != verb.i + 1 \
                or not (after_quotation(verb) or stolen_subject(verb, comp)):
            continue
        subj.head, subj.dep_ = verb, "nsubj"
        comp.dep_ = "advcl"


def stolen_subject(verb: Token, comp: Token) -> bool:
    """Whether a tag verb after a comma (:func:`restore_inverted_tag`) has the clause before it as
    its complement and ``comp``, its complement after it, two subjects: the tag's speaker and
    the subject of a relative clause without "who" inside the speaker's phrase."""
    return any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children) \
        and sum(c.dep_ in ("nsubj", "nsubjpass") and c.i < comp.i for c in comp.children) > 1


#: Dependencies of the words of a noun phrase the parser hung on a tag verb read as a noun.
NOUN_TAG_DEPS = frozenset({"compound", "det", "amod", "nmod", "poss", "nummod"})


def restore_noun_tag(doc: Doc) -> None:
    """Make a closing speaker tag the parser read as a noun phrase a clause again: in '"Our plan
    works," Conway notes.' and '"I can beat Hillary Clinton," the email read.' (PolNeAR train:
    '"…," the pitch on Kickstarter says') spaCy tags the verb a noun (``NOUN``/``PROPN``) with the
    speaker its ``compound``, so the quotation had no speaker; with a longer quotation it tags
    "notes" a verb but keeps "Conway" a ``compound`` and the quotation an ``xcomp``. Signs: a noun whose words begin
    right after a quotation's closing mark that follows a comma, question or exclamation mark,
    with at most five words before it (a verb: no subject of its own), a prepositional phrase or punctuation after it, and a
    noun or name right before it; as a verb (the third person "-s" form, or "read") it is a
    reporting verb (:func:`~newstrace.components.speakers.is_reporting`). The word becomes the
    verb (``VBZ``/``VBD``), the noun before it its ``nsubj`` (the words before that noun its
    modifiers), the quoted clause its ``ccomp``. A noun that is no reporting verb stays."""
    for tag in doc:
        if tag.pos_ not in ("NOUN", "PROPN", "VERB") or tag.i < 3 \
                or not (tag.lower_.endswith("s") or tag.lower_ == "read") \
                or tag.pos_ == "VERB" and any(c.dep_ in SUBJECT_DEPS for c in tag.children):
            continue
        subj = doc[tag.i - 1]
        words = [c for c in tag.children if c.i < tag.i and c.dep_ in NOUN_TAG_DEPS]
        start = min((c.left_edge.i for c in words), default=tag.i)
        if subj not in words or not 1 <= tag.i - start <= 5 or subj.pos_ not in ("NOUN", "PROPN") \
                or not doc[start - 1].is_quote or doc[start - 1].text in OPENING_QUOTES \
                or doc[start - 2].text not in (",", "?", "!") \
                or any(not (c.is_punct or c.dep_ == "prep") for c in tag.children if c.i > tag.i):
            continue
        saved = (tag.pos_, tag.tag_, tag.lemma_)
        if tag.pos_ != "VERB":
            tag.pos_, tag.tag_ = "VERB", "VBD" if tag.lower_ == "read" else "VBZ"
            tag.lemma_ = tag.lower_ if tag.lower_ == "read" else tag.lower_[:-1]
        content = [c for c in tag.children if c.i < start - 1 and c.dep_ != "punct"]
        if not content or not is_reporting(tag):
            tag.pos_, tag.tag_, tag.lemma_ = saved
            continue
        for c in words:
            if c != subj:
                c.head = subj
        subj.dep_ = "nsubj"
        for c in content:
            c.dep_ = "ccomp"
