"""Quotation marks in running text: where quotations are, what kind of quote a span is, and
where a speaker tag sits against a quotation.

Used by the attribution component (``components/attribution/``), which decides who speaks;
this module only reads characters and, for :func:`tag_candidate`, the parse around a quotation.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from newstrace.lexicons import cues
from newstrace.units import text_of

OPEN_Q, CLOSE_Q = "“\"«", "”\"»"


def quoted_regions(text: str) -> list[tuple[int, int]]:
    """Character ranges inside quotation marks (the marks excluded).

    Pairs an opening mark (“ « or a straight " at a word start, or ” opening a paragraph) with the next closing mark
    (” » or a straight " at a word end) in the same paragraph; a paragraph that opens a quotation
    and does not close it continues into the next paragraph when that one opens with a quote
    mark (the newspaper convention for multi-paragraph quotations); an unclosed quotation ends
    at its paragraph's end. Two apostrophes ``''`` are a double quotation mark, opening at a word
    start and closing at a word end (the typewriter convention of the New York Times archive
    texts: ``''We need it,'' she said``). Single apostrophes and single quotes are never
    quotation marks here. An opening mark typed for a closing one after a comma or final
    punctuation and before a space (``“It's unusual,“ said Larry Noble``) closes the quotation
    (PolNeAR train without its held-out fifth: 5 such marks, each a closing one). A quotation
    opened by a straight ``"`` may hold a curly pair of its own (``"The DOJ isn't about “Equal
    Justice Under Law” anymore.``): the inner ``”`` closes the inner ``“``, not the quotation (PolNeAR train without its held-out fifth: the regions of 6 texts
    change, block quotations of statements and excerpts; held-out fifth: attribution F1 0.743 ->
    0.744, "Dr. Ward stated:" and its three paragraphs one content again), and so may it hold a
    straight pair opened after a space (``"… The "United States" is not holding any ISIS
    detainees."``, Wikinews, 8 October 2019, new-user trial 16: the quotation ended at "States"
    and its last sentences were the author's; PolNeAR train without its held-out fifth: the
    regions of 3 texts change, 2 to the gold contents ("tweeted, "Reporting that Orlando killer
    shouted "Allah hu Akbar!" as…"", "…So if somebody walks in and says, "I'd like 10,000 rounds
    of ammunition," you know…"), 1 a malformed text either way; held-out fifth: 1 text, a closing mark glued to the next word either way).
    """
    regions, start, inner, inner_straight = [], None, 0, 0
    n = len(text)
    i = 0
    while i < n:
        ch = text[i]
        prev = text[i - 1] if i else " "
        double = ch == "'" and text[i + 1:i + 2] == "'" and prev != "'"
        width = 2 if double else 1
        nxt = text[i + width] if i + width < n else " "
        if ch == "\n" and start is not None:
            rest = text[i + 1:].lstrip()
            if not continues_quotation(text[start - 1], rest):
                regions.append((start, i))
                start = None
            i += 1
            continue
        if start is not None and text[start - 1] == '"' and ch in "“”":
            if ch == "“" or inner:
                inner += 1 if ch == "“" else -1
                i += 1
                continue
        if start is not None and text[start - 1] == '"' and ch == '"' and (inner_straight or prev == " " and nxt.isalnum()):
            # a straight pair inside a straight quotation ("… The "United States" is not holding…")
            inner_straight += -1 if inner_straight and not (prev == " " and nxt.isalnum()) else 1
            i += 1
            continue
        if start is None:
            inner = inner_straight = 0
            if ch in "“«" or (ch == '"' and (prev.isspace() or prev in "([—–-:")) or (ch == "”" and prev == "\n") \
                    or (double and (prev.isspace() or prev in "([—–-:") and not nxt.isspace()):
                start = i + width  # a paragraph may open with a mistyped closing mark
        elif ch in "”»" or (ch == '"' and (nxt.isspace() or nxt in ".,;:!?)—–-" or not nxt.isalnum())) \
                or (ch == "“" and prev in ",.?!—" and (nxt.isspace() or i + 1 == n)) \
                or (double and not prev.isspace() and not nxt.isalnum()):
            regions.append((start, i))
            start = None
        i += width
    if start is not None:
        regions.append((start, len(text)))
    return regions


def continues_quotation(opener: str, rest: str) -> bool:
    """Whether the paragraph ``rest`` opens with a quotation mark that continues a quotation opened
    by ``opener`` (the mark before its first character) and left open at the previous paragraph's
    end: any opening mark continues a curly or guillemet quotation, but a quotation opened by a
    straight ``"`` (or ``''``) continues only into a paragraph that opens with the same straight
    mark. The newspaper convention repeats the quotation's own mark; a paragraph opening with a
    curly “ after a straight-quoted excerpt is a quotation of its own (Breitbart quoting a
    Washington Post feature: each excerpt paragraph opens with a straight mark that never closes,
    the dialogue inside uses curly marks, ``“Here he is, babe,” she said``). The attribution
    stage's colon lead-in block ("McCrummen reports:") ends by the same rule."""
    if opener == '"':
        return rest[:1] == '"'
    if opener in ("'", "''"):
        return rest[:2] == "''"
    return rest[:1] in ('“', '"', '«') or rest[:2] == "''"


def cut_off(a: Token, b: Token) -> bool:
    """A quotation mark stands between tokens ``a`` and ``b``: in "“Absolutely not,” he said"
    the parse hangs the quoted "not" on "said" as its negation, but the mark cuts it off (it is
    the speaker's answer, not "did not say")."""
    lo, hi = sorted((a.i, b.i))
    return any(t.is_quote for t in a.doc[lo + 1:hi])


def doc_regions(doc: Doc) -> list[tuple[int, int]]:
    """:func:`quoted_regions` of a Doc's text, computed once per Doc (kept in its user data)."""
    regions = doc.user_data.get("nt_quotes")
    if regions is None:
        text = text_of(doc)
        regions = doc.user_data["nt_quotes"] = [end_runaway(doc, text, s, e) for s, e in quoted_regions(text)]
    return regions


def end_runaway(doc: Doc, text: str, start: int, end: int) -> tuple[int, int]:
    """The quotation [start, end) of ``doc`` ended before the first later sentence that is a
    report of a named speaker of its own, when no closing mark ends it (it runs to its
    paragraph's end): "“Jovenel Moïse's antidemocratic rule is costing Haitians their lives …
    What's next? Exantus said three commissions have been created…" (VOA 6202623, new-user
    trial twelve: the data set dropped the closing mark, and Levin's quotation ran on over
    800 characters and took Exantus's reports). Such a sentence: its root a verb of the
    ``report_neutral`` cues with a proper noun for subject ("Exantus said", "Exantus told
    VOA…"); a quoted speaker's "I said" or "he told me" does not end the quotation."""
    if end < len(text) and text[end] in CLOSE_Q:
        return start, end
    for verb in doc:
        if not start < verb.idx < end or verb.head != verb or verb.pos_ != "VERB" \
                or verb.lemma_.lower() not in cues()["report_neutral"] \
                or not any(c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in verb.children):
            continue
        opening = verb.left_edge
        if opening.idx > start and doc[opening.i - 1].text in ".?!":  # the report opens its sentence
            return start, len(text[:opening.idx].rstrip())
    return start, end


def in_quotes(regions: list[tuple[int, int]], char: int) -> bool:
    return any(s - 1 <= char <= e for s, e in regions)


#: Characters trimmed off the end of a quotation taken out of its marks: its final stop or comma.
QUOTE_END_PUNCT = " \t\n.,;:!?"
QUOTE_MARKS = frozenset(OPEN_Q + CLOSE_Q) | {"''", "``"}


def unquoted(regions: list[tuple[int, int]], text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) without its enclosing quotation marks when the span is one whole quotation
    (``“Seven other people … were killed.”`` → ``Seven other people … were killed``), and
    without the final stop or comma the quotation held, as a claim cut out of its sentence has
    none; any other span is returned unchanged. ``regions``: :func:`quoted_regions` of ``text``
    (a mark is one character, or two for ``''``). CONVENTIONS.md: a quotation over several
    sentences gives one claim per predication; a claim cut before ``,” he said`` already lost its
    marks, a whole-sentence quotation kept them (new-user trial 6, VOA 8008152 and 6202743).
    PolNeAR held-out fifth unchanged (attribution F1 0.761, partial 0.726, exact content 1772
    matched), though PolNeAR's gold contents keep the marks."""
    for qs, qe in regions:
        if text[start:qs] in QUOTE_MARKS and text[qe:end] in QUOTE_MARKS:
            e = qe
            while e > qs and text[e - 1] in QUOTE_END_PUNCT:
                e -= 1
            return (qs, e) if e > qs else (start, end)
    return start, end


def quote_kind(regions: list[tuple[int, int]], start: int, end: int) -> str:
    """``direct`` when [start, end) lies within one quotation, ``mixed`` when it contains a
    quoted fragment, else ``indirect``. One character of slack at the ends, as for ``direct``:
    a fragment whose comma inside the closing marks was trimmed from the claim (``called China
    ''provocative and expansionist,'' accusing…``) is still contained."""
    for s, e in regions:
        if s - 1 <= start and end <= e + 1:
            return "direct"
    for s, e in regions:
        if start <= s and e <= end + 1 and e - s < end - start:
            return "mixed"
    return "indirect"


#: The longest speaker tag, in words, set between two parts of one quotation ("“A,” X said, “B”")
#: or right against one (:func:`tag_candidate`).
MAX_TAG_WORDS = 15


def set_off(text: str, qs: int) -> bool:
    """Whether the quotation opening at ``qs`` (marks excluded) is set off from the words before
    it by punctuation or a paragraph start ("she said, “Probably.”", "“Absolutely,” he said"),
    rather than set in running text ("told the program ''Inside Edition''": a name)."""
    before = text[:qs].rstrip("'“\"«").rstrip(" \t\xa0")
    return not before or before[-1] in ",.:;?!\n—–"


def verbless(doc: Doc, qs: int, qe: int) -> bool:
    """Whether the quotation [qs, qe) of ``doc`` has a word and no verb or auxiliary of its own
    ("“Too much hate,”", "“Like Oakland. Or Ferguson,”"): a fragment, no clause."""
    span = doc.char_span(qs, qe, alignment_mode="expand")
    toks = [t for t in span if qs <= t.idx < qe] if span is not None else []
    return any(t.is_alpha for t in toks) and not any(t.pos_ in ("VERB", "AUX") for t in toks)


RELATIVES = frozenset({"WDT", "WP", "WP$"})
"""Tags of a relative pronoun ("which", "who", "that", "whose"), which opens no speaker tag."""


def tag_candidate(doc: Doc, text: str, qs: int, qe: int, max_words: int) -> Token | None:
    """The verb of a speaker tag set right against the quotation [qs, qe), by position only.

    * After a quotation that ends in a comma, question or exclamation mark (inside or after the
      closing mark, also behind the closing mark of a quotation nested at its end: "…what can we
      do to help?’” Renteria told reporters", "…'Primates of Park Avenue,'  '' Ms. Ferriss
      noted"; PolNeAR train without its held-out fifth: 43 tags so found, each a gold cue;
      held-out fifth 2 of 3, figures with the other rules of session 25 at
      ``_Attributor.reports_anew``): the first word after the mark, when it is a verb
      ("“Out!” yelled the senator", "“If a protester…,” begins a scripted message"), or the
      verb whose subject phrase it opens ("“Out, out, out!” the senator yelled"), when the
      sentence ends, or a comma sets off the rest ("…,” fretted Muslima Abdullahi, an
      80-year-old woman …"), within ``max_words`` words; a subject and its verb within
      ``max_words`` words, whatever follows the verb ("''Jobs, jobs, jobs,'' Mrs. Clinton said on
      ''The Late Show With Stephen Colbert'' last month when asked…"; PolNeAR train without its
      held-out fifth, on the unrepaired parse: 51 quotations gain a tag so, the verb a gold cue
      45 times, most already found by the parse; the held-out fifth has none: attribution F1 0.769 -> 0.770 with the
      other rules of its session, none worse). So too after a full stop when the next
      word is in lower case, which no new sentence opens with: "“Right now, the threat of the
      cyclone is almost over.” she said" (VOA 8009719, new-user trial eleven: the quotation went
      to the speaker of the quotation before; PolNeAR train has no such tag).
      Not a relative clause on the quotation's last words ("…through California,'' which votes
      June 7"; "the show ''MacGyver,'' which stars…"): a relative pronoun (:data:`RELATIVES`)
      opens no speaker tag. PolNeAR train without its held-out fifth: such a candidate is a gold
      cue 2 times in 12 ("which" 0 of 5).
    * Before a quotation, set off from it by a comma or colon: the last word before the mark,
      when it is a verb ("The senator yelled, “Get them out!”"), or the verb of its particle,
      object or adverb ("as Tom Ridge put it: ''…''").

    Input: the parsed ``doc``, its text, the quotation's character range (marks excluded) and
    the longest tag in words. Output: the verb token, outside the quotation, or None. Whether
    the verb may be a cue (a subject, not a copula) is the attribution component's decision.
    """
    cand = None
    j = qe
    while j < len(text) and text[j] in CLOSE_Q + "'":
        j += 1
    while j < len(text) and text[j] in ", \xa0":
        j += 1
    end = text[:qe].rstrip(" \t\xa0’'")[-1:]
    closed = end in (",", "?", "!") or "," in text[qe:j] or end == "." and text[j:j + 1].islower()
    after = doc.char_span(j, j + 1, alignment_mode="expand") if j < len(text) and text[j].isalpha() else None
    if after is not None and j > qe and closed and text[qe] in CLOSE_Q + "'":  # not a runaway's end (:func:`end_runaway`)
        t = after[0]
        # the tag runs to the sentence end or to a comma that sets off an apposition to the
        # speaker ("…,” fretted Muslima Abdullahi, an 80-year-old woman living in …)
        stop = next((x.i for x in doc[t.i + 2:t.sent.end] if x.text == ","), t.sent.end)
        if t.pos_ == "VERB":
            if len([x for x in doc[t.i:stop] if x.is_alpha]) <= max_words:
                cand = t
        else:
            np_head = t
            while np_head.dep_ in ("det", "amod", "compound", "nummod", "poss") and np_head.head.i > np_head.i:
                np_head = np_head.head
            verb = np_head.head
            if np_head.dep_ == "nsubj" and verb.pos_ == "VERB" and verb.i > np_head.i and t.tag_ not in RELATIVES \
                    and len([x for x in doc[t.i:verb.i + 1] if x.is_alpha]) <= max_words:
                cand = verb
    if cand is None:
        i = qs - 1
        while i > 0 and text[i] in OPEN_Q + "'":
            i -= 1
        mark = i
        while i > 0 and text[i] in ",: \xa0":
            i -= 1
        if any(ch in ",:" for ch in text[i + 1:mark + 1]) and i >= 0 and text[i].isalpha():
            before = doc.char_span(i, i + 1, alignment_mode="expand")
            t = before[0] if before is not None else None
            if t is not None and t.pos_ == "VERB":
                cand = t
            elif t is not None and t.dep_ in ("prt", "dobj", "advmod") and t.head.pos_ == "VERB" \
                    and t.head.i < t.i:
                cand = t.head
    if cand is None or qs - 1 <= cand.idx < qe + 1:
        return None
    return cand
