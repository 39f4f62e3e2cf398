"""Working types shared by the spaCy components (not public records; see records.py).

A :class:`ClaimUnit` is made by the claims component and filled in by the attribution and
factuality components; :mod:`newstrace.export` turns it into a :class:`~newstrace.records.Claim`.
Token indices refer to the Doc; ``start_char``/``end_char`` are derived from the tokens.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Optional

from spacy.tokens import Doc, Token


@dataclass
class SourceLink:
    """One attribution step: who (``mention`` tokens, canonical ``name``, ``type``), through which
    cue, with the source's own commitment (``label``/``value``, set by factuality)."""

    start_char: int
    end_char: int
    name: str
    type: str
    cue: Optional[tuple[int, int]] = None  # char offsets of the cue words
    cue_lemma: Optional[str] = None
    label: str = "asserted"
    value: str = "CT+"
    cue_spans: list[tuple[int, int]] = field(default_factory=list)  # factuality cues
    first: bool = False  # the cue says this source reported it first (an origin)
    probability: Optional[float] = None  # a stance of the learned act classifier: its probability


@dataclass
class ClaimUnit:
    """One predication: its head token, content tokens, and what later components add."""

    head: int
    tokens: list[int]
    paragraph: int
    kind: str = "claim"
    frame: bool = False  # only an attribution frame ("X said"), not a claim of its own
    chain: list[SourceLink] = field(default_factory=list)
    quote: str = "none"
    label: str = "asserted"
    value: str = "CT+"
    cue_spans: list[tuple[int, int]] = field(default_factory=list)
    hedge: Optional[str] = None  # "alleged"/"reported" when a hedge adverb of the clause says so
    base_len: int = 0  # how many chain links come from an enclosing block ("Per the Times:")
    event: Optional[object] = None  # a records.Event, set by the events component
    reliability: Optional[dict] = None  # set by the reliability component
    stances: list[tuple[SourceLink, tuple[int, int]]] = field(default_factory=list)  # holder+cue, content

    def span(self, doc: Doc) -> tuple[int, int]:
        """Half-open character offsets of the content tokens' extent."""
        first, last = doc[min(self.tokens)], doc[max(self.tokens)]
        return first.idx, last.idx + len(last.text)


def token_set(tok: Token, stop: set[int]) -> list[int]:
    """Indices of ``tok``'s subtree, not descending into tokens whose index is in ``stop``."""
    out, todo = [], [tok]
    while todo:
        t = todo.pop()
        out.append(t.i)
        todo.extend(c for c in t.children if c.i not in stop)
    return sorted(out)


def reduced_participle(verb: Token) -> bool:
    """A bare past participle modifying a noun or clause, with no auxiliary or subject of its
    own ("the first, held in Singapore", "…is dead, killed in a raid"): a passive without
    auxiliaries."""
    return verb.tag_ == "VBN" and verb.dep_ in ("acl", "advcl") and not any(
        c.dep_ in ("aux", "auxpass", "nsubj") for c in verb.children)


def passive(verb: Token) -> bool:
    """Whether ``verb`` is in the passive voice: it has a passive auxiliary or subject
    (ClearNLP ``auxpass``/``nsubjpass``), is a past participle with a "by" agent ("the plan,
    praised by the unions"), a :func:`reduced_participle`, or the past form of an absolute
    "with" clause, which has no finite verb ("with some 2,000 civilians reportedly killed this
    year", FNC-1 body 1588: the parser tags "killed" VBD, and the civilians became the killers),
    not one with an open complement ("with Rubio and Murphy expected to win": PolNeAR's held-out
    fifth has a gold attribution on "expected to" that the passive reading lost).
    The one voice test of the components (stance holders, event actor and target)."""
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or verb.tag_ == "VBN" and (
        any(c.dep_ == "agent" for c in verb.children) or reduced_participle(verb)) or (
        verb.tag_ in ("VBD", "VBN") and verb.head.lower_ == "with" and verb.dep_ in ("pcomp", "advcl")
        and not any(c.dep_ in ("aux", "dobj", "xcomp") for c in verb.children))


