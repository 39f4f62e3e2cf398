"""Precision (session 34): a run-in heading before a colon is no speaker label.

A short phrase and a colon at a paragraph's start ("Voter participation: …", "Focus on security:
…", "Stealth Over Health: …") says what the text after it is about; when it names no one and none
of its words can name a source (an official, outlet, document, group or a person the article
names), it gives the paragraph's claims no source and no cue. A label that names a source keeps
its attribution ("Poll: …", "Obama on Climate Change: …" in an article about Mr. Obama). Code
under test: ``components/paragraph_pass.py`` (``ParagraphPass.topic_heading``).

Expected values: PolNeAR's gold annotation (first annotator) of each text, as the comment above
each case names: the headings have no gold attribution, the named labels are gold sources with
the colon for cue.
"""
from __future__ import annotations

import pytest

from attribution_helpers import Texts, attributions
from conftest import read

T = Texts()


# PolNeAR dev: breitbart 2016-09-12 "stealth-over-health-hillary-clin" (title and first paragraph).
STEALTH = T("Stealth Over Health: Hillary Clinton Was Headed to ER But Diverted to Avoid Bad Optics.\n\n"
            "The New York Post reports that Hillary Clinton’s team avoided taking her to the emergency room "
            "following her medical scare on Sunday.")
# PolNeAR train: usa-today 2016-04-28 "sanders-lays-off-more-than-campa".
VOTERS = T("Voter participation: Sanders, whose coalition includes young people and independents, said "
           "closed primaries -- those open only to registered Democrats -- deny many energized independents "
           "the right to vote and discourage them from joining the Democratic Party.")
# PolNeAR train: usa-today 2016-07-18 "convention-is-trump-s-chance-to-".
SECURITY = T("Focus on security: Trump, who is seen as a stronger leader than Clinton, hopes to make the case "
             "to women that he would be a better choice both to provide economic security at home and protect "
             "Americans from the threat of terrorism around the world.")
# PolNeAR train: breitbart 2016-06-04 "delegate-update-the-latest-count" (title and first paragraph).
DELEGATES = T("Delegate Update: The latest count in the Democratic race.\n\n"
              "It takes 2,383 delegates to win the Democratic nomination for president.")


@pytest.mark.parametrize("text, heading", [
    (STEALTH, "Stealth Over Health"),
    (VOTERS, "Voter participation"),
    (SECURITY, "Focus on security"),
    (DELEGATES, "Delegate Update"),
], ids=["stealth-over-health", "voter-participation", "focus-on-security", "delegate-update"])
def test_a_run_in_heading_is_no_speaker(nlp, text, heading):
    found = attributions(nlp, text)
    assert not [f for f in found if f[1] == heading or f[0] == ":"], found
    # nor a claim: the heading states nothing (as AP's "The Latest:")
    assert not [c.text for c in read(nlp, text).claims if c.text.startswith(heading)]


# PolNeAR train: politico 2016-04-06 "poll-trump-and-clinton-hold-narr" (gold: "Poll", ":").
POLL = T("Poll: Trump and Clinton hold narrow leads in Pennsylvania.\n\n"
         "Three weeks ahead of the Pennsylvania primary, Donald Trump and Hillary Clinton are holding on to "
         "single-digit leads among likely voters in their state's primaries.")
# PolNeAR dev: nyt 2016-09-08 "obama-on-climate-change-the-tren" (gold: "Obama on Climate Change", ":").
OBAMA = T("Obama on Climate Change: The Trends Are 'Terrifying.'\n\n"
          "More than health care, race or the economy, Mr. Obama believes his efforts to slow global warming "
          "will be the most consequential legacy of his presidency.")


@pytest.mark.parametrize("text, label", [(POLL, "Poll"), (OBAMA, "Obama on Climate Change")],
                         ids=["poll", "obama-on-climate-change"])
def test_a_label_that_names_a_source_keeps_its_attribution(nlp, text, label):
    found = attributions(nlp, text)
    assert any(c == ":" and src == label for c, src, _ in found), found
