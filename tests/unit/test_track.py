"""Unit tests of newstrace.track (cluster, origins, status) and the tracking commands, on
hand-built Readings: no spaCy model."""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace

import numpy as np
import pytest
from typer.testing import CliRunner

from newstrace.ingest import article_from_text
from newstrace.records import (Attribution, Claim, Cue, Event, EventParticipant, Factuality,
                               Predicate, Reading, ReliabilityStatement, Source, Span, StoryReport)
from newstrace.track import build, cluster as cluster_mod, embeddings as embed_mod, origins, status
from newstrace.track.cluster import denials, scores, signatures

_VALUES = {"asserted": "CT+", "reported": "Uu", "alleged": "Uu", "speculated": "PS+",
           "denied": "CT-", "unknown": "Uu"}


def src(name, type_="wire service", label="asserted", cue="said"):
    return Source(name=name, mention=name, start_char=0, end_char=len(name), type=type_,
                  cue=Cue(text=cue, start_char=0, end_char=len(cue)),
                  factuality=Factuality(label=label, value=_VALUES[label]))


def claim(text, cid="c1", chain=(), label=None, event=None, modality="actual", negated=False,
          actor=None, target=None):
    chain = list(chain)
    label = label or ("reported" if chain else "asserted")
    ev = None
    if event:
        trig = text.split()[1] if len(text.split()) > 1 else text
        start = text.find(trig)
        part = lambda n: EventParticipant(text=n, start_char=0, end_char=len(n), name=n) if n else None  # noqa: E731
        ev = Event(type=event, trigger=Span(text=trig, start_char=start, end_char=start + len(trig)),
                   actor=part(actor), target=part(target), modality=modality, negated=negated)
    return Claim(id=cid, text=text, start_char=0, end_char=len(text),
                 attribution=Attribution(chain=chain, origin=chain[-1] if chain else None),
                 factuality=Factuality(label=label, value=_VALUES[label]), event=ev)


def reading(claims, outlet="Outlet A", published="2019-05-31", text=None, reliability=()):
    body = text or " ".join(c.text for c in claims)
    art = article_from_text(body + f" [{outlet} {published}]", outlet=outlet, published=published)
    return Reading(article=art, claims=list(claims), reliability=list(reliability))


# --- cluster/ ---------------------------------------------------------------------------------


def test_embed_rows_are_unit_vectors():
    v = embed_mod.embed(["North Korea executed its envoy.", "The envoy was executed by North Korea.", ""])
    assert v.shape[0] == 3
    assert np.allclose(np.linalg.norm(v[:2], axis=1), 1, atol=1e-4)
    assert not v[2].any()
    assert v[0] @ v[1] > 0.5


def test_embed_tfidf_fallback(monkeypatch):
    monkeypatch.setenv("NEWSTRACE_EMBEDDINGS", "tfidf")
    embed_mod._minilm.cache_clear()
    try:
        assert embed_mod.embedding_backend() == "tfidf"
        v = embed_mod.embed(["missiles fired into the sea", "two missiles fired into the sea", "a cat"])
        assert v[0] @ v[1] > v[0] @ v[2]
        assert embed_mod.embed([]).shape[0] == 0
    finally:
        monkeypatch.delenv("NEWSTRACE_EMBEDDINGS")
        embed_mod._minilm.cache_clear()


def test_strip_dateline():
    assert cluster_mod.strip_dateline("SEOUL (AP) \u2014 North Korea launched two missiles on Saturday") \
        == "North Korea launched two missiles on Saturday"
    assert cluster_mod.strip_dateline("SEOUL, May 31 (Reuters) - The envoy was executed in March, it said") \
        == "The envoy was executed in March, it said"
    assert cluster_mod.strip_dateline("North Korea fired two missiles") == "North Korea fired two missiles"


@pytest.mark.parametrize("c, expected", [
    (claim("Ri had been executed", chain=[src("KCNA", "state media", "denied", "denied")]), "denial"),
    (claim("Ri had not been executed", label="denied"), "refutation"),
    (claim("Ri, reported executed, appeared in public on Tuesday"), "refutation"),
    (claim("The execution reports were fabricated"), "refutation"),
    (claim("the reports were baseless", chain=[src("KCNA", "state media")]), "denial"),
    (claim("Ri was executed in March", chain=[src("Yonhap")]), None),
    (claim("Troops did not cross the border", event="ASSAULT", negated=True), "denial"),
    # "in case such a ceasefire is not agreed": a negated event in a condition denies nothing
    (claim("such a ceasefire is not agreed", event="AGREE", negated=True, modality="conditional"), None),
    # a refutation word inside a relative clause is about its noun, not the claim (VOA, Topuz)
    (claim("Topuz is on trial on espionage charges which Washington has dismissed as baseless"), None),
    (claim("The photo of the shark on the highway is fake"), "refutation"),
])
def test_contradiction(c, expected):
    assert cluster_mod.contradiction(c) == expected


def test_signature_reads_event_times_places():
    c = claim("North Korea executed Ri Chol Ho", event="ASSAULT", actor="North Korea", target="Ri Chol Ho")
    sig = cluster_mod.signature(c)
    assert sig.event_type == "ASSAULT" and sig.actor == "north korea" and sig.target == "ri chol ho"
    assert "ri chol ho" in sig.names and not sig.irrealis
    threat = claim("North Korea will strike U.S. bases if drills go ahead", event="THREATEN",
                   modality="conditional")
    assert cluster_mod.signature(threat).irrealis


def test_day_range():
    assert signatures._day_range("2019-05", None) == (dt.date(2019, 5, 1), dt.date(2019, 5, 31))
    assert signatures._day_range("2019-12", None)[1] == dt.date(2019, 12, 31)
    assert signatures._day_range("2019", None) == (dt.date(2019, 1, 1), dt.date(2019, 12, 31))
    assert signatures._day_range("P1W", None) is None


def with_predicate(c, word, lemma):
    """``c`` with the predicate the pipeline gives it (``word`` in its text, its lemma)."""
    i = c.text.index(word)
    return c.model_copy(update={"predicate": Predicate(text=word, start_char=i,
                                                        end_char=i + len(word), lemma=lemma)})


def _refs(*claims_by_article):
    readings = [reading([c], outlet=f"Outlet {i}", published=f"2019-06-0{i + 1}")
                for i, c in enumerate(claims_by_article)]
    return cluster_mod.claim_refs(readings)


def test_pair_score_conditional_never_matches_actual():
    refs = _refs(claim("North Korea fired missiles at U.S. bases", event="ASSAULT"),
                 claim("North Korea fired missiles at U.S. bases", event="ASSAULT", modality="conditional"))
    assert cluster_mod.pair_score(refs[0], refs[1], 0.99) is None


def test_participants_countries_never_place_an_event():
    # an Indian warship and Somali pirates meet in the Gulf of Aden: the parties' countries
    # differ from report to report, the place does not
    a = claim("The Indian Navy captured 23 pirates in the Gulf of Aden", event="COERCE",
              actor="The Indian Navy", target="23 pirates")
    b = claim("Somali pirates were captured in the Gulf of Aden", event="COERCE",
              target="Somali pirates")
    a = a.model_copy(update={"event": a.event.model_copy(update={"actor": a.event.actor.model_copy(
        update={"country": "IND"})})})
    b = b.model_copy(update={"event": b.event.model_copy(update={"target": b.event.target.model_copy(
        update={"country": "SOM"})})})
    refs = _refs(a, b)
    assert refs[0].signature.countries == frozenset() and refs[0].signature.parties == {"IND"}
    assert refs[1].signature.parties == {"SOM"}
    assert cluster_mod.pair_score(*refs, 0.5) is not None
    # the places a claim names do
    far = [replace(r, signature=replace(r.signature, countries=frozenset({code})))
           for r, code in zip(refs, ("YEM", "SOM"))]
    assert cluster_mod.pair_score(*far, 0.5) is None


def test_pair_score_signature_adjustments():
    same = _refs(claim("North Korea executed Ri Chol Ho", event="ASSAULT", target="Ri Chol Ho"),
                 claim("North Korea executed Ri Chol Ho", event="ASSAULT", target="Ri Chol Ho"))
    other = _refs(claim("North Korea executed Ri Chol Ho", event="ASSAULT"),
                  claim("Police arrested protesters in Lagos", event="COERCE"))
    assert cluster_mod.pair_score(*same, 0.5) > 0.5 > cluster_mod.pair_score(*other, 0.5)


def test_cluster_groups_reports_of_one_event_and_keeps_threats_apart():
    refs = _refs(
        with_predicate(claim("North Korea executed its nuclear envoy Ri Chol Ho in March",
                             chain=[src("Yonhap")], event="ASSAULT"), "executed", "execute"),
        with_predicate(claim("North Korea fired two short-range missiles into the sea", event="ASSAULT"),
                       "fired", "fire"),
        with_predicate(claim("Ri Chol Ho, North Korea's nuclear envoy, was executed in March",
                             chain=[src("Yonhap")], event="ASSAULT"), "executed", "execute"),
        with_predicate(claim("North Korea will fire two short-range missiles into the sea if the "
                             "drills go ahead", event="THREATEN", modality="conditional"), "fire", "fire"),
    )
    groups = [[refs[i].claim.text[:20] for i in g] for g in cluster_mod.cluster(refs)]
    # one predicate, one topic: one story; the threatened firing shares the predicate of the
    # actual one but is not that event
    assert groups == [["North Korea executed", "Ri Chol Ho, North Ko"], ["North Korea fired tw"],
                      ["North Korea will fir"]]


def test_cluster_denial_joins_the_story_it_contradicts():
    refs = _refs(
        claim("North Korea executed its nuclear envoy Ri Chol Ho in March", chain=[src("Yonhap")], event="ASSAULT"),
        claim("Ri Chol Ho had been executed", chain=[src("KCNA", "state media", "denied", "denied")], event="ASSAULT"),
        claim("Kenya reopened its border with Somalia"),
    )
    clusters = cluster_mod.cluster(refs)
    assert [0, 1] in clusters and [2] in clusters


def test_cluster_empty():
    assert cluster_mod.cluster([]) == []


# --- origins.py ------------------------------------------------------------------------------


