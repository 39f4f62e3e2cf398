"""The words around newstrace's cue word that PolNeAR counts in the cue of an attribution.

Inputs: an article text, a cue as character ranges and (for :func:`_cue_modifiers`) the source
range. Outputs: the extra ranges to add to the cue: the preposition right after it
(:func:`_cue_preposition`) and the auxiliaries, negation and adverbs right before it
(:func:`_cue_modifiers`, word list :data:`CUE_WORDS`, also used for the cues of claims relayed
with no source and for a speaker's repeated frame). Sources: PolNeAR train without its held-out
fifth, counts in each docstring.
"""
from __future__ import annotations

import re
from typing import Sequence

from newstrace.scoring.spans import Range

CUE_WORDS = ("is are was were be been being am 's ’s 're ’re has have had may might can could must will would "
             "should shall does do did not n't n’t also widely often still generally long now already just largely "
             "increasingly clearly only even all never always usually certainly").split()
"""Auxiliaries, negation and adverbs that go with the cue of a claim relayed with no source
("is widely expected to", "also appears to", "doesn't appear", :func:`_cue_words`)."""


_CUE_PREPS = re.compile(r"\s+(?:(?:\w+ly|back)\s+)?(?:about|against|at(?!\s+(?:least|most)\b)|by|for|from|of|on|over|with|into|upon|toward)\b",
                        re.I)


def _cue_preposition(text: str, cue: Sequence[Range]) -> list[Range]:
    """The preposition right after ``cue``, with the space before it ("took aim at", "praised …
    for", "worried about"), which PolNeAR counts in the cue, not the content: PolNeAR train
    without the held-out fifth, of the gold contents that follow their cue with nothing between,
    1,791 cues end with one of these prepositions and 205 contents start with one ("to", "in",
    "as" are split: they also open infinitive or adverbial contents, and stay). Held-out fifth:
    content exact 0.489 -> 0.494. Not the "at" of "at least" / "at most", which counts the
    content's quantity ("CNN reported at least six skywriting planes filled the skies"): PolNeAR
    train without its held-out fifth, 2 of the 2 such "at" lie in the gold content, none in a
    gold cue (none in the fifth). With an adverb in "-ly" or "back" before the preposition
    ("spoke out sharply against", "talking proudly of", "pushed back on"), both go in the cue:
    PolNeAR train without its held-out fifth, where a system cue is so followed (both learned
    models fitted without the fifth), the preposition is in a gold cue 20 times in 27, in a gold
    content 2; of the 9 in the system content, 7 in a gold cue. Held-out fifth (after
    :func:`_cue_modifiers`): content partial F1 0.735707 -> 0.735712, content exact 1,830 ->
    1,831, the other figures unchanged."""
    if not cue:
        return []
    end = max(e for _, e in cue)
    m = _CUE_PREPS.match(text, end)
    return [(end, m.end())] if m else []


_CUE_MODIFIERS = re.compile(r"(?:(?<![\w’'])(?:" + "|".join(map(re.escape, CUE_WORDS)) + r"|[a-z]+ly|then|later|once|first|since|again|soon|ever)\s*)+$")


def _cue_modifiers(text: str, cue: Sequence[Range], source: Range) -> list[Range]:
    """The auxiliaries, negation and adverbs right before ``cue`` that PolNeAR counts in the cue
    of an attribution with a ``source`` (:data:`CUE_WORDS`, a word ending in "-ly", "then",
    "later", "once", "first", "since", "again", "soon", "ever": "has repeatedly
    characterized him as…", "and even questioned the star's Latino identity", "often citing
    trust as a factor"), from the end of the source when it comes before the cue; none when
    ``cue`` is empty. newstrace's cue is the verb with its aspect, negation and auxiliaries but
    "has", "have", "had" and "will", and the words before it fall in the content when the claim
    starts at them (a second verb of its subject: "…, and has pledged his support"). Not
    "instead", a subordinator of the claim (:data:`SUBORDINATORS`: PolNeAR's "…, instead calling
    on the spouse to…" has it in neither cue nor content; leaving it out changes no figure on
    train).

    PolNeAR train without its held-out fifth, the words this adds to the cue of a system
    attribution with a source (both learned models fitted without the fifth): in a gold cue
    1,166 times in 1,401, in a gold content 49; of the 40 that were in the system content, 24
    in a gold cue, 14 in no gold span, 2 in a gold content. Held-out fifth: attribution F1
    0.7716 and source accuracy 0.915 unchanged, content partial F1 0.73560 -> 0.73571, content
    exact 1,828 -> 1,830, cue F1 0.7713 -> 0.7717 (matched 2,466 -> 2,467)."""
    if not cue:
        return []
    start = min(s for s, _ in cue)
    lo = source[1] if source[1] <= start else text.rfind("\n", 0, start) + 1
    m = _CUE_MODIFIERS.search(text, lo, start)
    return [(m.start(), start)] if m and m.start() < start else []