def text_of(doc: Doc) -> str:
    """``doc.text``, computed once per Doc: spaCy rebuilds ``Doc.text`` from its tokens on every
    access, which dominated newstrace's own run time (benchmarks/throughput.py)."""
    text = doc.user_data.get("nt_text")
    if text is None:
        text = doc.user_data["nt_text"] = doc.text
    return text


def ents_of(doc: Doc) -> tuple:
    """``doc.ents``, computed once per Doc: spaCy rebuilds ``Doc.ents`` from every token's
    entity tag on each access, so the speaker and actor searches, which look at the entities
    once per claim, took time growing with the square of the text's length (a 300,000-character
    text: 361 s). Valid once the names component has set the entities (it drops this cache)."""
    cached = doc.user_data.get("nt_ents")
    if cached is None:
        ents = tuple(doc.ents)
        cached = doc.user_data["nt_ents"] = ents, [e.start for e in ents]
    return cached[0]


def entity_at(tok: Token):
    """The entity of :func:`ents_of` that holds ``tok``, or None."""
    ents = ents_of(tok.doc)
    k = bisect.bisect_right(tok.doc.user_data["nt_ents"][1], tok.i) - 1
    return ents[k] if k >= 0 and tok.i < ents[k].end else None


def ents_within(doc: Doc, start: int, end: int) -> tuple:
    """The entities of :func:`ents_of` inside tokens [start, end), by bisection."""
    ents = ents_of(doc)
    starts = doc.user_data["nt_ents"][1]
    found = ents[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]
    return tuple(e for e in found if e.end <= end)


def first_token_from(doc: Doc, char: int) -> int:
    """Index of the first token that starts at or after character ``char`` (``len(doc)`` when
    none does), by bisection over the token offsets, which are computed once per Doc."""
    starts = doc.user_data.get("nt_token_starts")
    if starts is None:
        starts = doc.user_data["nt_token_starts"] = [t.idx for t in doc]
    return bisect.bisect_left(starts, char)


def paragraph_of(doc: Doc, char: int) -> int:
    """0-based paragraph number of a character offset (paragraphs are separated by newlines)."""
    starts = doc.user_data.get("nt_breaks")
    if starts is None:
        starts = doc.user_data["nt_breaks"] = [i for i, ch in enumerate(text_of(doc)) if ch == "\n"]
    return bisect.bisect_left(starts, char)


#: A credit line ("VOA's Sahra Abdi Ahmed contributed to this report", "Material from the AP
#: was used") says who wrote the article, not what happened: never a report of a story.
CREDIT_LINE = re.compile(r"\bcontributed (?:to this report|reporting|to this story)\b|"
                         r"^\s*(?:additional )?reporting by\b|^\s*material from\b.*\bwas used\b",
                         re.I)

#: Cardinal number words and their values ("twelve" 12, "forty" 40): spaCy marks such words
#: ``like_num`` but gives no value, and no number-word parser is among the dependencies for these
#: few words. Read by the times component (durations) and the tracker (counts of people).
NUMBER_WORDS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve "
                                           "thirteen fourteen fifteen sixteen seventeen eighteen nineteen "
                                           "twenty".split())}
NUMBER_WORDS |= {w: 10 * i for i, w in enumerate("thirty forty fifty sixty seventy eighty ninety".split(), 3)}

EDGE_WORDS = frozenset({"and", "but", "or", "that", "so", "yet", "then"})  # not "nor": it negates
OPENING_MARKS, CLOSING_MARKS = frozenset("“«‘"), frozenset("”»’")
STRAIGHT_MARKS = frozenset({'"', "'"})  # quotation marks that open and close alike
BRACKETS = {"(": ")", "[": "]", "{": "}"}
_OPENER = {close: open_ for open_, close in BRACKETS.items()}


#: Conjunct adverbs (Quirk et al. 1985, 8.134ff.: "conjuncts"), which link a clause to the one
#: before or after it.
CONJUNCTS = frozenset({"however", "still", "indeed", "therefore", "nevertheless", "nonetheless", "moreover",
                       "furthermore", "meanwhile", "consequently", "thus", "hence"})