def test_canonical_names():
    assert origins.canonical("Yonhap News Agency") == "Yonhap"
    assert origins.canonical("the AP") == "Associated Press"
    assert origins.canonical("South Korean news agency Yonhap") == "Yonhap"
    assert origins.canonical("The Harbor Times") == "Harbor Times"
    assert origins.canonical("  ") is None
    # a document named after its author counts toward the author
    assert origins.canonical("the NISA statement") == origins.canonical("NISA") == "NISA"
    assert origins.canonical("Yonhap's report") == "Yonhap"
    assert origins.canonical("a White House statement") == "White House"
    assert origins.canonical("a joint statement") == "a joint statement"   # no author named
    # one body named with and without a possessive place (new-user trial, VOA Malawi story)
    assert origins.canonical("Malawi's High Court") == origins.canonical("Malawi High Court") == "Malawi High Court"
    assert origins.canonical("Trump's lawyer") == "Trump's lawyer"


def test_wire_credit():
    assert origins.wire_credit("SEOUL (AP) \u2014 North Korea fired two missiles.") == "Associated Press"
    assert origins.wire_credit("LONDON (Reuters) - Prices rose.") == "Reuters"
    assert origins.wire_credit("Prices rose. " * 50 + "Reuters contributed to this report.") == "Reuters"
    assert origins.wire_credit("Prices rose. " * 40 + "Reuters reported on Monday that prices rose. "
                               + "Analysts expect more. " * 30) is None


def test_names_source():
    assert origins.names_source(src("Yonhap"))
    assert origins.names_source(src("South Korea's National Intelligence Service", "organization"))
    assert not origins.names_source(src("the agency", "organization"))
    assert not origins.names_source(src("officials", "unnamed official"))
    assert not origins.names_source(src("South Korean officials", "official"))


def test_report_origin_rules():
    art = article_from_text("SEOUL (AP) \u2014 North Korea fired two missiles.", outlet="Daily Ledger")
    plain = article_from_text("North Korea fired two missiles.", outlet="Daily Ledger")
    named = claim("x", chain=[src("Yonhap News Agency"), src("an unnamed official", "unnamed official")])
    assert origins.report_origin(named, plain) == "Yonhap"            # last named source
    assert origins.report_origin(claim("x"), art) == "Associated Press"  # wire credit
    assert origins.report_origin(claim("x"), plain) == "Daily Ledger"   # the outlet
    unsure = claim("x", chain=[src("Hayat", "official", "unknown", "did not confirm")])
    assert origins.report_origin(unsure, plain) is None


def _rep(aid, origin=None, relation="supports", published="2019-05-31", chain=(), label="reported"):
    return StoryReport(article_id=aid, claim_id="c1", start_char=0, end_char=1, text="t",
                       outlet=f"Outlet {aid}", published=published, relation=relation,
                       origin=origin, chain=list(chain), label=label)


def test_independent_origins_and_first_report():
    reps = [_rep("b", "Yonhap", published="2019-06-01"), _rep("a", "Yonhap", published="2019-05-31"),
            _rep("c", None, relation="contradicts", published="2019-05-01"), _rep("d", "NIS")]
    assert origins.independent_origins(reps) == ["Yonhap", "NIS"]
    assert origins.first_report(reps).article_id == "a"
    assert origins.first_report([]) is None


# --- status.py -------------------------------------------------------------------------------


def test_timeline_unverified_corroborated_contested_refuted():
    reps = [_rep("a", "Yonhap"), _rep("b", "Yonhap"), _rep("c", "NIS"),
            _rep("d", relation="contradicts", chain=["KCNA"]), _rep("e", relation="contradicts")]
    kinds = [None, None, None, "denial", "refutation"]
    changes = status.timeline(reps, kinds, [None] * 5)
    assert [(c.status, c.article_id) for c in changes] == [
        ("unverified", "a"), ("corroborated", "c"), ("contested", "d"), ("refuted", "e")]
    assert "KCNA" in changes[2].reason


def test_timeline_confirmation_by_authority_and_refutation_is_final():
    reps = [_rep("a", "Ministry"), _rep("b", relation="contradicts"), _rep("c", "Other")]
    changes = status.timeline(reps, [None, "refutation", None], ["confirmed by official source Ministry", None, None])
    assert [c.status for c in changes] == ["corroborated", "refuted"]
    assert status.timeline([], [], []) == []


def test_confirms():
    # a source that only says so is an origin; a verb of confirmation makes a confirmation
    said = claim("x", chain=[src("Ministry of Defense", "government")])
    confirmed = claim("x", chain=[src("Ministry of Defense", "government", cue="confirmed")])
    unnamed = claim("x", chain=[src("officials", "unnamed official", cue="confirmed")])
    assert status.confirms(said) is None
    assert status.confirms(confirmed) == "confirmed by government source Ministry of Defense (confirmed)"
    assert status.confirms(unnamed) is None
    assert status.confirms(claim("x", chain=[src("Yonhap")])) is None
    assert status.confirms(claim("x", chain=[src("Karachi Police", "official", cue="verified")])) == \
        "confirmed by official source Karachi Police (verified)"
    denied = claim("x", chain=[src("Ministry of Defense", "government", "denied", "denied")])
    assert status.confirms(denied) is None


def test_build_and_track_records_with_reliability():
    r1 = reading([claim("North Korea executed its nuclear envoy Ri Chol Ho in March",
                        chain=[src("Yonhap")], event="ASSAULT")], outlet="Harbor Times")
    stmt = ReliabilityStatement(text="previous reports in South Korean media have proven false",
                                start_char=0, end_char=10, claim_id="c9",
                                subject=Span(text="South Korean media", start_char=0, end_char=5),
                                direction="unreliable", cue=Cue(text="proven false", start_char=0, end_char=5),
                                source_type="media outlet", country="KOR", stated_by=["Bloomberg"])
    r2 = reading([claim("Ri Chol Ho, North Korea's nuclear envoy, was executed in March",
                        chain=[src("Yonhap")], event="ASSAULT"),
                  claim("Ri Chol Ho appeared in public on Tuesday at a concert", cid="c2")],
                 outlet="Daily Ledger", published="2019-06-04", reliability=[stmt])
    stories, records = build([r2, r1])   # input order does not matter
    assert len(stories) == 1
    s = stories[0]
    assert s.status == "refuted" and s.independent_origins == 1 and s.origins == ["Yonhap"]
    assert s.first_reporter == "Harbor Times" and s.id.startswith("s-")
    assert [r.relation for r in s.reports] == ["supports", "supports", "contradicts"]
    by = {(r.kind, r.name): r for r in records}
    assert by[("source", "Yonhap")].claims == 2 and by[("source", "Yonhap")].refuted == 2
    assert by[("source type", "wire service")].refuted == 2
    assert by[("outlet", "Daily Ledger")].claims == 1
    assert any(n.startswith("unreliable: previous reports") and "Bloomberg" in n
               for n in by[("source type", "media outlet")].reliability)
    assert build([]) == ([], [])


def test_a_lone_denial_is_its_own_story():
    r = reading([claim("The ministry denied that troops crossed the border", label="denied")])
    stories, _ = build([r])
    assert [rep.relation for rep in stories[0].reports] == ["supports"]


# --- cli_track.py ----------------------------------------------------------------------------

runner = CliRunner()


@pytest.fixture()
def db(tmp_path):
    pytest.importorskip("duckdb")
    from newstrace.store import Store

    path = tmp_path / "t.duckdb"
    r1 = reading([claim("North Korea executed its nuclear envoy Ri Chol Ho in March",
                        chain=[src("Yonhap")], event="ASSAULT")], outlet="Harbor Times")
    r2 = reading([claim("Ri Chol Ho, North Korea's nuclear envoy, was executed in March",
                        chain=[src("South Korea's National Intelligence Service", "organization")],
                        event="ASSAULT")], outlet="Daily Ledger", published="2019-06-02")
    with Store(path) as store:
        store.add_batch([r1, r2])
    return str(path)


def invoke(*args):
    import newstrace.cli_track  # noqa: F401  (registers the commands)
    from newstrace.cli import app

    return runner.invoke(app, list(args))


def test_cli_stories_json_story_and_sources(db):
    res = invoke("stories", "--db", db, "--format", "json")
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert len(data) == 1
    s = data[0]
    assert s["status"] == "corroborated" and s["independent_origins"] == 2
    assert s["first_reported"] == "2019-05-31"
    assert set(s["reports"][0]) >= {"article_id", "claim_id", "start_char", "end_char", "outlet",
                                    "published", "relation", "text", "chain", "label"}
    assert s["reports"][0]["text"].startswith("North Korea executed")
    text = invoke("story", s["id"], "--db", db)
    assert text.exit_code == 0 and "corroborated" in text.stdout and "Yonhap" in text.stdout
    full = json.loads(invoke("story", s["id"], "--db", db, "--format", "json").stdout)
    assert full["reports"][0]["chain"] == ["Yonhap"] and full["timeline"][-1]["status"] == "corroborated"
    recs = json.loads(invoke("sources", "--db", db, "--format", "json").stdout)
    assert {"name": "Yonhap", "kind": "source"}.items() <= next(r for r in recs if r["name"] == "Yonhap").items()
    listed_sources = invoke("sources", "--db", db)
    assert listed_sources.exit_code == 0
    # each line ends with the whole name (new-user trial: names were cut at 40 characters)
    assert any(line.endswith(" Yonhap") and "claims=" in line for line in listed_sources.stdout.splitlines())
    listed = invoke("stories", "--db", db)
    assert listed.exit_code == 0 and listed.stdout.startswith(s["id"])


def test_cli_errors_are_one_line_exit_2(db, tmp_path):
    missing = str(tmp_path / "none.duckdb")
    for args in (["stories", "--db", missing], ["story", "s-x", "--db", missing], ["sources", "--db", missing]):
        res = invoke(*args)
        assert res.exit_code == 2
        assert res.stderr.count("\n") == 1 and res.stderr.startswith("newstrace: ")
    invoke("stories", "--db", db)
    res = invoke("story", "s-000000000000", "--db", db)
    assert res.exit_code == 2 and "no story" in res.stderr


# --- topics.py -------------------------------------------------------------------------------


