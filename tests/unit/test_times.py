"""Tests of newstrace.components.times: TIMEX3 values resolved against the publication date.

Expected values come from the field cases (tests/data/field.jsonl) and from calendar facts
checked by hand: 2019-05-31 is a Friday in ISO week 2019-W22; 2025-01-03 is a Friday and
2024-12-30 (Monday) opens ISO week 2025-W01; 2024-06-19 is a Wednesday; Easter 2019 was April 21.
"""
from __future__ import annotations

import datetime as dt
import re

import pytest
from conftest import DATA, field_case
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language

from newstrace.components.times import find_times, make_times

SEED = DATA / "seed_article.txt"
D = dt.date
# TIMEX3 DATE values (TimeML 1.2.1 guidelines, value attribute), one side of a range.
_ONE = (r"(?:\d{2,4}|\d{4}-(?:\d{2}(?:-\d{2})?|W\d{2}(?:-WE)?|Q[1-4]|SP|SU|FA|WI)"
        r"|PAST_REF|PRESENT_REF|FUTURE_REF)")
TIMEX3_DATE = re.compile(rf"^{_ONE}(?:/{_ONE})?$")


def _times(nlp, text, pub):
    return find_times(nlp(text), pub)


def _one(times, text):
    """The single expression whose span contains ``text``."""
    hits = [t for t in times if text in t.text]
    assert len(hits) == 1, f"{text!r} in {[t.text for t in times]}"
    return hits[0]


def _value(nlp, text, pub, expr):
    return _one(_times(nlp, text, pub), expr).value


# --- field cases ---------------------------------------------------------------------------

@pytest.mark.parametrize("expected", field_case("fc-15")["expected"]["times"],
                         ids=lambda e: e["text"])
def test_fc15_relative_times_across_new_year(base_nlp, expected):
    case = field_case("fc-15")
    doc = base_nlp(case["input"])
    got = _one(find_times(doc, D.fromisoformat(case["pub_date"])), expected["text"])
    assert got.value == expected["value"]
    assert doc.text[got.start_char:got.end_char] == got.text
    if "range" in expected:
        assert got.range == expected["range"]
    if "type" in expected:
        assert got.type == expected["type"].upper()


def test_seed_article_times(base_nlp):
    text = SEED.read_text(encoding="utf-8")
    times = _times(base_nlp, text, D(2019, 5, 31))
    assert _one(times, "on Friday").value == "2019-05-31"
    assert _one(times, "in February").value == "2019-02"
    assert _one(times, "in 2018").value == "2018"
    # nothing else in the article is a time: not "first", "third", "long-range", "short-range"
    assert sorted(t.value for t in times) == ["2018", "2019-02", "2019-05-31"]
    assert _one(times, "on Friday").anchor == "report"  # "first reported on Friday"


@pytest.mark.parametrize("case_id, expr, value", [
    ("fc-08", "in April", "2024-04"),
    ("fc-08", "until June", "2024-06"),
    ("fc-10", "last month", "2024-05"),
])
def test_field_case_months(base_nlp, case_id, expr, value):
    case = field_case(case_id)
    assert _value(base_nlp, case["input"], D.fromisoformat(case["pub_date"]), expr) == value


def test_fc18_future_weekday(base_nlp):
    sentence = "“Hosepipe limits will start on Monday,” the agency said in a statement."
    assert sentence in field_case("fc-18")["expected"]["paragraphs"]
    assert _value(base_nlp, sentence, D(2024, 6, 19), "on Monday") == "2024-06-24"


# --- rules on hand-made sentences (pub 2019-05-31 is a Friday) -----------------------------

@pytest.mark.parametrize("text, expr, value", [
    ("The minister resigned on Tuesday.", "on Tuesday", "2019-05-28"),
    ("They met on Friday.", "on Friday", "2019-05-31"),             # same weekday, past: pub day
    ("Officials have met on Thursday.", "on Thursday", "2019-05-30"),
    ("They will meet on Friday.", "on Friday", "2019-06-07"),        # same weekday, future: +7
    ("The company plans to announce results on Thursday.", "on Thursday", "2019-06-06"),
    ("He is going to resign on Tuesday.", "on Tuesday", "2019-06-04"),
    ("The vote is scheduled for Monday.", "Monday", "2019-06-03"),
    ("The vote took place last Friday.", "last Friday", "2019-05-24"),
])
def test_weekday_tense(base_nlp, text, expr, value):
    assert _value(base_nlp, text, D(2019, 5, 31), expr) == value


@pytest.mark.parametrize("text, pub, value", [
    ("The plant closed in December.", D(2025, 1, 3), "2024-12"),
    ("The plant will reopen in March.", D(2025, 1, 3), "2025-03"),
    ("The plant will reopen in February.", D(2019, 5, 31), "2020-02"),
    ("The plant reopened in February.", D(2019, 5, 31), "2019-02"),
])
def test_month_across_year_boundary(base_nlp, text, pub, value):
    assert _one(_times(base_nlp, text, pub), "in ").value == value


