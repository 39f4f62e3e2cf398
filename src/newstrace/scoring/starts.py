"""Where the content of a system attribution starts.

Inputs: an article text, a newstrace claim and its outer link (or its key: source start, end,
cue range or None; or the cue ranges of a claim relayed with no source). Outputs: the offset
where PolNeAR's content would start, past a lead-in before the source (:func:`_after_lead_in`,
:data:`LEAD_IN`) or before the cue of a claim with no source (:func:`_sourceless_start`), past
the speaker's repeated frame (:func:`_repeated_speaker`), at what the cue reports when only the
source, a relative pronoun for it or a subordinator precedes the cue (:func:`_reported_start`,
:func:`_relative_source`, :func:`_subordinator`); and the aside between a source and its cue
(:func:`_aside`) that is no content. Sources: PolNeAR train without its held-out fifth and the
held-out fifth, counts in each docstring.
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from newstrace.scoring.cue_spans import CUE_WORDS
from newstrace.scoring.spans import Range, _minus

LEAD_IN = frozenset({"when", "as", "after", "while", "in", "on", "at", "during", "before", "since",
                     "with", "despite", "although", "though", "once", "until", "amid", "following"})


SOURCELESS_LEAD_IN = LEAD_IN | {"from", "for", "to", "among", "by", "like", "unlike", "under"}
"""Words that open a lead-in before the subject of a claim relayed with no source (:func:`_sourceless_start`)."""


def _sourceless_start(text: str, claim, cues: Sequence[Range]) -> int:
    """Where the content of a claim relayed with no source starts: after a lead-in, the words
    up to the last comma before its cue when they open with a subordinator or preposition
    (:data:`SOURCELESS_LEAD_IN`: "Despite pre-event disclaimers, Mr. Trump's tone often seems
    to encourage aggression", content "Mr. Trump's tone … to encourage aggression"), as
    :func:`_after_lead_in` for a claim with a source; after the subordinator of a claim that is
    a time or condition clause (:data:`_CLAUSE_MARK`); else the claim's start. PolNeAR train
    without the held-out fifth: such a lead-in is outside every gold content 31 times in 39
    (partly inside 6)."""
    lead = text[claim.start_char:min(s for s, _ in cues)]
    that = _IMPERSONAL_THAT.match(text, max(e for _, e in cues))
    if that is not None and _IMPERSONAL_IT.search(lead):
        return that.start(1)
    k = lead.rfind(",")
    m = _CLAUSE_MARK.match(lead)
    if k > 0 and (lead.split(None, 1)[0].lower() in SOURCELESS_LEAD_IN or m):
        return claim.start_char + k + 1
    return claim.start_char + (m.end() if m else 0)


_IMPERSONAL_IT = re.compile(r"\bit\s+(?:\w+\s+){0,2}$", re.I)
_IMPERSONAL_THAT = re.compile(r"\s*(?:,[^,]{1,40},\s*)?(that|as if|as though)\b", re.I)
"""The impersonal "it" before the cue of an author's evidential hedge and the "that" (or "as
if") after it, maybe past an aside ("It appears, though, that the NFL championship game wasn't
boring to everyone"): PolNeAR's content is the clause from "that" (:func:`_sourceless_start`;
the cue is the verb, ``components.factuality._impersonal_hedge``). PolNeAR train, the five
such gold contents of "it appears/appeared that": each starts at "that"."""


_CLAUSE_MARK = re.compile(r"(?:(?:even|just|only|right|shortly|soon|long)\s+)?"
                          r"(?:when|as|after|before|once|if|until|since|while)\s+", re.I)
"""The subordinator (and an adverb before it) that opens a time or condition clause the product
makes a claim of its own (``claims.judged_passive``: "as she was announced the winner", "Even
before the identities … were known") or another claim relayed with no source ("While the topic
is not expected to surface…"), which PolNeAR leaves out of the content (:func:`_sourceless_start`;
before a comma the whole lead-in clause: "Even as some polls show…, Republicans appear to…").
PolNeAR train without its held-out fifth (both learned models fitted without it): 10 contents
change, 9 of them closer to their gold content (the tenth, "A year after it was announced",
gains the words before the subordinator); held-out fifth 3, all closer."""


def _aside(claim, key: tuple) -> list[Range]:
    """The words between an outer link's source and the cue that follows it when ``claim``
    holds both ("Sanders (I-Vt.) called him divisive", "Kennan, among others, rejected the
    term containment"): PolNeAR's content is what the cue takes ("him divisive", "the term
    containment"), the aside between speaker and verb is neither. ``key``: source start, end,
    cue range or None. Held-out fifth of PolNeAR train: content partial F1 0.672 -> 0.675,
    content exact 0.318 -> 0.338, attribution F1 unchanged."""
    s, e, cue = key[:3]
    if cue and claim.start_char <= s and e <= cue[0] and cue[1] <= claim.end_char:
        return [(e, cue[0])]
    return []


def _after_lead_in(text: str, claim, source) -> int:
    """Where the content of ``claim`` starts: after an adverbial lead-in before its own source
    ("When she appeared before the council, Clinton sought outright victory": the clause or
    phrase up to the comma before "Clinton" frames the act; PolNeAR's content is "outright
    victory"), else at the claim's start. A lead-in opens with a subordinator or preposition
    (:data:`LEAD_IN`) and ends with a comma right before the source, or is that one word ("While
    Clinton has had a larger staff", content "a larger staff": PolNeAR train without the held-out
    fifth, a LEAD_IN word right before a source that precedes its cue is outside the content 783
    of 792 times; held-out fifth: content exact 0.494 -> 0.498).

    Any other words up to a comma right before the source are a lead-in too when the source's
    cue follows it and the claim goes on after that cue, not after a comma or quotation mark
    ("Speaking in the East Room, Obama called…", "Last week, Trump told…", "Meanwhile, …";
    not "The allure of simplicity, he argued, is…", where the words before the source are
    content): :func:`_opens_content`. PolNeAR train without the held-out fifth: such a lead-in
    is outside every gold content 165 times in 192 (partly inside 24); held-out fifth: content
    exact 0.520 -> 0.526, content partial F1 0.6958 -> 0.6972, attribution F1 unchanged."""
    lead = text[claim.start_char:source.start_char]
    if not claim.start_char < source.start_char < claim.end_char:
        return claim.start_char
    ends_comma = lead.rstrip().endswith(",")
    if lead.split(None, 1)[0].lower() in LEAD_IN and (ends_comma or len(lead.split()) == 1) \
            or ends_comma and _opens_content(text, claim, source):
        return source.start_char
    return claim.start_char


_FRAME_WORDS = "|".join(map(re.escape, CUE_WORDS + ["really", "actually", "simply", "personally", "wo", "ca"]))
_FRAME = (r"(?:he|she|they|we|i|it|you)(?:['’](?:s|d|ve|ll|re|m))?"     # the pronoun: "he", "he’s"
          rf"(?:\s+(?:{_FRAME_WORDS})(?:n't|n’t)?)*\s+\w+")             # "does not believe", "didn’t think"
_REPEATED_SPEAKER = re.compile(rf"\s*(?:[\w.-]+(?:['’]s)?\s+){{0,4}}?(?:that\s+)?({_FRAME})\s+(?:that\s+)?", re.I)
_CONJOINED_FRAME = re.compile(rf"\b(?:and|but)\s+(?:that\s+)?{_FRAME}\s+(?:that\s+)?$", re.I)


def _repeated_speaker(text: str, claim, link) -> Optional[int]:
    """Where the content of ``claim`` starts when a pronoun and one verb stand between ``link``'s
    cue and the claim ("Bill Taylor said he expected up to 250,000 people…", "The officials said
    they think that…"): the speaker's second frame, which newstrace folds into the one link
    when the pronoun names the same speaker (a chain names a source once), and which PolNeAR keeps in the outer content (the inner
    report being part of it). None when the words between are anything else. PolNeAR train
    without its held-out fifth: where the outer cue is a gold cue, the pronoun and verb lie inside
    its gold content 44 times in 44; held-out fifth: content exact 0.5415 -> 0.5427, content
    partial F1 0.7086 -> 0.7087, attribution F1 unchanged.

    The frame may have auxiliaries, a negation or an adverb before its verb (:data:`CUE_WORDS`
    and a few more: "Humphrey said he doesn’t believe…", "Weaver says he’s expecting…"), and
    up to four words of the hearer or a time may come between the cue and the frame ("told
    CNN that he believes…", "said Sunday that he believed…"), and a second frame can open the
    second of two conjoined reports ("Kasich said he would present an immigration plan … and
    that he thinks it would pass": content from "and"). PolNeAR train without its held-out fifth
    (both learned models fitted without it): of the 33 contents the longer frame changes that
    meet a gold content, 32 come closer to it (the conjoined frame: 7 of 8); held-out fifth:
    content partial F1 0.7356 -> 0.7357, content exact F1 0.5689 -> 0.5696, attribution F1 0.7716,
    cue F1 0.7713 and source accuracy 0.915 unchanged."""
    cue = link.cue
    if cue is None or cue.end_char > claim.start_char:
        return None
    m = _REPEATED_SPEAKER.match(text, cue.end_char)
    if m and m.end() == claim.start_char:
        return m.start(1)
    m = _CONJOINED_FRAME.search(text, max(cue.end_char, claim.start_char - 80), claim.start_char)
    return m.start() if m else None


def _reported_start(text: str, claim, key: tuple, start: int) -> int:
    """Where the content of ``claim`` starts when its outer link's cue lies inside it and the
    claim's words from ``start`` up to that cue are only its source (and an aside): at the start
    of what the cue reports (``claim.reported``, which leaves out an addressee or object before
    the complement: "Grassley urged [the State Department] to review…", content "to review…");
    else ``start``. ``key``: source start, end, cue range or None. A claim that has content
    words before its cue ("The economy, he said, is…") keeps ``start``. So the verb's adverb,
    colon, time or hearer before a clausal content is neither ("noticed [this weekend] that…",
    "asked [aloud:] …"), nor is a subordinator that opens the claim (:func:`_subordinator`).
    PolNeAR train without its held-out fifth: 145 contents change, 135 of them come closer to
    their gold content, 10 go further; held-out fifth: content exact 1,766 -> 1,767, attribution
    F1 0.761 and content partial F1 0.725 unchanged."""
    cue, rep = key[2], claim.reported
    if cue is None or rep is None or not start <= cue[0] < cue[1] <= rep.start_char:
        return start
    if _relative_source(text, claim, key, start):
        return rep.start_char
    before = _minus([(start, cue[0])], [key[:2]] + _aside(claim, key))
    words = [w.lower() for s, e in before for w in re.findall(r"\w+", text[s:e])]
    return rep.start_char if not words or _subordinator(words) else start


PREPOSITIONS = frozenset({"in", "during", "to", "at"})
"""Prepositions that open a subordinate claim before its cue, alone or with "which" ("in which he
hinted that…", "to which O'Malley interjected"): :data:`SUBORDINATORS`."""
SUBORDINATORS = frozenset({"because", "where", "while", "whereas", "instead", "though", "although", "when",
                           "as", "if", "since", "even", "just", "which"}) | PREPOSITIONS
"""Words that open a claim before its own cue when the claim is a subordinate clause ("…, while
urging his critics to pipe down", "because the poor had suddenly decided in unison to be very
lazy", "instead calling on the spouse to organize social events", "in which he hinted that…"):
the subordinator ties the clause to the sentence around it, and PolNeAR leaves it out of the
content (:func:`_subordinator`)."""


def _subordinator(words: Sequence[str]) -> bool:
    """Whether ``words``, the words of a claim before its cue less its source, are only a
    subordinator (:data:`SUBORDINATORS`; "which" only after a preposition of
    :data:`PREPOSITIONS`: alone it stands for the content's subject, "a path to nomination, which
    he declared…", and stays). PolNeAR train without its held-out fifth (both learned models
    fitted without the fifth), every content this changes: where a gold content meets the rest,
    it leaves the subordinator out 30 times in 36 ("because" 4 in 8: the four others lie inside
    the longer gold content of an outer report, "her advisers said … because she understands the
    extent of voter anger"); 5 meet none; one match lost ("where … to criticize Clinton").
    Held-out fifth, with ``stance.less_set_off_report``: attribution F1 0.7716 unchanged
    (matched 2479 of 2894), content exact 1,828 -> 1,834, content partial P 0.790 -> 0.791 (F1
    0.7356 -> 0.736), cue F1 0.7713 unchanged, source accuracy 2164 of 2365 -> 2165 of 2366."""
    which = [i for i, w in enumerate(words) if w == "which"]
    return all(w in SUBORDINATORS for w in words) and all(i > 0 and words[i - 1] in PREPOSITIONS for i in which)


_RELATIVE_SUBJECT = re.compile(r"\s*(?:who|which)\b", re.I)


def _relative_source(text: str, claim, key: tuple, start: int) -> bool:
    """Whether ``claim`` (from ``start``) opens with the relative pronoun that stands for its outer
    source, named before it ("…, the Wisconsin Republican, who had previously pledged to support
    the nominee"): newstrace's link names the antecedent, PolNeAR's source is the pronoun and
    its cue runs from the words after it to the verb ("had previously pledged to support"), so
    the words up to the cue are no content. ``key``: source start, end, cue range. PolNeAR train
    without its held-out fifth: of the contents this changes that meet a gold content, the gold
    content leaves the cut words out 51 times in 57 (23 more meet none); attribution F1 and
    matches unchanged, content exact 0.5737 -> 0.5761, content partial F1 0.7386 -> 0.7388
    (both learned models fitted without the fifth)."""
    return key[1] <= claim.start_char and bool(_RELATIVE_SUBJECT.match(text, start))


def _opens_content(text: str, claim, source) -> bool:
    """True when ``source``'s cue follows it and ``claim`` goes on after the cue with no comma
    or quotation mark right after it: the source and cue open the claim's content ("…, Obama
    called him…"), rather than interrupt it ("…, he argued, is…")."""
    cue = source.cue
    return cue is not None and source.start_char < cue.start_char and cue.end_char + 1 < claim.end_char \
        and not text[cue.end_char:].lstrip().startswith((",", "'", '"', "”", "’"))