def test_article_topics_group_articles_telling_one_story():
    from newstrace.track.topics import article_topics

    texts = [
        "A magnitude 6.1 earthquake struck Aceh province in Indonesia on Tuesday, killing 12 "
        "people and destroying hundreds of homes, the disaster agency said.",
        "Bank robbers held up a branch in Dayton, Ohio, on Monday and fled with cash; police "
        "in Dayton are searching for two men.",
        "Rescuers in Aceh pulled survivors from collapsed homes after the earthquake; the "
        "Indonesian disaster agency raised the death toll to 15.",
        "Police in Dayton, Ohio, arrested two men suspected of robbing the bank branch.",
        "The and of it",
    ]
    arts = [article_from_text(t, published="2019-06-01") for t in texts]
    topics = article_topics(arts)
    ids = [a.id for a in arts]
    assert topics[ids[0]] == topics[ids[2]] == 0          # the first article founds topic 0
    assert topics[ids[1]] == topics[ids[3]] == 1
    assert topics[ids[4]] == 2                            # no content word: a topic of its own
    assert article_topics([]) == {}


def test_cluster_joins_by_predicate_within_a_topic_unless_the_signature_sets_claims_apart():
    a = with_predicate(claim("A strong earthquake struck the island"), "struck", "strike")
    b = with_predicate(claim("The quake struck before dawn"), "struck", "strike")
    refs = _refs(a, b)
    same_topic = [replace(r, topic=0) for r in refs]
    vectors = np.array([[1.0, 0.0], [0.6, 0.8]])          # cosine 0.6: far below the text bar
    assert cluster_mod.cluster(same_topic, vectors) == [[0, 1]]
    # articles of two topics: the text bar applies, and the topic penalty
    other_topic = [same_topic[0], replace(refs[1], topic=1)]
    assert cluster_mod.cluster(other_topic, vectors) == [[0], [1]]
    base = cluster_mod.pair_score(*[replace(r, topic=-1) for r in refs], 0.5)
    assert cluster_mod.pair_score(*other_topic, 0.5) == pytest.approx(base - cluster_mod.TOPIC_PENALTY)
    # two earthquakes that struck different countries: never one event
    apart = [replace(r, signature=replace(r.signature, countries=frozenset({code})))
             for r, code in zip(same_topic, ("IDN", "CHL"))]
    assert cluster_mod.pair_score(*apart, 0.5) is None
    assert cluster_mod.cluster(apart, vectors) == [[0], [1]]
    # a claim that names no country happened where its article's lead places it
    leads = [replace(r, region=frozenset({code})) for r, code in zip(same_topic, ("IDN", "CHL"))]
    assert cluster_mod.pair_score(*leads, 0.5) is None
    assert cluster_mod.cluster([leads[0], replace(same_topic[1], region=frozenset({"IDN"}))],
                               vectors) == [[0, 1]]
    # two days that cannot overlap: two earthquakes
    days = [replace(r, signature=replace(r.signature, days=((dt.date(2019, 1, d), dt.date(2019, 1, d)),)))
            for r, d in zip(same_topic, (3, 20))]
    assert cluster_mod.pair_score(*days, 0.5) == pytest.approx(base - 0.2)
    assert cluster_mod.cluster(days, vectors) == [[0], [1]]
    # the same verb and nothing else in common: two incidents
    hijack = with_predicate(claim("Militants killed 30 passengers on the Jaffar Express"), "killed", "kill")
    mine = with_predicate(claim("A roadside bomb killed 11 coal miners"), "killed", "kill")
    apart = [replace(r, topic=0) for r in _refs(hijack, mine)]
    assert cluster_mod.pair_score(*apart, 0.0) < cluster_mod.KEY_THRESHOLD
    assert cluster_mod.cluster(apart, np.array([[1.0, 0.0], [0.0, 1.0]])) == [[0], [1]]
    # a light predicate ("said", "is") gives no key
    c = with_predicate(claim("The agency said it"), "said", "say")
    d = with_predicate(claim("The minister said so"), "said", "say")
    light = [replace(r, topic=0) for r in _refs(c, d)]
    assert light[0].signature.predicate is None
    assert cluster_mod.cluster(light, vectors) == [[0], [1]]


def test_a_claim_that_something_does_not_exist_contradicts():
    # new-user trial (session 15), VOA story 2: "The constitution says there is separation…"
    # and "…there is no separation…" made a corroborated story
    assert cluster_mod.contradiction(claim("there is no separation between the branches")) == "denial"
    assert cluster_mod.negation_only(claim("there is no separation between the branches"))
    assert cluster_mod.contradiction(claim("there is separation between the branches")) is None


def test_a_relative_clause_that_shows_something_does_not_exist_contradicts():
    # new-user trial 16, VOA 8011117 (14 March 2025): Sarbast Nabi's "…which shows there is no
    # separation between the executive and legislative branches" corroborated "The constitution
    # says there is separation between government branches", which he calls "clearly false"
    nabi = claim("which shows there is no separation between the executive and legislative branches")
    assert cluster_mod.contradiction(nabi) == "denial"
    assert cluster_mod.contradiction(claim("which shows there is separation between the branches")) is None


def test_a_verb_of_intending_is_keyed_with_its_infinitive():
    # "refused to enroll" and "refused to comment" share a verb but are two events (VOA trial)
    enroll = with_predicate(claim("Kenya refused to enroll the refugees in school"), "refused", "refuse")
    comment = with_predicate(claim("The ministry refused to comment on the camps"), "refused", "refuse")
    other = with_predicate(claim("The school refused not to enroll them"), "refused", "refuse")
    assert cluster_mod.signature(enroll).predicate == "refuse to enrol"
    assert cluster_mod.signature(comment).predicate == "refuse to comment"
    assert cluster_mod.signature(other).predicate == "refuse to enrol"
    assert cluster_mod.signature(with_predicate(claim("Kenya refused the offer"), "refused", "refuse")
                                 ).predicate == "refuse"
    # "to" before a noun phrase is a preposition: "agreed to a ceasefire" is keyed "agree"
    assert cluster_mod.signature(with_predicate(claim("Ukraine agreed to a 30-day ceasefire"), "agreed", "agree")
                                 ).predicate == "agree"
    refs = [replace(r, topic=0) for r in _refs(enroll, comment)]
    vectors = np.array([[1.0, 0.0], [0.6, 0.8]])
    assert cluster_mod.cluster(refs, vectors) == [[0], [1]]
    # keyed by the verb alone they would be one story
    plain = [replace(r, signature=replace(r.signature, predicate="refuse")) for r in refs]
    assert cluster_mod.cluster(plain, vectors) == [[0, 1]]


def test_an_outlet_repeating_a_claim_it_sourced_elsewhere_is_no_new_origin():
    # VOA quotes a police chief in one article and repeats the quote unsourced in another:
    # one origin (the police chief), not two; another outlet's own report stays its own.
    quoted = StoryReport(article_id="a1", claim_id="c3", start_char=0, end_char=1, text="t",
                         outlet="Voice of America", origin="Imran Hayat", chain=["Imran Hayat"])
    repeated = quoted.model_copy(update={"article_id": "a2", "origin": "Voice of America", "chain": []})
    other = quoted.model_copy(update={"article_id": "a3", "outlet": "Dawn", "origin": "Dawn", "chain": []})
    denial = quoted.model_copy(update={"article_id": "a4", "relation": "contradicts", "origin": None})
    out = origins.own_reports_to_named_origin([repeated, quoted, other, denial])
    assert [r.origin for r in out] == ["Imran Hayat", "Imran Hayat", "Dawn", None]
    assert origins.independent_origins(out) == ["Imran Hayat", "Dawn"]
    assert out[1] is quoted and out[2] is other


def test_bodies_and_officials_of_one_state_are_one_origin():
    # FNC-1 body 1588 (BBC, 2014; new-user trial 11): the army and its chief of defence staff
    # announcing one ceasefire are one origin, not a corroboration
    army = src("Nigeria's army", "government")
    badeh = src("Alex Badeh", "official").model_copy(
        update={"mention": "Nigeria's chief of defence staff, Alex Badeh"})
    assert [origins.state_of(s) for s in (army, badeh)] == ["NGA", "NGA"]
    assert origins.state_of(src("the Nigerian military", "government")) == "NGA"
    # an official the article does not place in a state, a person, an outlet: none
    assert origins.state_of(src("Andrew Kirkwood", "official")) is None
    assert origins.state_of(src("Abubakar Shekau", "person")) is None
    assert origins.state_of(src("Nigeria's Daily Trust")) is None
    first = StoryReport(article_id="a1", claim_id="c5", start_char=0, end_char=1, text="t", outlet="BBC",
                        origin="Nigeria's army", origin_state="NGA", chain=["Nigeria's army"])
    second = first.model_copy(update={"claim_id": "c25", "origin": "Alex Badeh", "chain": ["Alex Badeh"]})
    other = first.model_copy(update={"claim_id": "c9", "origin": "Abubakar Shekau", "origin_state": None,
                                     "chain": ["Abubakar Shekau"]})
    out = origins.one_state_one_origin([first, second, other])
    assert origins.independent_origins(out) == ["Nigeria's army", "Abubakar Shekau"]
    assert out[0] is first and out[2] is other


def test_own_report_keeps_its_origin_when_the_outlet_names_several_or_cites_unnamed_sources():
    base = StoryReport(article_id="a1", claim_id="c1", start_char=0, end_char=1, text="t",
                       outlet="Voice of America", origin="Imran Hayat", chain=["Imran Hayat"])
    other = base.model_copy(update={"article_id": "a2", "origin": "Ahmed Sharif Chaudhry",
                                    "chain": ["Ahmed Sharif Chaudhry"]})
    own = base.model_copy(update={"article_id": "a3", "origin": "Voice of America", "chain": []})
    unnamed = base.model_copy(update={"article_id": "a4", "origin": "Voice of America",
                                      "chain": ["Security sources"]})
    # two named sources: which one the unsourced report repeats is unknown
    assert origins.own_reports_to_named_origin([base, other, own])[2].origin == "Voice of America"
    # "security sources said": the outlet's own sourcing, not a repetition
    assert origins.own_reports_to_named_origin([base, unnamed])[1].origin == "Voice of America"


