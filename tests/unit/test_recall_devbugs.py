"""Recall (issue 3): attributions lost on PolNeAR dev sentences (session 33).

* A speaker tag set off inside a clause that the parser hung on a word of the clause heading no
  claim of its own ("That's why, he argued, the party should be prepared": "argued" a parataxis
  of "prepared", the complement of "'s") reports the whole clause it interrupts. Code under test:
  ``components/parse_repairs/speaker_tags.py`` (``raise_clause_tag``).
* "said as much", "acknowledged as much": a report whose content is the anaphoric pro-form
  "as much" (CONVENTIONS.md, what a claim is) is an attribution with that content. Code under
  test: ``components/cue_rules/verb_frames.py`` (``as_much``) and ``export._reported``.

Expected values: PolNeAR's gold annotation (first annotator) of each sentence, as the comment
above each case names (content fragments joined by " … " as ``span_text`` joins them).
"""
from __future__ import annotations

import pytest

from attribution_helpers import Texts, attributions

T = Texts()


# PolNeAR dev: politico 2016-09-12 "former-dnc-chairman-calls-for-cl" (T46-T49).
PREPARED = T("That’s why, he argued, the party should be prepared.")
# PolNeAR train: nyt 2016-08-22 "foundation-and-donors-complicate" (the tag on a complement).
RECUSALS = T("The reality is, he added, ''there are no recusals when you are president.''")
# PolNeAR train: politico 2016-07-02 "sanders-california-supporters-ca" (the tag on "'s", taken
# for an auxiliary).
LEARNED = T("Even then, he said, he’s learned enough about Hillary Clinton that he’s fairly sure he can’t "
            "support her.")


@pytest.mark.parametrize("text, cue, content", [
    (PREPARED, "argued", "That’s why … the party should be prepared"),
    (RECUSALS, "added", "The reality is … ''there are no recusals when you are president.''"),
    (LEARNED, "said", "Even then … he’s learned enough about Hillary Clinton that he’s fairly sure he can’t "
                      "support her"),
], ids=["argued", "added", "said-aux"])
def test_a_tag_set_into_a_clause_reports_the_whole_clause(nlp, text, cue, content):
    found = {c: (src, body) for c, src, body in attributions(nlp, text)}
    src, body = found.get(cue, ("", ""))
    assert src == "he" and _fragments(body) == _fragments(content), found


def _fragments(content: str) -> list[str]:
    """The fragments of a content (joined by " … "), less the commas and full stop at their
    edges: PolNeAR leaves the tag's commas out of the content, the attribution stage keeps them
    with the clause's words."""
    return [part.strip(" ,.") for part in content.split(" … ")]


# PolNeAR train: huff-post 2016-02-07 "the-latest-gop-debate-kicked-off": "I think" set into a
# quoted clause is no gold cue (such first-person tags: 1 in 10 on train).
CONSISTENCY = T("“And so that belief and my consistency on this makes me, I think, poised to be in the right "
                "place, in the sweet spot for a Republican nominee,” Cruz said.")


def test_a_first_person_tag_set_into_a_clause_reports_nothing(nlp):
    found = attributions(nlp, CONSISTENCY)
    assert not [f for f in found if f[0] == "think"], found


# PolNeAR dev: politico 2016-09-08 "flynn-says-trump-absolutely-righ" (the Mook attribution);
# PolNeAR train: wash-post 2016-04-05 "democratic-primaries-turn-into-a".
MOOK = T("Hillary Clinton’s campaign manager Robby Mook said as much in an interview earlier Thursday morning, "
         "arguing that Trump “lashed out at our nation's generals when he was asked for details.”")
STRATEGISTS = T("Top Sanders strategists acknowledged as much in a New York Times article Monday by Patrick Healy "
                "and Yamiche Alcindor.")


@pytest.mark.parametrize("text, cue, source", [
    (MOOK, "said", "Hillary Clinton’s campaign manager Robby Mook"),
    (STRATEGISTS, "acknowledged", "Top Sanders strategists"),
], ids=["said", "acknowledged"])
def test_as_much_is_the_content_of_a_report(nlp, text, cue, source):
    found = {c: (src, body) for c, src, body in attributions(nlp, text)}
    assert found.get(cue) == (source, "as much"), found
