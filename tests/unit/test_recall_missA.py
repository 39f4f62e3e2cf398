"""Recall (session 34, missed PolNeAR cues): the author's impersonal evidential hedge.

"It appears that X" puts X as probable with no source, as "X appears to…" does (FactBank PR+):
the claim carries the verb as its hedge cue, and PolNeAR annotates the verb as the cue of an
attribution with no source whose content starts at "that". Code under test:
``components/factuality.py`` (``_impersonal_hedge``), ``scoring/starts.py`` (``_sourceless_start``). The expected values are PolNeAR's gold (first
annotator), cited per text.
"""
from __future__ import annotations

import pytest

from attribution_helpers import Texts
from conftest import claim_with, read
from newstrace.scoring import attributions_from_reading, span_text

T = Texts()


# PolNeAR gold: (Washington Post, 2016-03-30, "Trump sticking by his campaign manager") no source,
# cue "appears", content "that Trump and Lewandowski had helped bring on this criminal
# investigation by publicly denying that Fields was telling the truth"; (Breitbart, 2016-02-08,
# "Former Mexico leader Calderon…") no source, cue "appears", content "that the NFL championship
# game wasn’t boring to everyone"; (HuffPost, 2016-09-27, "Hillary Clinton goes after Donald
# Trump…", dev) no source, cue "appeared", content "that Trump was either unable to parlay the
# assault or uncomfortable with the turf it put him on".
IT_APPEARS = T("In this case, it appears that Trump and Lewandowski had helped bring on this criminal "
               "investigation by publicly denying that Fields was telling the truth.")
IT_APPEARS_THOUGH = T("It appears, though, that the NFL championship game wasn’t boring to everyone.")
IT_APPEARED = T("Often, it appeared that Trump was either unable to parlay the assault or uncomfortable "
                "with the turf it put him on.")


@pytest.mark.parametrize("text, cue, content", [
    (IT_APPEARS, "appears", "that Trump and Lewandowski had helped bring on this criminal investigation by "
                            "publicly denying that Fields was telling the truth"),
    (IT_APPEARS_THOUGH, "appears", "that the NFL championship game wasn’t boring to everyone"),
    (IT_APPEARED, "appeared", "that Trump was either unable to parlay the assault or uncomfortable with the "
                              "turf it put him on")])
def test_it_appears_that_is_an_attribution_with_no_source(nlp, text, cue, content):
    # The content starts where the gold one does; it may stop before a report the sentence ends
    # with ("by publicly denying that…", an attribution of its own in newstrace's reading).
    reading = read(nlp, text)
    found = [(span_text(text, a.cue), span_text(text, a.content))
             for a in attributions_from_reading(reading) if not a.source]
    assert [c for c, _ in found] == [cue]
    assert found[0][1].startswith("that ") and content.startswith(found[0][1])


def test_it_appears_that_makes_the_clause_probable(nlp):
    # FactBank: "appear" hedges what it takes; the author holds X probable (PR+), as for
    # "Trump and Lewandowski appear to have helped…".
    claim = claim_with(read(nlp, IT_APPEARS), "criminal investigation")
    assert claim.attribution.chain == []
    assert (claim.factuality.label, claim.factuality.value) == ("asserted", "PR+")
    assert [c.text for c in claim.factuality.cues] == ["appears"]