def test_track_records_name_sources_once_and_skip_pronouns():
    r1 = reading([claim("Tariffs on Canadian steel will rise to 50 percent", chain=[src("Donald Trump", "person")]),
                  claim("The talks with Ottawa failed", cid="c2", chain=[src("we", "unnamed")])],
                 outlet="Harbor Times")
    r2 = reading([claim("Tariffs on Canadian steel will rise to 50 percent next week",
                        chain=[src("Trump", "person")])], outlet="Metro Post", published="2019-06-02")
    _, records = build([r1, r2])
    sources = {r.name: r.claims for r in records if r.kind == "source"}
    assert sources == {"Donald Trump": 2}
    types = {r.name: r.claims for r in records if r.kind == "source type"}
    assert types["person"] == 2 and types["unnamed"] == 1


def test_main_countries_dateline_else_lead_outside_source_mentions():
    from newstrace.records import Place

    def place(name, country, start, role="mention"):
        return Place(text=name, start_char=start, end_char=start + len(name), name=name,
                     country=country, role=role)

    text = ("South Korea's spy agency said on Sunday that North Korea executed its envoy. " * 8)
    spy = src("South Korea's spy agency", "organization")
    spy = spy.model_copy(update={"start_char": 0, "end_char": 24})
    c = claim("North Korea executed its envoy", chain=[spy])
    r = reading([c], text=text)
    r = r.model_copy(update={"places": [place("South Korea", "KOR", 0), place("North Korea", "PRK", 45),
                                        place("Japan", "JPN", 500)]})
    assert cluster_mod.main_countries(r) == {"PRK"}        # the source's country and a late mention are not
    r = r.model_copy(update={"places": r.places + [place("SEOUL", "KOR", 600, role="dateline")]})
    assert cluster_mod.main_countries(r) == {"KOR"}


@pytest.mark.parametrize("text, credit", [
    ("VOA's Sahra Abdi Ahmed contributed to this report", True),
    ("Reporting by Jane Doe in Seoul; editing by John Roe", True),
    ("Material from the Associated Press was used in this report", True),
    ("Reuters reported that the envoy was executed", False),
    ("Two aid groups contributed funds to the rebuilding", False),
])
def test_credit_lines_are_no_reports(text, credit):
    refs = _refs(claim(text))
    assert (refs == []) is credit


def test_dismissing_a_worry_is_no_denial(nlp):
    # the factuality layer decides: rejecting a worry denies no event
    from conftest import read

    def dismissed(text):
        return next(c for c in read(nlp, text, "2025-03-12").claims if c.attribution.chain)

    worry = dismissed("Treasury Secretary Scott Bessent dismissed concerns about the tariffs.")
    assert worry.attribution.chain[-1].factuality.label == "asserted"
    assert cluster_mod.contradiction(worry) is None
    assert cluster_mod.contradiction(dismissed(
        "Treasury Secretary Scott Bessent dismissed fears that markets would fall.")) == "denial"
    assert cluster_mod.contradiction(dismissed(
        "Treasury Secretary Scott Bessent dismissed the report as false.")) == "denial"


def test_article_closeness_moves_the_predicate_bar():
    # Two "bring" claims with nothing else in common: apart when their articles differ (cosine
    # 0), together when the articles tell one story (cosine 0.9); two claims of ONE article get
    # no closeness bonus ("brought in ad revenue" / "brought the virus to China", a VOA article).
    revenue = with_predicate(claim("The blogger brought in $33,000 in ad revenue"), "brought", "bring")
    virus = with_predicate(claim("The U.S. military brought the coronavirus to China", cid="c2"),
                           "brought", "bring")
    a, b = (replace(r, topic=0) for r in _refs(revenue, virus))
    far = np.array([[1.0, 0.0], [0.0, 1.0]])
    assert cluster_mod.pair_score(a, b, 0.0) < cluster_mod.KEY_THRESHOLD
    unrelated = [replace(a, article_vector=np.array([1.0, 0.0])), replace(b, article_vector=np.array([0.0, 1.0]))]
    assert cluster_mod.cluster(unrelated, far) == [[0], [1]]
    close = [replace(a, article_vector=np.array([1.0, 0.0])),
             replace(b, article_vector=np.array([0.9, 0.43588989]))]
    assert cluster_mod.cluster(close, far) == [[0, 1]]
    one = [replace(r, topic=0) for r in cluster_mod.claim_refs([reading([revenue, virus])])]
    assert one[0].article.id == one[1].article.id
    assert cluster_mod.cluster(one, far) == [[0], [1]]


def test_a_negated_event_contradicts_only_the_same_predication():
    # "did not reply to VOA's email" names the Taliban but negates a reply, not the accusation
    # (a VOA story; the new-user trial found it filed as a contradiction); "did not execute"
    # negates the execution itself.
    blame = with_predicate(claim("Pakistan blamed the Taliban for the train attack", event="ACCUSE"),
                           "blamed", "blame")
    silence = with_predicate(claim("The Taliban did not reply to VOA's email", cid="c2", event="CONSULT",
                                   negated=True), "reply", "reply")
    refs = cluster_mod.claim_refs([reading([blame]), reading([silence], outlet="Outlet B", published="2019-06-01")])
    assert refs[1].contra == "denial" and cluster_mod.negation_only(refs[1].claim)
    assert cluster_mod.cluster(refs, np.array([[1.0, 0.0], [0.8, 0.6]])) == [[0], [1]]
    executed = with_predicate(claim("North Korea executed Ri Chol Ho", event="ASSAULT"), "executed", "execute")
    alive = with_predicate(claim("North Korea did not execute Ri Chol Ho", cid="c2", event="ASSAULT",
                                 negated=True), "execute", "execute")
    refs = cluster_mod.claim_refs([reading([executed]), reading([alive], outlet="Outlet B", published="2019-06-01")])
    assert refs[1].contra == "denial"
    assert cluster_mod.cluster(refs, np.array([[1.0, 0.0], [0.8, 0.6]])) == [[0, 1]]


def test_main_countries_count_a_place_a_source_speaks_from():
    from newstrace.records import Place

    text = "Security forces in Somalia say they killed all six attackers who laid siege to a hotel. " * 6
    forces = src("Security forces in Somalia", "government").model_copy(update={"start_char": 0, "end_char": 26})
    r = reading([claim("they killed all six attackers", chain=[forces])], text=text)
    r = r.model_copy(update={"places": [Place(text="Somalia", start_char=19, end_char=26, name="Somalia",
                                              country="SOM", role="mention")]})
    # "forces in Somalia" speak of where they are; "South Korea's spy agency" does not (above)
    assert cluster_mod.main_countries(r) == {"SOM"}


def test_undated_claims_of_articles_years_apart_are_not_one_event():
    # Kenya 2020: "Three Americans were killed"; Somalia 2025: "five people were killed"
    old = with_predicate(claim("Three Americans were killed in the raid"), "killed", "kill")
    new = with_predicate(claim("Five people were killed in the hotel attack"), "killed", "kill")
    refs = cluster_mod.claim_refs([reading([old], outlet="Outlet A", published="2020-02-17"),
                                   reading([new], outlet="Outlet B", published="2025-03-11")])
    refs = [replace(r, topic=0) for r in refs]
    assert cluster_mod.cluster(refs, np.array([[1.0, 0.0], [1.0, 0.0]])) == [[0], [1]]
    # a week apart they may be one event
    near = cluster_mod.claim_refs([reading([old], outlet="Outlet A", published="2025-03-04"),
                                   reading([new], outlet="Outlet B", published="2025-03-11")])
    assert scores._not_one_time(*near) is False


def test_a_count_over_a_year_is_no_report_of_an_undated_incident():
    incident = with_predicate(claim("Militants killed 18 of those on board"), "killed", "kill")
    count = with_predicate(claim("In 2024, separatist groups killed nearly 400 people"), "killed", "kill")
    march = with_predicate(claim("North Korea killed its envoy in March"), "killed", "kill")
    a, b, c = _refs(incident, count, march)
    year = ((dt.date(2024, 1, 1), dt.date(2024, 12, 31)),)
    b = replace(b, signature=replace(b.signature, days=year))
    c = replace(c, signature=replace(c.signature, days=((dt.date(2019, 3, 1), dt.date(2019, 3, 31)),)))
    assert scores._not_one_time(a, b) is True
    # a month may date one incident reported later ("executed in March", reported in June)
    assert scores._not_one_time(a, c) is False


def test_a_story_is_described_by_one_of_its_events():
    """Type, actor and target come from one event, the one whose participants recur most
    (taking each field's mode apart would pair the actor of one report with the target of another)."""
    from newstrace.track import representative_event

    def ev(kind, actor=None, target=None):
        part = lambda n: EventParticipant(text=n, name=n, start_char=0, end_char=len(n)) if n else None  # noqa: E731
        return Event(type=kind, trigger=Span(text="x", start_char=0, end_char=1), actor=part(actor), target=part(target))

    events = [ev("ASSAULT", "a bomber", "a guard"), ev("ASSAULT", None, "passengers"),
              ev("ASSAULT", "militants", "passengers"), ev("PROTEST", "students", None),
              ev("ASSAULT", "militants", None)]
    best = representative_event(events)
    assert (best.type, best.actor.name, best.target.name) == ("ASSAULT", "militants", "passengers")
    assert representative_event([]) is None


def test_cli_story_shows_no_origin_for_a_contradicting_report(tmp_path):
    pytest.importorskip("duckdb")
    from newstrace.store import Store

    path = str(tmp_path / "c.duckdb")
    r1 = reading([claim("North Korea executed its nuclear envoy Ri Chol Ho in March",
                        chain=[src("Yonhap")], event="ASSAULT")], outlet="Harbor Times")
    r2 = reading([claim("Ri Chol Ho was not executed in March",
                        chain=[src("KCNA", "state media", label="denied", cue="denied")], event="ASSAULT")],
                 outlet="Daily Ledger", published="2019-06-02")
    with Store(path) as store:
        store.add_batch([r1, r2])
    s = json.loads(invoke("stories", "--db", path, "--format", "json").stdout)[0]
    assert [r["relation"] for r in s["reports"]] == ["supports", "contradicts"]
    lines = [ln for ln in invoke("story", s["id"], "--db", path).stdout.splitlines() if "chain:" in ln]
    assert "origin: Yonhap" in lines[0]
    assert "chain: KCNA]" in lines[1] and "origin" not in lines[1]   # it counts toward no origin