def _before_comma_in_sentence(doc: Doc, i: int) -> bool:
    """Token ``i`` is followed by a comma and then by a word of its own sentence."""
    return i + 2 < len(doc) and doc[i + 1].text == "," and not doc[i + 2].is_sent_start \
        and not doc[i + 2].is_punct


def part_of_phrase(t) -> bool:
    """An edge word (:data:`EDGE_WORDS`) that is a word of the claim, not a joint between
    clauses: a determiner or degree adverb of the next word ("That policy", "So far") or a
    pronoun argument ("but that did not stop them"), or an adverb on a word before it ("will
    continue to do so", "has not decided yet"; not "then", which ends a gold content 1 time in 3;
    PolNeAR train without its held-out fifth: a content cut before such a "so" or "yet" that a
    gold content holds, the gold content runs on 14 times in 14)."""
    return t.dep_ in ("det", "advmod", "amod") and t.head.i == t.i + 1 \
        or t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "attr") \
        or t.dep_ == "advmod" and t.head.i < t.i and t.lower_ != "then"


def trim_edges(doc: Doc, toks: list[int]) -> list[int]:
    """Drop edge spaces, punctuation, conjunctions, complementisers and dangling prepositions,
    and a quotation mark or bracket at an edge whose partner is not inside the span; then take
    in the marks that directly follow the span and close a quotation or bracket opened inside it
    ("cites 'human error'", "the group (known as the Quad)"), and the "%" of a number that ends
    it ("enriched to 60%"): a span cut at them lost them (new-user trial, Wikinews and VOA); so
    does a sentence's final stop with the closing mark after it, inside which American style
    puts the stop ('saying there was "no evidence the attacks came from Yemen."', Wikinews
    2019-09-15, new-user trial nine: the claim kept an unbalanced quotation mark; held-out
    fifth unchanged, content exact 1784).
    A last word that modifies a word after the span (an adverb, conjunction or subordinator of
    the next clause: "…access to legal representation and also by attempting…" ended in "also")
    is dropped too, and so is a last conjunct adverb (:data:`CONJUNCTS`) with a comma and more
    of its sentence after it, where it joins the next clause whatever the parse says ("…denied
    all claims that Khashoggi was slain, however, a UN report concluded…" ended in "however";
    a sentence-final "…, however." stays) (new-user trial, VOA and Wikinews; PolNeAR held-out
    fifth unchanged: partial 0.723). So is a last gerund whose clausal complement follows the
    span, the cue of the report after it ("Conservative groups hold rally in Washington D.C.
    claiming U.S. elections were stolen…", Wikinews 2020 no. 118 headline, new-user trial 5,
    ended in "claiming"; PolNeAR held-out fifth, cue model as committed: one more attribution
    found, "by saying" and "for declaring" left two false contents, matched 2425 -> 2426,
    content exact F1 0.558 -> 0.559).

    A first conjunct adverb with its comma ("Still, Cruz will be re-evaluating…", "However,
    Washington appears…", "Meanwhile, her negative ratings…") is dropped as well: it links the
    sentence to the one before, and PolNeAR leaves it out of the content. PolNeAR train without
    its held-out fifth, among the attribution contents this changes: the connective lies outside
    the gold content 11 times in 14 and the gold content starts right after it 9 times (twice
    later); held-out fifth: content exact 1,782 -> 1,785, content partial P 0.789 -> 0.790,
    system attributions 2,850 -> 2,849, attribution F1 0.764 and content partial F1 0.729
    unchanged."""
    def unpaired(i: int, first: bool) -> bool:
        t = doc[i]
        if t.text in BRACKETS or t.text in _OPENER:
            partner = BRACKETS.get(t.text) or _OPENER[t.text]
            return not any(doc[j].text == partner for j in toks if j != i)
        if not t.is_quote:
            return False
        inner = [doc[j].text for j in toks if j != i and doc[j].is_quote]
        if t.text in OPENING_MARKS or (first and t.text in STRAIGHT_MARKS):
            return not any(x in CLOSING_MARKS or x in STRAIGHT_MARKS for x in inner)
        return not any(x in OPENING_MARKS or x in STRAIGHT_MARKS for x in inner)

    def droppable(i: int, first: bool) -> bool:
        t = doc[i]
        return (t.is_space or (t.is_punct and not t.is_quote and t.text not in BRACKETS
                               and t.text not in _OPENER and not _percent(doc, i))
                or t.lower_ in EDGE_WORDS and not part_of_phrase(t)
                or unpaired(i, first) or (not first and t.pos_ == "ADP" and t.dep_ != "prt")
                or not first and (t.dep_ in ("advmod", "cc", "mark", "preconj") and t.head.i > i
                                  or t.lower_ in CONJUNCTS and _before_comma_in_sentence(doc, i)
                                  or t.tag_ == "VBG" and any(c.dep_ == "ccomp" and c.i > i for c in t.children)))
    while len(toks) > 2 and doc[toks[0]].lower_ in CONJUNCTS and doc[toks[1]].text == ",":
        toks = toks[2:]
    while len(toks) > 1 and droppable(toks[0], True):
        toks = toks[1:]
    while len(toks) > 1 and droppable(toks[-1], False):
        toks = toks[:-1]
    while toks and toks[-1] + 1 < len(doc) and (_closes(doc, toks, toks[-1] + 1) or _percent(doc, toks[-1] + 1)):
        toks = toks + [toks[-1] + 1]
    if toks and toks[-1] + 2 < len(doc) and doc[toks[-1] + 1].text in FINAL_STOPS and _closes(doc, toks, toks[-1] + 2):
        toks = toks + [toks[-1] + 1, toks[-1] + 2]  # 'saying there was "no evidence the attacks came from Yemen."'
    return toks


