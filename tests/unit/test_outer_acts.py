"""A document act is the attribution, not the participle that describes the document.

"They sent a letter … opposing X": the letter is a channel of its author (CONVENTIONS.md,
"Attribution chain"), so X is said by "They", and the act of putting the document out is the
cue; the participle on the document ("opposing", "showing", "urging", "attacking") is no cue of
its own, nor is a noun the parse hung it on ("Senate leaders") its source. Code under test:
``components/cue_rules/nouns.py`` (:func:`document_issuer`, :func:`document_participle`) and
``components/attribution/frames.py``. Expected values: the sentences are PolNeAR's, and each
source and cue below is its gold annotation (first annotator), which agrees with the conventions
here. How the expected values were decided: ``attribution_helpers``.
"""
from __future__ import annotations

from attribution_helpers import attributions
from conftest import claim_with, norm, read

# PolNeAR dev, nyt_2016-09-12_visa-program-up-for-renewal-amid: gold source "They", cue "sent",
# content "a letter … opposing reauthorization of the program without a significant overhaul".
LETTER = ("Critics of the EB-5 program, like Senators Charles E. Grassley, Republican of Iowa, and Patrick "
          "J. Leahy, Democrat of Vermont, see reauthorization of the program as an opportunity to fix problems "
          "with how the money is used, increase oversight and address national security issues. They sent a "
          "letter on Thursday to Senate leaders opposing reauthorization of the program without a significant "
          "overhaul.")

# PolNeAR dev, usa-today_2016-09-08_candidates-vie-for-vets-support-: gold source "The Clinton
# campaign", cue "released", content "an ad this week showing Trump making remarks …".
AD = ("The Clinton campaign released an ad this week showing Trump making remarks viewed by some as "
      "disparaging toward the military, including an attack on Arizona Sen. John McCain, a former Vietnam "
      "prisoner of war.")

# PolNeAR train (without its held-out fifth): gold source "the Freedom Partners Action Fund, a
# super PAC financed by …", cue "is running", content "a TV spot attacking Democratic candidate …".
SPOT = ("In Ohio, the Freedom Partners Action Fund, a super PAC financed by billionaire industrialist Charles "
        "Koch and other conservative donors, is running a TV spot attacking Democratic candidate and former "
        "governor Ted Strickland for tax increases.")

def _holding(nlp, text, words):
    """The one attribution whose content has ``words``."""
    (hit,) = [a for a in attributions(nlp, text) if words in a[2]]
    return hit


def test_letter_sent_is_its_senders_not_the_addressees(nlp):
    cue, source, _ = _holding(nlp, LETTER, "reauthorization of the program without")
    assert source == "They"
    assert "sent" in cue.split()
    c = claim_with(read(nlp, LETTER), "without a significant overhaul")
    assert [norm(s.name) for s in c.attribution.chain][:1] != [norm("Senate leaders")]


def test_released_ad_has_the_release_as_cue(nlp):
    cue, source, content = _holding(nlp, AD, "making remarks")
    assert source == "The Clinton campaign"
    assert "released" in cue.split()
    assert "Trump making remarks" in content


def test_running_a_spot_has_the_running_as_cue(nlp):
    cue, source, content = _holding(nlp, SPOT, "Ted Strickland")
    assert source.startswith("the Freedom Partners Action Fund")
    assert "running" in cue.split()
    assert "Democratic candidate and former governor Ted Strickland for tax increases" in content