def test_reports_more_than_a_year_apart_are_two_events_unless_their_times_meet():
    # VOA: a 2019 call to keep North Korea sanctions and a 2024 denial by Moscow made one
    # "contested" story. Emergent's rumours spread over at most 82 days but one.
    keep = claim("The U.N. must maintain sanctions on North Korea")
    deny = claim("The U.N. must maintain sanctions on North Korea", chain=[src("Moscow", "government", "denied", "denied")])
    refs = cluster_mod.claim_refs([reading([keep], outlet="Outlet A", published="2019-12-18"),
                                   reading([deny], outlet="Outlet B", published="2024-03-28")])
    assert cluster_mod.pair_score(*refs, 0.9) is None
    near = cluster_mod.claim_refs([reading([keep], outlet="Outlet A", published="2024-01-18"),
                                   reading([deny], outlet="Outlet B", published="2024-03-28")])
    assert cluster_mod.pair_score(*near, 0.9) is not None
    # a later article that dates the event back to the earlier one's time is still the event
    march = ((dt.date(2019, 12, 1), dt.date(2019, 12, 31)),)
    dated = [replace(r, signature=replace(r.signature, days=march)) for r in refs]
    assert cluster_mod.pair_score(*dated, 0.9) is not None


@pytest.mark.skipif(embed_mod.embedding_backend() != "minilm-int8", reason="needs the MiniLM model")
def test_a_claim_joins_the_story_of_a_near_synonym_predicate():
    # "die" / "kill" embed at cosine 0.74, "die" / "arrest" at 0.25 (SYNONYM_SIMILARITY 0.7)
    assert cluster_mod.similar_predicates({"die", "kill", "arrest"}) == {"die": ["kill"], "kill": ["die"]}
    died = with_predicate(claim("Three hikers died in the avalanche near Zermatt"), "died", "die")
    killed = with_predicate(claim("The avalanche near Zermatt killed three hikers"), "killed", "kill")
    arrested = with_predicate(claim("Police arrested three hikers near Zermatt"), "arrested", "arrest")
    vectors = np.array([[1.0, 0.0], [0.6, 0.8]])          # cosine 0.6: below the text bar
    one = [replace(r, topic=0) for r in _refs(died, killed)]
    assert cluster_mod.cluster(one, vectors) == [[0, 1]]
    apart = [replace(r, topic=0) for r in _refs(died, arrested)]
    assert cluster_mod.cluster(apart, vectors) == [[0], [1]]


def test_an_outlet_repeating_a_named_quotation_with_an_unnamed_tag_is_one_origin():
    # VOA stories 29 and 30: "“It's a no signal area…,” Hayat said" and "“It's a no-signal
    # area…,” the railway official said" counted as two independent origins (corroborated)
    named = StoryReport(article_id="a1", claim_id="c35", start_char=0, end_char=21,
                        text="It's a no signal area, the official said", outlet="voanews.com",
                        origin="Imran Hayat", chain=["Imran Hayat"])
    tagged = named.model_copy(update={"article_id": "a2", "text": "It's a no-signal area, the official said",
                                      "origin": "voanews.com", "chain": ["the railway official"]})
    assert origins.independent_origins(origins.own_reports_to_named_origin([named, tagged])) == ["Imran Hayat"]
    short = named.model_copy(update={"text": "The train was attacked"})
    other = short.model_copy(update={"article_id": "a2", "origin": "voanews.com", "chain": ["security sources"]})
    assert len(origins.independent_origins(origins.own_reports_to_named_origin([short, other]))) == 2


def test_story_says_why_an_origin_is_not_the_chain_s_last_name():
    # new-user trial (session 16): "origin: Glenn Jusnes" beside "chain: (the author)" and
    # "origin: Voice of America" beside "chain: protesters" read as contradictions
    from newstrace.cli_track import _origin_note
    from newstrace.records import StoryReport

    def rep(chain, origin):
        return StoryReport(article_id="a" * 12, claim_id="c1", start_char=0, end_char=5, text="x",
                           outlet="Voice of America", chain=chain, origin=origin)
    assert _origin_note(rep(["Yonhap"], "Yonhap")) == ""
    # new-user trial 7: "its chain names no one" beside "chain: local press" read as a
    # contradiction too; the note names the unnamed source
    assert _origin_note(rep(["protesters"], "Voice of America")) == \
        " (the outlet's own: its chain (protesters) names no source by name)"
    assert _origin_note(rep([], "Glenn Jusnes")) == " (the source this outlet names for the claim in another report)"
    # VOA, 11 March 2025: "Thai officials initially claimed …" counted toward Polat Sayim, the one
    # source the article names for the story
    assert _origin_note(rep(["Thai officials"], "Polat Sayim")) == (
        " (the one source the outlet names for this story elsewhere; its chain (Thai officials)"
        " names no source by name)")
    assert _origin_note(rep(["police"], "Associated Press")) == (
        " (the wire the article credits; its chain (police) names no source by name)")
    # new-user trial 11 (FNC-1 body 1588): the chief of defence staff counts toward the army
    badeh = rep(["Alex Badeh"], "Nigeria's army").model_copy(update={"origin_state": "NGA"})
    assert _origin_note(badeh) == " (its source speaks for the same state, NGA, as Nigeria's army)"


def test_a_source_s_track_record_contradicts_no_story_and_an_article_does_not_corroborate_itself(nlp):
    # the seed article, ingested: the blog relays one report (South Korean officials; the NYT
    # citing a South Korean paper) and Bloomberg's note that earlier South Korean reports of
    # executions proved false. It had been "contested" (Bloomberg's note taken for a denial)
    # and, before that, "corroborated" by two origins of the one article.
    from pathlib import Path

    from newstrace.pipeline import read_articles

    seed = Path(__file__).resolve().parents[1] / "data" / "seed_article.txt"
    art = article_from_text(seed.read_text(encoding="utf-8"), published="2019-05-31")
    (r,) = read_articles(nlp, [art])
    refs = cluster_mod.claim_refs([r])
    track_record = {st.claim_id for st in r.reliability}
    assert track_record and all(ref.contra is None for ref in refs if ref.claim.id in track_record)
    stories, _ = build([r])
    story = next(s for s in stories if "executed" in s.summary and len(s.reports) > 1)
    assert (story.status, story.independent_origins) == ("unverified", 1)


def test_unnamed_sources_beside_the_one_named_in_the_same_article_are_no_second_origin():
    named = StoryReport(article_id="a1", claim_id="c6", start_char=0, end_char=1, text="t",
                        outlet=None, origin="The New York Times", chain=["The New York Times", "a South Korean paper"])
    unnamed = named.model_copy(update={"claim_id": "c2", "origin": "article:a1", "chain": ["South Korean officials"]})
    elsewhere = unnamed.model_copy(update={"article_id": "a2", "origin": "article:a2"})
    out = origins.own_reports_to_named_origin([unnamed, named, elsewhere])
    assert [r.origin for r in out] == ["The New York Times", "The New York Times", "article:a2"]


# --- different events of one article (session 16 new-user trial) ---------------------------


def _one_article(*claims):
    """The claims (ids c0, c1, …) as refs of one article."""
    return cluster_mod.claim_refs([reading([c.model_copy(update={"id": f"c{i}"}) for i, c in enumerate(claims)])])


def test_claims_with_other_sums_are_other_events():
    # VOA, 2 April 2021: UNHCR Kenya's $94 million and the agency's global $5.2 billion
    assert cluster_mod.amounts("UNHCR Kenya received $94 million, some $70 million less") == {
        ("money", 94e6), ("money", 70e6)}
    assert cluster_mod.amounts("leaving a 43% funding gap, 12 percent more") == {
        ("percent", 43.0), ("percent", 12.0)}
    kenya = with_predicate(claim("UNHCR Kenya received $94 million"), "received", "receive")
    world = with_predicate(claim("UNHCR received some $5.2 billion"), "received", "receive")
    again = with_predicate(claim("the Kenya office received $94 million last year"), "received", "receive")
    share = with_predicate(claim("UNHCR received 43% of what it sought"), "received", "receive")
    a, b, c, d = _one_article(kenya, world, again, share)
    assert cluster_mod.pair_score(a, b, 0.9) is None
    assert cluster_mod.pair_score(a, c, 0.9) is not None
    assert cluster_mod.pair_score(a, d, 0.9) is not None     # a sum and a share do not conflict
    # across articles sums vary between reports of one event ("€2m" / "$2.6 million")
    assert cluster_mod.pair_score(*_refs(kenya, world), 0.9) is not None


def _triggered(text, word, kind="ASSAULT"):
    """``text`` as a claim whose event of type ``kind`` has the trigger ``word``."""
    start = text.index(word)
    ev = Event(type=kind, trigger=Span(text=word, start_char=start, end_char=start + len(word)))
    return claim(text).model_copy(update={"event": ev})


def test_claims_with_other_counts_of_victims_are_other_events():
    # Wikinews, 24 January 2019 (car bomb in Maidan Wardak; new-user trial 11): the attack's toll
    # and an earlier Kabul bombing's were one story; the article names twelve dead for the one
    # and five for the other
    twelve = _triggered("the attack had killed twelve", "killed")
    kabul = _triggered("Last week a Kabul car bombing killed five", "killed")
    again = _triggered("The attack killed 12 people, officials said", "killed")
    vague = with_predicate(claim("Dozens died in the attack"), "died", "die")
    assert [cluster_mod.victim_count(c) for c in (twelve, kabul, again, vague)] == [12, 5, 12, None]
    # VOA 6184384 (Manda Bay attack): a passive's subject counts the victims
    assert cluster_mod.victim_count(_triggered("Three Americans were killed", "killed")) == 3
    # a share, a sum or a span of time is no count of people
    assert cluster_mod.victim_count(_triggered("the drought killed 40 percent of the herds", "killed")) is None
    assert cluster_mod.victim_count(_triggered("the fighting killed 10 years ago", "killed")) is None
    a, b, c, d = _one_article(twelve, kabul, again, vague)
    assert cluster_mod.pair_score(a, b, 0.9) is None
    assert cluster_mod.pair_score(a, c, 0.9) is not None
    assert cluster_mod.pair_score(a, d, 0.9) is not None     # a toll of no stated size may be the same
    # across articles tolls vary between reports of one attack
    assert cluster_mod.pair_score(*_refs(twelve, kabul), 0.9) is not None


