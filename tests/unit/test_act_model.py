"""The learned act classifier (``components/learned_acts.py``, ``lexicons/acts_learned.json``):
acts no attribution rule finds, recorded as stances with the classifier's probability.

The sentences are PolNeAR v1.0 train/ paragraphs (first annotator's file); the expected source,
cue and content are PolNeAR's gold annotation of them, not newstrace's output.
"""
from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

from conftest import read
from newstrace.scoring import attributions_from_reading, chars

#: (PolNeAR text, paragraph, gold source, gold cue, its verb, gold content)
GOLD_ACTS = [
    ("usa-today_2016-06-17_walls-and-bans-won-t-thwart-lone",
     "President Obama had a talk this week with Francois Hollande. The French president expressed his "
     "condolences over the Orlando massacre, while Obama offered his own condolences for the lone-wolf attack "
     "in which a knife-wielding French Islamist killed a police officer and his partner in their suburban "
     "Paris home.",
     "Obama", "offered his own condolences for", "offered",
     "the lone-wolf attack in which a knife-wielding French Islamist killed a police officer and his partner "
     "in their suburban Paris home"),
    ("politico_2016-05-12_the-trump-gop-feud-lives-on",
     "While Trump is looking to smooth over potential disagreements, his campaign brass is sounding far less "
     "conciliatory.",
     "Trump", "is looking to", "looking", "smooth over potential disagreements"),
    ("west-journal_2016-09-06_schlafly-s-final-column-explains",
     "Schlafly invoked the title of the book she wrote that helped lay the intellectual foundation for "
     "America’s grassroots conservative movement as she closed her final column.",
     "Schlafly", "invoked", "invoked",
     "the title of the book she wrote that helped lay the intellectual foundation for America’s grassroots "
     "conservative movement"),
]


def test_model_file_loads_and_is_small():
    from newstrace.components.learned_acts import _act_model

    path = resources.files("newstrace.lexicons").joinpath("acts_learned.json")
    assert path.is_file() and len(path.read_bytes()) < 300_000
    bias, weights, threshold = _act_model()
    assert weights and 0.3 <= threshold < 1


@pytest.mark.parametrize("stem, text, source, cue, verb, content", GOLD_ACTS, ids=[g[0][:30] for g in GOLD_ACTS])
def test_learned_act_is_polnears_attribution(nlp, stem, text, source, cue, verb, content):
    reading = read(nlp, text)
    learned = [st for c in reading.claims for st in c.stances if st.probability is not None]
    st = next((st for st in learned if verb in st.cue.text), None)
    assert st is not None, [(s.cue.text, s.text) for s in learned]
    assert st.holder.text == source and st.probability >= 0.3
    # the PolNeAR adapter maps it to an attribution that matches the gold one (half its content)
    gold = chars(text, [(text.index(content), text.index(content) + len(content))])
    found = [a for a in attributions_from_reading(reading)
             if any(text[s:e] == source for s, e in a.source) and len(chars(text, a.content) & gold) >= len(gold) / 2]
    assert found and verb in " ".join(text[s:e] for a in found for s, e in a.cue)


def test_text_view_marks_a_learned_act(nlp):
    from rich.console import Console

    from newstrace.report import print_report

    console = Console(record=True, width=200, color_system=None)
    print_report(read(nlp, GOLD_ACTS[-1][1]), console)
    line = next(ln for ln in console.export_text().splitlines() if "stance:" in ln and "invoked" in ln)
    assert "(learned, p 0." in line


#: A PolNeAR train/ paragraph (wash-post_2016-03-30_as-clinton-sanders-answer-union-, first
#: annotator) whose gold attribution a rule's stance already matches (cue "backing", content "a
#: minimum wage of $15 an hour"); its gold: source, cue and content.
TAKEN = ("They differ on backing a minimum wage of $15 an hour. Sanders supports raising the minimum wage to $15 "
         "by 2020.", "They", "differ on backing", "a minimum wage of $15 an hour")


def _gold_doc(stem, text, source, cue, content):
    from newstrace.scoring import Attr, GoldDoc

    def at(part: str, after: int = 0) -> tuple[int, int]:
        start = text.index(part, after)
        return start, start + len(part)

    cue_at = at(cue)
    source_at = at(source, text.rindex(source, 0, cue_at[0]))
    attr = Attr.make([at(content, cue_at[1])], [source_at], [cue_at])
    return GoldDoc(stem, stem.split("_")[0], None, text, None, [attr], [], None)


def test_act_label_is_a_benchmark_match():
    """``train_act_model`` labels a candidate 1 only when it adds an attribution the benchmark
    matches: "Obama offered his own condolences for…" does; "They differ on backing…" has the
    verb in the gold cue and the gold content in its own, but the rules' stance "backing"
    already matches that gold attribution, so its label is 0."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "training"))
    from train_act_model import rows_of

    stem, text, source, cue, verb, content = GOLD_ACTS[0]
    rows = rows_of([_gold_doc(stem, text, source, cue, content),
                    _gold_doc("wash-post_2016-03-30_as-clinton-sanders-answer-union-", *TAKEN)])
    labels = {(r[2], r[3][2]): r[1] for r in rows}
    assert labels[(0, "offered")] == 1
    assert labels[(1, "differ")] == 0


#: A PolNeAR train/ paragraph (nyt_2016-08-22_foundation-and-donors-complicate, first annotator):
#: its one attribution has no source, cue "reports about", content "his lucrative consulting work
#: on behalf of pro-Russian Ukrainian politicians"; "resigned" is no cue and Manafort no source.
RESIGNED = ("And on Friday, Paul Manafort resigned as chairman of the Trump campaign, in part because of reports "
            "about his lucrative consulting work on behalf of pro-Russian Ukrainian politicians.")


def test_act_of_a_verb_the_cue_classifier_turns_down_is_not_recorded(nlp):
    """``learned_acts.hard_blocked``: a verb under the cue classifier's 0.3 is no act, whatever
    the act classifier says; recorded, "Manafort resigned as chairman…" would take the gold
    attribution of "reports about" with Manafort for its source."""
    from newstrace.components.learned_acts import hard_blocked

    reading = read(nlp, RESIGNED)
    learned = [st for c in reading.claims for st in c.stances if st.probability is not None]
    assert not [st for st in learned if "resigned" in st.cue.text]
    assert not [a for a in attributions_from_reading(reading) if any("Manafort" in RESIGNED[s:e] for s, e in a.source)]
    assert hard_blocked(["cp=2", "b=none"]) and hard_blocked(["cp=5", "b=plain"])
    assert not hard_blocked(["cp=3", "b=none"])
