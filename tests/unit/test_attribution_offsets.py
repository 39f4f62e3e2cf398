"""Property: every claim, cue and source span of every reading indexes the article text exactly,
for each text the attribution test modules register (``T = Texts()`` in each, see
``attribution_helpers``) and a few texts of awkward characters (a no-break space, CRLF, an emoji,
straight quotes after a colon lead-in); and, as ``test_offsets``, for each text the recall
modules (``test_recall_*.py``) and ``test_trial18_fixes.py`` register.
"""
from __future__ import annotations

import pytest

import test_attribution_acts as acts
import test_attribution_content as content
import test_attribution_indirect as indirect
import test_attribution_lead_ins as lead_ins
import test_attribution_nested as nested
import test_attribution_paragraphs as paragraphs
import test_attribution_quotes as quotes
import test_attribution_repairs as repairs
import test_attribution_sources as sources
import test_attribution_speakers as speakers
import test_recall_complements as recall_complements
import test_recall_content as recall_content
import test_recall_cues as recall_cues
import test_recall_devbugs as recall_devbugs
import test_recall_labels as recall_labels
import test_recall_missA as recall_missA
import test_recall_missB as recall_missB
import test_recall_quotes as recall_quotes
import test_recall_report_conjuncts as recall_report_conjuncts
import test_recall_second_reports as recall_second_reports
import test_recall_speakers as recall_speakers
import test_recall_stances as recall_stances
import test_recall_topics as recall_topics
import test_recall_unnamed as recall_unnamed
import test_trial18_fixes as trial18_fixes
import test_trial19_fixes as trial19_fixes
import test_trial19b_fixes as trial19b_fixes
from attribution_helpers import Texts
from conftest import assert_offsets, read

T = Texts()

EXTRA = [
    T("“It’s  over,” said Coach Rui Mendes\u00a0— and he meant it.\r\nFans left early."),
    T("Per the Gazette:\n\n“The ferry 🚢 sank at 4 a.m.,” a survivor said.\n\nOthers said "
      "'nobody' warned them."),
]

# Registered when each module is imported (a text that a test registers while it runs is not
# among them); the order is fixed, so that an id (t0, t1, …) names the same text in every run.
ALL_TEXTS = [text for module in (quotes, indirect, content, nested, lead_ins, acts, speakers, sources,
                                 repairs, paragraphs) for text in module.T] + T


@pytest.mark.parametrize("text", ALL_TEXTS, ids=[f"t{i}" for i in range(len(ALL_TEXTS))])
def test_offsets_index_article_text(nlp, text):
    assert_offsets(read(nlp, text), text)


# The recall modules' texts, under the name and the ids the test had in
# test_attribution_recall.py before its split: pytest's own ids, the text itself or, for a text of
# over 100 characters, "text" and its index in this list.
RECALL_TEXTS = [text for module in (recall_content, recall_second_reports, recall_labels, recall_cues,
                                    recall_speakers, recall_quotes, recall_stances, recall_topics,
                                    recall_unnamed, recall_complements, recall_report_conjuncts, recall_devbugs,
                                    trial18_fixes, recall_missA, recall_missB, trial19_fixes,
                                    trial19b_fixes)
                for text in module.T]


@pytest.mark.parametrize("text", RECALL_TEXTS)
def test_offsets(nlp, text):
    assert_offsets(read(nlp, text), text)