def test_claims_with_other_named_objects_are_other_events():
    # Wikinews, 3 September 2020: two elections of Pranab Mukherjee
    upper = with_predicate(claim("Mukherjee was elected to the Rajya Sabha, the upper legislature"),
                           "elected", "elect")
    lower = with_predicate(claim("Mukherjee was also elected to the Lok Sabha, the lower legislature, "
                                 "for two terms in addition to his five terms in Rajya Sabha"), "elected", "elect")
    same = with_predicate(claim("He was elected to the upper house Rajya Sabha in 1969"), "elected", "elect")
    assert cluster_mod.object_names(upper) == {"rajya sabha"}
    assert cluster_mod.object_names(lower) == {"lok sabha"}
    assert cluster_mod.object_names(same) == {"rajya sabha"}
    demand = with_predicate(claim("protesters have demanded that his National Congress Party be eliminated"),
                            "demanded", "demand")
    assert cluster_mod.object_names(demand) == {"national congress party"}
    a, b, c = _one_article(upper, lower, same)
    assert scores._other_objects(a, b) and not scores._other_objects(a, c)
    assert cluster_mod.pair_score(a, b, 0.9) < cluster_mod.KEY_THRESHOLD < cluster_mod.pair_score(a, c, 0.9)
    # a name that is part of the other is the same object; a headline's capitals name nothing
    biden = with_predicate(claim("Warren endorsed Joe Biden"), "endorsed", "endorse")
    short = with_predicate(claim("Warren has endorsed Biden for president"), "endorsed", "endorse")
    assert not scores._other_objects(*_one_article(biden, short))
    assert cluster_mod.object_names(with_predicate(claim("Lohan Checks Into Betty Ford Rehab"),
                                                   "Checks", "check")) == frozenset()
    # across articles names vary ("Betty Ford Center" / "Betty Ford Clinic")
    assert not scores._other_objects(*_refs(upper, lower))


def test_two_periods_get_no_day_of_slack():
    # "In the 2020 calendar year … $94 million" / "For 2021 … $33 million" (VOA, 2 April 2021)
    y2020 = (dt.date(2020, 1, 1), dt.date(2020, 12, 31))
    y2021 = (dt.date(2021, 1, 1), dt.date(2021, 12, 31))
    assert not scores._ranges_overlap(y2020, y2021)
    assert scores._ranges_overlap(y2020, (dt.date(2021, 1, 1), dt.date(2021, 1, 1)))
    assert scores._ranges_overlap((dt.date(2020, 3, 4),) * 2, (dt.date(2020, 3, 5),) * 2)
    # an ISO week ("last week") is a day range
    assert signatures._day_range("2021-W12", None) == (dt.date(2021, 3, 22), dt.date(2021, 3, 28))


def test_a_negation_bounded_in_time_contradicts_nothing():
    # Wikinews, 16 April 2020: Warren "did not immediately endorse another candidate at the time"
    # in March, and endorsed Biden in April
    then = claim("She did not immediately endorse another candidate at the time", event="ENDORSE",
                 negated=True)
    never = claim("She did not endorse Biden", event="ENDORSE", negated=True)
    yet = claim("Police haven't yet arrested anyone", event="ARREST", negated=True)
    assert cluster_mod.contradiction(then) is None
    assert cluster_mod.contradiction(yet) is None
    assert cluster_mod.contradiction(never) == "denial"
    # ... nor is it a report that the event happened
    assert cluster_mod.signature(then).irrealis


def test_no_evidence_released_refutes_nothing():
    # VOA, 2 April 2021: absence of public evidence is no refutation of the attacks
    assert cluster_mod.contradiction(
        claim("no evidence linking the camps with al-Shabab has been publicly released")) is None
    assert cluster_mod.contradiction(claim("no evidence supports the report that the camps hosted attackers")) \
        == "refutation"


def test_a_claim_inside_what_was_confirmed_is_not_confirmed():
    # Wikinews, 15 January 2020: Pelosi confirmed the vote, not that the articles were passed
    text = ("Pelosi confirmed a vote will be held today to decide whether to submit two articles of "
            "impeachment, passed against President Donald Trump, to the U.S. Senate.")
    pelosi = src("Nancy Pelosi", "government", cue="confirmed")
    pelosi = pelosi.model_copy(update={"cue": Cue(text="confirmed", start_char=7, end_char=16)})
    start = text.index("passed")
    passed = claim("passed against President Donald Trump, to the U.S. Senate", chain=[pelosi], label="asserted")
    passed = passed.model_copy(update={"start_char": start, "end_char": start + len(passed.text)})
    vote = claim("a vote will be held today", chain=[pelosi], label="asserted")
    vote = vote.model_copy(update={"start_char": 17, "end_char": 17 + len(vote.text)})
    assert status.confirms(passed, text) is None
    assert status.confirms(vote, text) == "confirmed by government source Nancy Pelosi (confirmed)"


# --- one article's different acts of one verb (new-user trial 10) ---------------------------


def test_an_order_is_keyed_with_the_infinitive_after_its_object():
    # VOA, 23 January 2020: two orders of one court, not one order reported twice
    allow = with_predicate(claim("Malawi's High Court on Jan. 14 ordered all public schools to allow "
                                 "students with dreadlocks"), "ordered", "order")
    give = with_predicate(claim("The Malawi High Court also ordered the school to give daughter Makeda "
                                "extra classes to make up for those she missed"), "ordered", "order")
    assert cluster_mod.signature(allow).predicate == "order to allow"
    assert cluster_mod.signature(give).predicate == "order to giv"
    # "ordered bigger packages from suppliers" (Wikinews, 13 March 2020) orders goods: no infinitive
    goods = with_predicate(claim("Coles ordered bigger packages from suppliers"), "ordered", "order")
    assert cluster_mod.signature(goods).predicate == "order"
    refs = [replace(r, topic=0) for r in _one_article(allow, give)]
    assert cluster_mod.cluster(refs, np.array([[1.0, 0.0], [0.9, 0.4359]])) == [[0], [1]]


def test_object_control_keys_all_but_the_light_verbs_with_their_infinitive():
    # PolNeAR train (wash-post, 2016): "prompted Anderson Cooper to accuse Bondi" is an accusation
    # prompted; "urged Democrats to vote" (politico, 2016) stays a light "urge" (LIGHT_PREDICATES)
    prompted = with_predicate(claim("the shift in tone seemed so stark that it prompted Anderson Cooper "
                                    "to accuse Bondi of hypocrisy on air"), "prompted", "prompt")
    urged = with_predicate(claim("he stood with other GOP leaders and urged Democrats to vote for the "
                                 "Republican deal instead"), "urged", "urge")
    assert cluster_mod.signature(prompted).predicate.startswith("prompt to accus")
    assert cluster_mod.signature(urged).predicate is None


def test_a_phrasal_verb_is_keyed_with_its_particle():
    # Wikinews, 13 March 2020: ALDI's stores cannot run a special; a toilet paper maker ran out
    # of stock; buyers stocked up, ALDI made stocks available early (the parse takes "stocks"
    # for the predicate): four events, two stories before
    run = with_predicate(claim("following the early release of stock, some stores can't run the "
                               "Wednesday special", chain=[src("ALDI", "organization")]), "run", "run")
    out = with_predicate(claim("they'd run out of stock", chain=[src("Recycled toilet paper producer "
                                                                     "Who Gives a Crap", "unnamed")]), "run", "run")
    up = with_predicate(claim("Buyers were reportedly stocking up due to fears of COVID-19", label="reported"),
                        "stocking", "stock")
    made = with_predicate(claim("while ALDI made stocks for a planned Wednesday special available early"),
                          "stocks", "stock")
    assert [cluster_mod.signature(c).predicate for c in (run, out, up, made)] == [
        "run", "run out", "stock up", "stock"]
    refs = [replace(r, topic=0) for r in _one_article(run, out, up, made)]
    vectors = np.array([[1.0, 0.0], [0.9, 0.4359], [0.9, 0.4359], [1.0, 0.0]])
    assert cluster_mod.cluster(refs, vectors) == [[0], [1], [2], [3]]
    # one verb with another particle or infinitive is never a near-synonym of itself
    similar = cluster_mod.similar_predicates({"stock", "stock up", "run", "run out"})
    assert "stock up" not in similar.get("stock", []) and "run" not in similar.get("run out", [])


def test_an_event_named_in_the_subject_gives_the_claim_no_cameo_code():
    # Wikinews, 13 March 2020: "restrictions" is what Zimmerman's claim speaks of, not what it
    # reports; it joined the author's "Woolworths and Coles lowered their purchase restrictions"
    # by the code of "restrictions" (CAMEO 172), and the author's claim got Zimmerman for origin
    def restricting(c, verb, lemma):
        c = with_predicate(c, verb, lemma)
        i = c.text.index("restrictions")
        trig = Span(text="restrictions", start_char=i, end_char=i + len("restrictions"))
        return c.model_copy(update={"event": Event(type="COERCE", trigger=trig, cameo="172")})

    hard = restricting(claim("local council restrictions on the timing of truck-deliveries make it hard",
                             chain=[src("Russell Zimmerman", "person")]), "make", "make")
    lowered = restricting(claim("On Sunday and Saturday evening, Australian store chains Woolworths and "
                                "Coles lowered their purchase restrictions on toilet paper"), "lowered", "lower")
    assert cluster_mod.signature(hard).cameo is None
    assert cluster_mod.signature(lowered).cameo == "172"
    refs = [replace(r, topic=0) for r in _one_article(lowered, hard)]
    assert cluster_mod.cluster(refs, np.array([[1.0, 0.0], [0.6, 0.8]])) == [[0], [1]]