#: Sentence-final stops that American style puts inside a closing quotation mark.
FINAL_STOPS = frozenset({".", "!", "?"})


def _percent(doc: Doc, i: int) -> bool:
    """Token ``i`` is the "%" of the number before it."""
    return doc[i].text == "%" and i > 0 and doc[i - 1].like_num


def _closes(doc: Doc, toks: list[int], i: int) -> bool:
    """Token ``i`` closes a bracket or quotation opened among ``toks`` and not closed there."""
    text, inner = doc[i].text, [doc[j].text for j in toks]
    if text in _OPENER:
        return inner.count(_OPENER[text]) > inner.count(text)
    if text in CLOSING_MARKS:
        return sum(x in OPENING_MARKS for x in inner) > sum(x in CLOSING_MARKS for x in inner)
    return text in STRAIGHT_MARKS and doc[i].is_quote and inner.count(text) % 2 == 1


def head_run(toks: list[int], head: int) -> list[int]:
    """The contiguous run of ``toks`` that holds ``head`` (a unit's span never straddles the
    content of another unit taken out of it; as the claims component cuts nested units)."""
    if head not in toks:
        return toks
    lo = hi = toks.index(head)
    while lo > 0 and toks[lo - 1] == toks[lo] - 1:
        lo -= 1
    while hi + 1 < len(toks) and toks[hi + 1] == toks[hi] + 1:
        hi += 1
    return toks[lo:hi + 1]


def first_person_is(speaker: SourceLink, inner: list[SourceLink], text: str) -> None:
    """Name and type the links of ``inner`` whose source is "I" or "we" as ``speaker``: inside
    a quotation or a speaker label's content, the first person is the one speaking."""
    from newstrace.entities import FIRST_PERSON  # here: the entities package imports this module

    for lk in inner:
        if text[lk.start_char:lk.end_char].lower() in FIRST_PERSON:
            lk.name, lk.type = speaker.name, speaker.type


def dedupe_chain(chain: list[SourceLink]) -> list[SourceLink]:
    out: list[SourceLink] = []
    for link in chain:
        if out and out[-1].name.lower() == link.name.lower():
            continue
        out.append(link)
    return out
