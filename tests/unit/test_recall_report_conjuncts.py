"""Recall (issue 3): a reporter's second act of report that the parse coordinated inside the first
act's reported clause is the reporter's own attribution.

"X said it was A and warned B": the parser hangs "warned" on "was", inside what X said, so the
warning lost its cue and ran into the first content; "X said the initiative aims to A and urged
B" hangs "urged" under the infinitive of "aims", so the initiative read as the one urging. A verb
of mental state coordinated so ("said she was tired of A and wanted B") stays inside the report.
Code under test: ``components/parse_repairs/conjuncts.py`` (``raise_report_conjunct``).

Expected values: PolNeAR's gold annotation (first annotator) of the sentence, as the comment above
each case names; for the VOA sentence, read by hand: the second verb's subject is the speaker
("Abubakar … urged security counterparts"), the initiative urges nothing.
"""
from __future__ import annotations

import pytest

from attribution_helpers import Texts, attributions
from conftest import claim_with, names, read

T = Texts()


# PolNeAR dev: wash-post 2016-09-10 "outrage-but-few-options-on-the-t" (E30, E31), politico
# 2016-09-12 "former-dnc-chairman-calls-for-cl" (E19, E20): two attributions of one source each.
CHINA = T("Even China, Pyongyang's only ally and its economic lifeline to the outside world, said it was "
          "\"resolutely opposed\" to the test and warned North Korea to refrain from further actions that "
          "would worsen the situation.")
RENDELL = T("Rendell, a Clinton surrogate, said he’d battled through three bouts of walking pneumonia in his "
            "gubernatorial campaigns and called it a common ailment during grueling bids for office.")


@pytest.mark.parametrize("text, source, first, second_cue, second", [
    (CHINA, "China", 'it was "resolutely opposed" to the test', "warned",
     "North Korea to refrain from further actions that would worsen the situation"),
    (RENDELL, "Rendell", "he’d battled through three bouts of walking pneumonia in his gubernatorial campaigns",
     "called", "it a common ailment during grueling bids for office"),
], ids=["warned", "called"])
def test_a_second_act_of_the_reporter_is_an_attribution_of_its_own(nlp, text, source, first, second_cue, second):
    found = {cue: (src, body) for cue, src, body in attributions(nlp, text)}
    assert found.get("said", ("", ""))[1] == first, found
    src, body = found.get(second_cue, ("", ""))
    assert body == second and source in src, found


# New-user trial, VOA 8008619.
ABUBAKAR = T("Abubakar said the initiative aims to mobilize personnel and resources to combat terrorism "
             "spreading across the subregion and urged security counterparts to seize the opportunity and "
             "coordinate efforts against threats.")


def test_a_second_act_hung_under_an_infinitive_is_the_reporters(nlp):
    reading = read(nlp, ABUBAKAR)
    c = claim_with(reading, "seize the opportunity")
    assert names(c) == ["abubakar"]
    assert c.attribution.chain[0].cue.text == "urged"
    assert "urged" not in claim_with(reading, "the initiative aims").text


# PolNeAR train: breitbart 2016-03-29 "liberal-oscar-winner-sarandon-no" (T45): one content of "said".
ACTRESS = T("The actress said she was tired of the status quo and wanted a candidate who had not accepted "
            "money from the fracking industry, pharmaceutical giants or Wall Street.")


def test_a_conjunct_of_mental_state_stays_in_the_report(nlp):
    found = {cue: (src, body) for cue, src, body in attributions(nlp, ACTRESS)}
    assert found.get("said", ("", ""))[1] == (
        "she was tired of the status quo and wanted a candidate who had not accepted money from the "
        "fracking industry, pharmaceutical giants or Wall Street"), found