def test_a_descriptor_before_a_proper_name_names_the_source_whatever_its_type():
    # Wikinews, 13 March 2020: "Recycled toilet paper producer Who Gives a Crap said on last
    # Wednesday they'd run out of stock" is the company's claim, not ALDI's (the one other
    # source the article names), even with the source typed "unnamed"
    maker = src("Recycled toilet paper producer Who Gives a Crap", "unnamed", "reported")
    assert origins.described_name(maker.name) == "Who Gives a Crap"
    assert origins.names_source(maker)
    out = claim("they'd run out of stock", chain=[maker])
    aldi = claim("some stores can't run the Wednesday special", cid="c2",
                 chain=[src("ALDI", "organization", "reported")])
    r = reading([out, aldi], outlet="Wikinews", published="2020-03-13")
    assert origins.report_origin(out, r.article) == "Recycled toilet paper producer Who Gives a Crap"
    reports = [_rep(r.article.id, origins.report_origin(c, r.article), chain=[c.attribution.chain[-1].name])
               for c in (out, aldi)]
    assert [x.origin for x in origins.own_reports_to_named_origin(reports)] == [
        "Recycled toilet paper producer Who Gives a Crap", "ALDI"]
    # a preposition or determiner before the capitals names no source
    for name in ("an aide to President Biden", "a source close to the Kremlin", "a senior South Korean official"):
        assert not origins.names_source(src(name, "unnamed official"))


def test_also_before_a_predicate_adds_another_act_of_one_article():
    # VOA, 23 January 2020: the court's second order, even compared by text alone
    first = with_predicate(claim("Malawi's High Court on Jan. 14 ordered all public schools to allow "
                                 "students with dreadlocks"), "ordered", "order")
    second = with_predicate(claim("The Malawi High Court also ordered the school to give daughter Makeda "
                                  "extra classes to make up for those she missed"), "ordered", "order")
    a, b = _one_article(first, second)
    shift = 100   # the second claim comes later in the article
    moved = b.claim.model_copy(update={"start_char": shift, "end_char": shift + len(b.claim.text),
                                       "predicate": b.claim.predicate.model_copy(update={
                                           "start_char": b.claim.predicate.start_char + shift,
                                           "end_char": b.claim.predicate.end_char + shift})})
    b = replace(b, claim=moved)
    assert scores._another_act(a, b) and scores._another_act(b, a)
    assert cluster_mod.pair_score(b, a, 0.9) < cluster_mod.KEY_THRESHOLD
    # across articles "also" says nothing of the other report
    assert not scores._another_act(*_refs(first, second))


# --- denials that contest nothing (session 27 new-user trial 12) -----------------------------

ZAMORA = ("A Guatemalan judge ordered prominent journalist Jose Ruben Zamora back to prison this week in a "
          "move that the leader of his legal team called “inhumane.” “We’re very troubled by what’s happening "
          "in Jose Ruben Zamora’s case, because what we’re seeing here is a total breakdown of rule of law in "
          "Guatemala,” Caoilfhionn Gallagher, who is leading Zamora’s international legal team, told VOA. "
          "A court later sentenced Zamora to six years in prison on money-laundering charges. "
          "Zamora’s legal team has rejected all the accusations.")


def test_a_denial_of_accusations_contests_no_fact_and_no_first_person_stance(nlp):
    # VOA, 13 March 2025: "rejected all the accusations" had made the author's relative clause
    # "who is leading Zamora's international legal team" a contested story
    from conftest import read
    stories, _ = build([read(nlp, ZAMORA, "2025-03-13")])
    assert not [s for s in stories if s.status == "contested"]
    rejected = next(s for s in stories for r in s.reports if "rejected all the accusations" in r.text)
    assert [r.relation for r in rejected.reports] == ["supports"]
    fact, stance, charge, pakistan = (claim("who is leading Zamora’s international legal team"),
                                      claim("We’re very troubled by what’s happening", chain=[src("Caoilfhionn Gallagher")]),
                                      claim("A court sentenced Zamora on money-laundering charges"),
                                      claim("handlers of the attack are based in Afghanistan", chain=[src("Pakistan")]))
    refs = cluster_mod.claim_refs([reading([fact, stance, charge, pakistan])])
    assert [denials._allegation(r) for r in refs] == [False, False, True, True]


def test_a_source_does_not_contradict_itself_within_one_article():
    # VOA, 27 February 2021: Exantus "described the jailbreak as 'deplorable'" and "did not think
    # the jailbreak would affect plans to hold elections" are two statements of one official
    exantus = src("Frantz Exantus", "official")
    deplorable = with_predicate(claim("Exantus described the jailbreak as deplorable", chain=[exantus]),
                                "described", "describe")
    elections = claim("the jailbreak would affect plans to hold elections", cid="c2",
                      chain=[src("Frantz Exantus", "official", label="denied", cue="told")])
    one = cluster_mod.claim_refs([reading([deplorable, elections])])
    assert one[1].contra == "denial"
    assert denials._self_denial(one[1], [one[0]])
    apart = cluster_mod.claim_refs([reading([deplorable]), reading([elections], outlet="Outlet B")])
    assert not denials._self_denial(apart[1], [apart[0]])


# --- denials set against the right claim (session 28 new-user trial 13) ---------------------

BERISHA = ("In announcing the sanctions on Sali Berisha and members of his family this week, U.S. Secretary of "
           "State Antony Blinken said Berisha \"was involved in corrupt acts\" during his term as prime minister of "
           "Albania, including \"misappropriation of public funds and interfering with public processes.\" Blinken "
           "added that Berisha had used power \"for his own benefit and to enrich his political allies and his family "
           "members at the expense of the Albanian public's confidence in their government institutions and public "
           "officials.\" Berisha, who resigned as leader of his conservative party but remained in Parliament after "
           "being defeated as prime minister in 2013, rejected the allegations during a press conference Thursday.\n\n"
           "Countryman sees the move as reflecting new foreign policy priorities for the United States under "
           "President Joe Biden. \"I don't think that the audience in Albania is unaware of the degree of public "
           "corruption that has affected politicians from multiple parties, so there is a factual basis for the "
           "designation,\" Countryman said.")


def test_a_denial_contests_the_charge_it_answers_not_an_act_or_another_predication(nlp):
    # VOA, 22 May 2021: Berisha's "rejected the allegations" had contested the sanctions Blinken
    # announced, and Countryman's "I don't think that the audience … is unaware of … corruption"
    # (which backs the charge) had contested "Berisha was involved in corrupt acts"
    from conftest import read
    stories, _ = build([read(nlp, BERISHA, "2021-05-22")])

    def story_of(words):
        return next(s for s in stories for r in s.reports if words in r.text)

    assert [r.relation for r in story_of("announcing the sanctions").reports] == ["supports"]
    assert "contradicts" not in [r.relation for r in story_of("was involved in corrupt acts").reports]
    assert [r.relation for r in story_of("audience in Albania is unaware").reports] == ["supports"]
    rejected = story_of("rejected the allegations")
    assert rejected.status == "contested"
    charges = ("Berisha had used power", "Berisha \"was involved in corrupt acts\"")
    supports = [r.text for r in rejected.reports if r.relation == "supports"]
    assert supports and all(t.startswith(charges) for t in supports)


# --- stories of new-user trial 15 (session 30): tense, copular subjects, relation verbs, denials

DODIK = ("Bosnian state prosecutors on Wednesday had ordered the arrest of Dodik and his aides for ignoring a court "
         "summons for allegedly trying to undermine Bosnia's constitution. In an interview Thursday with VOA's Bosnian "
         "Service, Dodik's lawyer, Anto Nobilo, said Dodik does not recognize either the Bosnian court or state "
         "prosecutor's office, and thus does not need legal defense. \"I do not believe there will be Dodik's arrest,\" "
         "Nobilo said. \"Mr. Dodik will not cooperate, or name his defense team, because he does not consider the "
         "proceedings legitimate. ... Bosnia needs this situation defused immediately. This is a huge constitutional and "
         "legal and political crisis and has to be resolved politically.\" Asked by VOA while en route Monday to Jeddah, "
         "Saudi Arabia, if the U.S. was considering \"any punitive action against Dodik,\" Rubio said the Trump "
         "administration did not want to see a partition of Bosnia. \"The last thing the world needs is another crisis, "
         "and we've spoken out about that already,\" he said.")


def _story_of(stories, words):
    return next(s for s in stories for r in s.reports if words in r.text)


def test_a_doubt_that_an_arrest_will_happen_does_not_contest_the_order(nlp):
    # VOA, 14 March 2025: Nobilo's "I do not believe there will be Dodik's arrest" had made the
    # prosecutors' arrest order "contested"; the order was given, the arrest is another claim
    from conftest import read
    stories, _ = build([read(nlp, DODIK, "2025-03-14")])
    order = _story_of(stories, "had ordered the arrest")
    assert order.status == "unverified"
    assert [r.relation for r in order.reports] == ["supports"]
    refs = {r.claim.text: r for r in cluster_mod.claim_refs([read(nlp, DODIK, "2025-03-14")])}
    doubt = next(r for t, r in refs.items() if "there will be Dodik's arrest" in t)
    assert doubt.contra == "denial" and cluster_mod.future(doubt.claim)
    assert not cluster_mod.future(next(r for t, r in refs.items() if "had ordered the arrest" in t).claim)


def test_two_remarks_that_share_a_noun_are_not_one_claim(nlp):
    # VOA, 14 March 2025: Nobilo's "This is a huge … crisis" and Rubio's "The last thing the
    # world needs is another crisis" had been one story with two origins ("corroborated")
    from conftest import read
    stories, _ = build([read(nlp, DODIK, "2025-03-14")])
    huge, another = _story_of(stories, "This is a huge"), _story_of(stories, "another crisis")
    assert huge is not another
    assert huge.status == another.status == "unverified"
    assert huge.independent_origins == another.independent_origins == 1
    refs = cluster_mod.claim_refs([read(nlp, DODIK, "2025-03-14")])
    subjects = {r.claim.text: r.signature.subject for r in refs}
    assert next(s for t, s in subjects.items() if t.startswith("This is a huge")) == frozenset()
    assert {"thing", "world"} <= next(s for t, s in subjects.items() if t.startswith("The last thing"))