@pytest.mark.parametrize("text, pub, expr, value", [
    ("Talks resumed this week.", D(2019, 5, 31), "this week", "2019-W22"),
    ("Talks stalled last week.", D(2019, 5, 31), "last week", "2019-W21"),
    ("Talks will end next week.", D(2019, 5, 31), "next week", "2019-W23"),
    ("Talks resumed this week.", D(2025, 1, 3), "this week", "2025-W01"),
])
def test_iso_week(base_nlp, text, pub, expr, value):
    assert _value(base_nlp, text, pub, expr) == value


@pytest.mark.parametrize("text, expr, value", [
    ("The siege lasted three days.", "three days", "P3D"),
    ("The project took two years.", "two years", "P2Y"),
    ("The border stayed closed for a week.", "a week", "P1W"),
])
def test_durations(base_nlp, text, expr, value):
    got = _one(_times(base_nlp, text, D(2019, 5, 31)), expr)
    assert (got.value, got.type) == (value, "DURATION")


def test_deictic_days_and_month_parts(base_nlp):
    pub = D(2019, 5, 31)
    times = _times(base_nlp, "Yesterday it rained, today it is sunny and tomorrow it will snow.", pub)
    assert [t.value for t in times] == ["2019-05-30", "2019-05-31", "2019-06-01"]
    got = _one(_times(base_nlp, "Prices fell earlier this month.", D(2024, 6, 12)), "earlier this month")
    assert (got.value, got.range) == ("2024-06", ["2024-06-01", "2024-06-11"])


@pytest.mark.parametrize("text, expr, value", [
    ("The report came out on May 31, 2019.", "May 31, 2019", "2019-05-31"),
    ("The report came out 31 May 2019.", "31 May 2019", "2019-05-31"),
    ("Sales in March 2019 fell.", "March 2019", "2019-03"),
    ("The summit was held in 2018.", "2018", "2018"),
    ("Prices soared in the 1990s.", "1990s", "199"),
])
def test_absolute_dates_resolve_without_publication_date(base_nlp, text, expr, value):
    assert _value(base_nlp, text, None, expr) == value
    assert _value(base_nlp, text, D(2024, 6, 12), expr) == value


def test_relative_without_publication_date_is_none(base_nlp):
    times = _times(base_nlp, "They met on Friday and will meet again next week.", None)
    assert [t.value for t in times] == [None, None]


@pytest.mark.parametrize("text, expr, value", [
    ("Shops closed on Christmas Day.", "Christmas Day", "2018-12-25"),
    ("Shops will close on Christmas Day.", "Christmas Day", "2019-12-25"),
    ("Pilgrims gathered on Good Friday.", "Good Friday", "2019-04-19"),
    ("Prices rose from March to May.", "from March to May", "2019-03/2019-05"),
])
def test_holidays_and_ranges(base_nlp, text, expr, value):
    assert _value(base_nlp, text, D(2019, 5, 31), expr) == value


def test_clock_times(base_nlp):
    got = _one(_times(base_nlp, "He arrived at 4 p.m. on May 31, 2019.", None), "4 p.m.")
    assert (got.value, got.type) == ("2019-05-31T16:00", "TIME")
    got = _one(_times(base_nlp, "The hearing ended at 4 p.m.", None), "4 p.m.")
    assert (got.value, got.type) == ("T16:00", "TIME")


def test_not_times(base_nlp):
    assert _times(base_nlp, "The 62-year-old minister was the first to leave.", D(2019, 5, 31)) == []
    assert _times(base_nlp, "It fired long-range and short-range missiles.", D(2019, 5, 31)) == []


def test_bad_published_raises(base_nlp):
    with pytest.raises(TypeError):
        find_times(base_nlp("They met on Friday."), "2019-05-31")


def test_component_sets_extension(base_nlp):
    assert Language.has_factory("newstrace_times")
    doc = base_nlp("The talks collapsed on Friday.")
    doc._.nt_published = D(2019, 5, 31)
    doc = make_times(base_nlp, "newstrace_times")(doc)
    assert [t.value for t in doc._.nt_times] == ["2019-05-31"]


# --- property ------------------------------------------------------------------------------

_WORDS = ["on", "in", "at", "from", "to", "between", "and", "until", "the", "a", "last", "next",
          "this", "later", "earlier", "ago", "week", "weeks", "month", "year", "years", "days",
          "quarter", "first", "Friday", "Monday", "May", "February", "Feb.", "29", "31", "99",
          "2019", "1990s", "99999", "New", "Year’s", "Day", "Christmas", "Easter", "4", "p.m.",
          "12:45", "99:99", "noon", "tonight", "morning", "several", "three", "62-year-old",
          "will", "said", "met", "is", "going", "talks", "officials", "“", "”", ",", ".", "–",
          "every", "yesterday", "today"]


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(words=st.lists(st.sampled_from(_WORDS), min_size=1, max_size=14),
       pub=st.one_of(st.none(), st.dates(min_value=D(1950, 1, 1), max_value=D(2050, 12, 31))))
def test_property_spans_and_values(base_nlp, words, pub):
    doc = base_nlp(" ".join(words))
    for t in find_times(doc, pub):
        assert doc.text[t.start_char:t.end_char] == t.text
        if t.type == "DATE" and t.value is not None:
            assert TIMEX3_DATE.match(t.value), t.value