STRIKE = ("Iranian state media announced Sayyid Ali Hosseini Khamenei ordered three days of public mourning after "
          "the strike. The military strike follows rocket attacks on the United States Embassy in Iraq; Business "
          "Insider reported that the rocket strikes were carried out by sympathizers of the PMF.")
VOTE = ("Yesterday, the Parliament of Iraq voted on a resolution to expel United States troops from the country. "
        "The move follows the United States' killing of Qasem Soleimani in an airstrike last week.")


def test_a_verb_of_relation_makes_no_two_events_one(nlp):
    # Wikinews, 5 and 6 January 2020: "The military strike follows rocket attacks on the United
    # States Embassy" and "The move follows the United States' killing of Qasem Soleimani" (the
    # parliament's vote) had been one story by their verb
    from conftest import read
    readings = [read(nlp, STRIKE, "2020-01-05"), read(nlp, VOTE, "2020-01-06")]
    stories, _ = build(readings)
    strike = _story_of(stories, "The military strike follows")
    assert [r.text for r in strike.reports if "move follows" in r.text] == []
    move = next(r for r in cluster_mod.claim_refs(readings) if r.claim.text.startswith("The move follows"))
    assert move.signature.predicate is None and move.signature.cameo is None


BAGHDADI = ("An Iraqi official today denied that a woman detained in Lebanon yesterday is the wife of Islamic State "
            "of Iraq and Syria (ISIS) leader Abu Bakr al-Baghdadi, as confusion continues to reign over the identity of "
            "a woman and child captured by the Lebanese army near the border with Syria, AP reported.")


def test_a_denial_of_what_others_state_contradicts_the_story_it_founds(nlp):
    # FNC-1 body 1192: the official's denial had been listed as "supports" of the wife story
    from conftest import read
    stories, _ = build([read(nlp, BAGHDADI, "2014-12-03")])
    wife = _story_of(stories, "is the wife of")
    assert [r.relation for r in wife.reports] == ["contradicts"]
    assert wife.status == "contested" and wife.independent_origins == 0
    # a denial whose text holds its own cue or a negation is the story of that denial (VOA, 14 March 2025)
    def denied(text, cue, at):
        link = src("Milorad Dodik", "person", "denied", cue)
        link = link.model_copy(update={"cue": Cue(text=cue, start_char=at, end_char=at + len(cue))})
        return claim(text, chain=[link]).model_copy(update={"start_char": 100, "end_char": 100 + len(text)})

    assert cluster_mod.denied_as_stated(denied("a woman detained in Lebanon is his wife", "denied", 90))
    assert not cluster_mod.denied_as_stated(denied("Dodik rejected the arrest warrant", "rejected", 106))
    assert not cluster_mod.denied_as_stated(denied("I do not believe there will be Dodik's arrest", "said", 150))


def _fnc1_bodies(shared_dir, *ids):
    import csv
    with (shared_dir / "data" / "fnc1" / "train_bodies.csv").open(encoding="utf-8") as fh:
        bodies = {r["Body ID"]: r["articleBody"] for r in csv.DictReader(fh)}
    return [bodies[i] for i in ids]


def test_cli_story_of_a_claim_only_denied_names_no_first_reporter(tmp_path):
    # FNC-1 body 1192: the story the Iraqi official's denial founds had "first reported: undated
    # by (unknown outlet)", though no report of it says the woman is the wife
    pytest.importorskip("duckdb")
    from newstrace.store import Store

    path = str(tmp_path / "d.duckdb")
    text = "a woman detained in Lebanon yesterday is the wife of Abu Bakr al-Baghdadi"
    link = src("An Iraqi official", "unnamed official", "denied", "denied")
    link = link.model_copy(update={"cue": Cue(text="denied", start_char=0, end_char=6)})
    denial = claim(text, chain=[link]).model_copy(update={"start_char": 30, "end_char": 30 + len(text)})
    with Store(path) as store:
        store.add_batch([reading([denial])])
    s = json.loads(invoke("stories", "--db", path, "--format", "json", "--min-articles", "1",
                          "--min-reports", "1").stdout)[0]
    assert s["status"] == "contested" and [r["relation"] for r in s["reports"]] == ["contradicts"]
    out = invoke("story", s["id"], "--db", path).stdout
    assert "first reported: - (no report supports it)" in out and "(unknown outlet)" not in out.split("reports:")[0]


def test_acts_of_other_named_people_are_other_events(nlp, shared_dir):
    # FNC-1 bodies of the headline "Christian Bale set to play Steve Jobs…": "Christian Bale will
    # star as late Apple CEO Steve Jobs" (1019) had been corroborated by "Ashton Kutcher famously
    # starred as Steve Jobs in the "JOBS" movie" (2017), and "when David Fincher was reportedly
    # directing the film" joined "The film will be directed by Danny Boyle instead" (1157)
    from conftest import read
    readings = [read(nlp, text) for text in _fnc1_bodies(shared_dir, "1019", "2017", "1157", "1299")]
    stories, _ = build(readings)
    star = _story_of(stories, "Christian Bale will star as late Apple CEO")
    assert not [r for r in star.reports if "Kutcher" in r.text]
    fincher = _story_of(stories, "David Fincher was reportedly directing")
    assert not [r for r in fincher.reports if "Boyle" in r.text]
    boyle = _story_of(stories, "The film will be directed by Danny Boyle")
    assert boyle.status == "corroborated" and len({r.article_id for r in boyle.reports}) == 2
    parties = {r.claim.text: r.signature.actor_party for r in cluster_mod.claim_refs(readings)}
    kutcher = next(p for t, p in parties.items() if t.startswith("Ashton Kutcher famously starred"))
    assert kutcher.words == {"ashton", "kutcher"} and kutcher.named
    assert next(p for t, p in parties.items() if t.startswith("The film will be directed")).words == {"danny", "boyl"}


def test_one_name_with_and_without_a_role_word_is_one_origin(nlp, shared_dir):
    # FNC-1 bodies 945 and 1019 both quote Sorkin's Bloomberg Television interview: "Aaron Sorkin"
    # and "Screenwriter Aaron Sorkin" had been two independent origins of his words
    from conftest import read
    stories, _ = build([read(nlp, text) for text in _fnc1_bodies(shared_dir, "945", "1019")])
    needed = _story_of(stories, "We needed the best actor on the board")
    assert len({r.article_id for r in needed.reports}) == 2
    assert needed.origins == ["Aaron Sorkin"] and needed.status == "unverified"
    reps = [_rep("a1", "Bank of America"), _rep("a2", "America"), _rep("a3", "Screenwriter Aaron Sorkin"),
            _rep("a4", "Aaron Sorkin")]
    assert [r.origin for r in origins.one_name_one_origin(reps)] == ["Bank of America", "America", "Aaron Sorkin",
                                                                     "Aaron Sorkin"]


def test_two_spellings_of_one_name_across_articles_are_one_origin():
    # Emergent train, claim "Jihadi John is a Londoner named Mohammed Emwazi": the headline "ISIS
    # Militant Jihadi John Identified As Young West Londoner" (title case: the name stage cannot
    # tell "Militant" from a name) and the others' "Jihadi John" name one person
    reps = [_rep("a1", "Jihadi John"), _rep("a2", "ISIS Militant Jihadi John"), _rep("a3", "John")]
    assert [r.origin for r in origins.one_name_one_origin(reps)] == ["Jihadi John", "Jihadi John", "John"]
    assert origins.independent_origins(origins.one_name_one_origin(reps)) == ["Jihadi John", "John"]


# --- stories of new-user trial 16 (session 31)

SYRIA_WITHDRAWAL = (
    "Late on Sunday, the United States President Donald Trump, in a statement delivered via the press secretary, "
    "announced US troops would be leaving Syria. The announcement was made after Trump had a phone conversation "
    "with Turkish President Recep Tayyip Erdo\u011fan. The statement also said US troops had defeated ISIS and Turkey "
    "would be moving into Northern Syria.\n\n"
    "\"ISIS is not defeated [...] The biggest lie being told by the administration [is] that ISIS is defeated. The "
    "caliphate's destroyed, but there's thousands of fighters over there.\", Graham continued.")


def test_a_negated_state_contradicts_the_claim_that_it_holds(nlp):
    # Wikinews, 8 October 2019 (new-user trial 16): Lindsey Graham's "ISIS is not defeated" was
    # listed as supporting the White House statement that US troops had defeated ISIS
    from conftest import read
    stories, _ = build([read(nlp, SYRIA_WITHDRAWAL, "2019-10-08")])
    defeated = _story_of(stories, "US troops had defeated ISIS")
    relations = {r.text: r.relation for r in defeated.reports}
    assert relations["US troops had defeated ISIS"] == "supports"
    assert relations["ISIS is not defeated [...]"] == "contradicts"
    assert defeated.status == "contested"


KHASHOGGI = (
    "On Thursday, Hatice Cengiz, fianc\u00e9e of journalist Jamal Khashoggi, addressed reporters in New York, New "
    "York, calling for the killers of Khashoggi to be brought to justice. Cengiz traveled to New York for the United "
    "Nations (UN) General Assembly which took place this week. Khashoggi was murdered last October in the Saudi "
    "consulate in Istanbul, Turkey.\n\n"
    "Jamal Khashoggi, a Saudi national, was a columnist for The Washington Post, and he lived in self-imposed exile "
    "in Virginia as a legal resident of the United States. He entered the consulate in Istanbul on October 2 2018, "
    "seeking documents allowing him to marry Turkish national Hatice Cengiz. He never came out. Saudi Arabia "
    "initially denied all claims that Khashoggi was slain, however, a UN report eventually concluded evidence "
    "supported his murder and dismemberment inside the consulate by Saudi agents.")


def test_a_denial_of_claims_that_x_does_not_contest_a_call_of_its_article(nlp):
    # Wikinews, 29 September 2019 (new-user trial 16): Cengiz's call for justice was "denied by
    # Saudi Arabia" through its denial that Khashoggi was slain, another claim
    from conftest import read
    stories, _ = build([read(nlp, KHASHOGGI, "2019-09-29")])
    call = _story_of(stories, "calling for the killers of Khashoggi")
    assert [r.relation for r in call.reports] == ["supports"]
    assert call.status == "unverified"
