"""The tracker on a small corpus (tests/data/track/corpus.jsonl, README.md there): stories,
independent origins and status changes decided by hand from the texts."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

CORPUS = Path(__file__).parent.parent / "data" / "track" / "corpus.jsonl"


@pytest.fixture(scope="module")
def built(nlp):
    from newstrace.ingest import article_from_text
    from newstrace.pipeline import read_articles
    from newstrace.track import build

    rows = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    arts = [article_from_text(r["text"], title=r["title"], published=r["published"],
                              outlet=r["outlet"], url=r.get("url")) for r in rows]
    readings = list(read_articles(nlp, arts))
    key_of = {r.article.id: row["id"] for r, row in zip(readings, rows)}
    stories, records = build(readings)
    return stories, records, key_of


def story_with(built, key: str, phrase: str):
    """The story holding the report of article ``key`` whose text contains ``phrase``."""
    stories, _, key_of = built
    found = [s for s in stories for r in s.reports if key_of[r.article_id] == key and phrase in r.text]
    assert found, f"no report of {key} contains {phrase!r}"
    return found[0]


def keys(built, story, relation=None):
    return {built[2][r.article_id] for r in story.reports if relation in (None, r.relation)}


def test_execution_story_relayed_confirmed_denied_refuted(built):
    s = story_with(built, "k1", "executed Ri Chol Ho")
    # k3 is a paraphrase ("put to death its former top negotiator") of the same claim
    assert keys(built, s, "supports") == {"k1", "k2", "k3", "k4"}
    # KCNA's denial and the later public appearance join the story as contradicting reports
    assert keys(built, s, "contradicts") == {"k5", "k6"}
    # k1-k3 all relay Yonhap: one origin; the spy agency (k4) is the second
    assert s.independent_origins == 2
    assert "Yonhap" in s.origins
    assert any("National Intelligence Service" in o for o in s.origins)
    assert s.first_reported == dt.date(2019, 5, 31) and s.first_reporter == "Harbor Times"
    steps = [(c.published, c.status, built[2][c.article_id]) for c in s.timeline]
    assert steps == [(dt.date(2019, 5, 31), "unverified", "k1"),
                     (dt.date(2019, 6, 2), "corroborated", "k4"),
                     (dt.date(2019, 6, 3), "contested", "k5"),
                     (dt.date(2019, 6, 4), "refuted", "k6")]
    assert s.status == "refuted"
    # the story's event is its first report's: "North Korea executed Ri Chol Ho, …"
    assert (s.event_type, s.actor) == ("ASSAULT", "North Korea") and s.target.startswith("Ri Chol Ho")


def test_reports_relaying_one_agency_count_toward_it(built):
    s = story_with(built, "k1", "executed Ri Chol Ho")
    origin = {built[2][r.article_id]: r.origin for r in s.reports if r.relation == "supports"}
    assert origin["k1"] == origin["k2"] == origin["k3"] == "Yonhap"


def test_missile_launch_two_origins_one_by_wire_credit(built):
    s = story_with(built, "m1", "fired two short-range missiles")
    assert keys(built, s) == {"m1", "m3"}
    # m3 is the Daily Ledger's, but its dateline credits AP, and it names no other source
    m3 = next(r for r in s.reports if built[2][r.article_id] == "m3")
    assert m3.origin == "Associated Press" and m3.outlet == "Daily Ledger"
    assert s.independent_origins == 2 and s.status == "corroborated"
    assert s.first_reported == dt.date(2019, 6, 1)


def test_conditional_threat_is_not_the_launch(built):
    threat = story_with(built, "m2", "fire missiles")
    assert "m1" not in keys(built, threat) and "m3" not in keys(built, threat)
    assert "m2" not in keys(built, story_with(built, "k1", "executed Ri Chol Ho"))
    assert threat.status == "unverified"


def test_voa_claim_of_responsibility_one_origin(built):
    s = story_with(built, "voa-8006651", "claimed responsibility for the attack")
    assert {"voa-8006651", "voa-8007760"} <= keys(built, s)
    assert s.origins == ["Baloch Liberation Army"] and s.status == "unverified"


def test_voa_afghanistan_link_denied_by_the_taliban(built):
    s = story_with(built, "voa-8006651", "handlers of Tuesday's attack are based in Afghanistan")
    assert any(built[2][r.article_id] == "voa-8007760" and "those involved in Tuesday" in r.text
               for r in s.reports)
    denial = [r for r in s.reports if r.relation == "contradicts"]
    assert any("categorically reject" in r.text for r in denial)
    assert s.status == "contested"
    assert s.first_reported == dt.date(2025, 3, 12)


def test_voa_train_attack_not_merged_with_earlier_bombing(built):
    attack = story_with(built, "voa-8006651", "Militants attacked a cross-country passenger train")
    bombing = story_with(built, "voa-8006651", "female suicide bomber")
    assert attack.id != bombing.id
    assert attack.status not in ("contested", "refuted")   # nobody denies the attack


def test_track_records(built):
    _, records, _ = built
    by = {(r.kind, r.name): r for r in records}
    yonhap = by[("source", "Yonhap")]
    assert yonhap.claims == 3 and yonhap.refuted == 3
    # the outlet that refuted the story is not charged with it; the first relayer is
    assert by[("outlet", "Valley Courier")].refuted == 0
    assert by[("outlet", "Harbor Times")].refuted == 1
    assert by[("source type", "wire service")].refuted >= 3


# New-user trial 7, real passages of Wikinews (15 January 2019) and VOA (11 March 2025), read by
# the pipeline, stored in a real DuckDB file and tracked by the `stories` command.
_KARAJ = ("The Centre for Aviation's database of air carriers lists Saha as belonging to the Air Force "
          "and states it runs flights with Boeing 707s and Airbus A300s, but uses Boeing 747s for "
          "freight. Airfleets, a database detailing the aircraft operated by commercial carriers, states "
          "the aircraft uses the A300 and 747 as well as the Boeing 737. It does not, however, list any "
          "707s.")
_UYGHURS = ("Human rights advocates say at least some of the eight ethnic minority Uyghurs who remain in "
            "Thailand\u2019s custody since authorities deported 40 others to China last month are at risk "
            "of the same fate. The rights groups told VOA that their sources in the Thai government and "
            "inside its detained centers have told them the other three Uyghurs also remain in Thailand, "
            "in the custody of the Bureau of Immigration. Neither China nor Thailand has explained why "
            "they were not deported along with the 40 last month.")


@pytest.fixture(scope="module")
def nu7_db(nlp, tmp_path_factory):
    pytest.importorskip("duckdb")
    from newstrace.ingest import article_from_text
    from newstrace.pipeline import read_articles
    from newstrace.store import Store

    arts = [article_from_text(_KARAJ, outlet="Wikinews", published="2019-01-15"),
            article_from_text(_UYGHURS, outlet="Voice of America", published="2025-03-11")]
    path = str(tmp_path_factory.mktemp("nu7") / "nu7.duckdb")
    with Store(path) as store:
        store.add_batch(list(read_articles(nlp, arts)))
    return path


def _stories(path, *extra):
    import newstrace.cli_track  # noqa: F401  (registers the commands)
    from typer.testing import CliRunner

    from newstrace.cli import app

    res = CliRunner().invoke(app, ["stories", "--db", path, "--format", "json", *extra])
    assert res.exit_code == 0, res.output
    return json.loads(res.stdout)


def test_negated_statements_neither_corroborate_nor_contest(nu7_db):
    stories = _stories(nu7_db, "--min-articles", "1", "--min-reports", "1")
    # "It does not, however, list any 707s": the database gives no 707s; it is no second
    # origin of "runs flights with Boeing 707s" (the story stays one database's report)
    saha = next(s for s in stories if s["summary"].startswith("The Centre for Aviation's database"))
    assert saha["status"] == "unverified"
    assert not any(r["text"].startswith("It does not") and r["relation"] == "supports" for r in saha["reports"])
    # "has explained why they were not deported": no one denies the deportation of the 40
    deported = [s for s in stories if any("authorities deported 40" in r["text"] for r in s["reports"])]
    assert deported and all(s["status"] != "contested" for s in deported)
    assert not any(r["text"].startswith("Neither China") for s in deported for r in s["reports"])


def test_stories_lists_by_default_only_stories_of_two_articles(nu7_db):
    # the two passages tell different stories: none is reported by two articles
    assert _stories(nu7_db) == []
    assert _stories(nu7_db, "--min-articles", "1", "--min-reports", "1")


def _stories_text(path, *extra):
    import newstrace.cli_track  # noqa: F401  (registers the commands)
    from typer.testing import CliRunner

    from newstrace.cli import app

    res = CliRunner().invoke(app, ["stories", "--db", path, *extra])
    assert res.exit_code == 0, res.output
    return res.stdout


def test_stories_summary_is_output_and_points_to_one_article_stories(nu7_db):
    # new-user trial 8: "0 of 241 stories shown" went to stderr, with no way to the others
    out = _stories_text(nu7_db).splitlines()
    assert out[-1].startswith("0 of ")
    assert "--min-articles 1 --min-reports 1" in out[-1]


def test_stories_long_title_ends_with_ellipsis(nu7_db):
    out = _stories_text(nu7_db, "--min-articles", "1", "--min-reports", "1")
    line = next(li for li in out.splitlines() if "The Centre for Aviation's database" in li)
    # the sentence goes on past 90 characters ("... as belonging to the Air Force and states ...")
    assert line.endswith("\u2026")
    assert "Air Force and states it runs flights with Boeing 707s" not in line


# FNC-1 body 273 (new-user trial 8): no date, no outlet, read from a file.
_FNC1_273 = ("The Lebanese army detained a wife and daughter of Islamic State leader Abu Bakr al-Baghdadi "
             "as they crossed from Syria nine days ago, security officials said on Tuesday, in a move seen "
             "as likely to put pressure on the Islamist chief.")


def test_story_of_outlet_less_article_names_its_file(nlp, tmp_path):
    pytest.importorskip("duckdb")
    import newstrace.cli_track  # noqa: F401  (registers the commands)
    from typer.testing import CliRunner

    from newstrace.cli import app
    from newstrace.ingest import article_from_text
    from newstrace.pipeline import read_articles
    from newstrace.store import Store

    art = article_from_text(_FNC1_273, path="/tmp/arts/fnc1-273.txt")
    db = str(tmp_path / "fnc.duckdb")
    with Store(db) as store:
        store.add_batch(list(read_articles(nlp, [art])))
    listed = _stories(db, "--min-articles", "1", "--min-reports", "1")
    # "security officials said": unnamed officials, so the article itself is the origin
    detained = next(s for s in listed if "Lebanese army detained" in s["summary"])
    res = CliRunner().invoke(app, ["story", detained["id"], "--db", db])
    assert res.exit_code == 0, res.output
    assert "by (unknown outlet)" in res.stdout
    assert f"fnc1-273.txt (article {art.id[:12]})" in res.stdout
    assert f"origin: article:{art.id[:12]}" not in res.stdout


# Wikinews, 23 January 2019 (new-user trial 8): the title, the lead and the closing paragraph.
_MAHAN = ("Germany bans Mahan Air of Iran, citing 'security'\n\n"
          "Germany on Monday banned Iranian airline Mahan Air from flying in the European nation, with "
          "officials saying this is for security reasons.\n\n"
          "Last year US President Donald Trump withdrew the US from a nuclear nonproliferation treaty "
          "with Iran, which had been agreed under former US President Barack Obama. Reuters reported on "
          "Monday a German government source, whom they did not name, said the ban on Mahan Air is not "
          "part of any broader plan to increase sanctions on Iran.")


def test_negated_property_of_an_event_does_not_contest_it(nlp, tmp_path):
    pytest.importorskip("duckdb")
    from newstrace.ingest import article_from_text
    from newstrace.pipeline import read_articles
    from newstrace.store import Store

    db = str(tmp_path / "mahan.duckdb")
    with Store(db) as store:
        store.add_batch(list(read_articles(nlp, [article_from_text(
            _MAHAN, outlet="Wikinews", published="2019-01-23")])))
    listed = _stories(db, "--min-articles", "1", "--min-reports", "1")
    # "the ban ... is not part of any broader plan" says the ban is no part of a plan: it
    # confirms the ban, and no one denies it
    bans = [s for s in listed if any(r["text"].startswith("Germany bans Mahan Air") for r in s["reports"])]
    assert bans and all(s["status"] != "contested" for s in bans)
    assert not any(r["relation"] == "contradicts" and "broader plan" in r["text"]
                   for s in listed for r in s["reports"])


# New-user trials 8 and 9: five whole articles (tests/data/track/trials.jsonl), ingested from
# text files with sidecars into a DuckDB store, as README.md says.
TRIALS = CORPUS.parent / "trials.jsonl"


@pytest.fixture(scope="module")
def trials_db(nlp, tmp_path_factory):
    pytest.importorskip("duckdb")
    from newstrace.ingest import article_from_text
    from newstrace.pipeline import read_articles
    from newstrace.store import Store

    rows = [json.loads(line) for line in TRIALS.read_text(encoding="utf-8").splitlines()]
    arts = [article_from_text(r["text"], title=r["title"], published=r["published"][:10],
                              outlet=r["outlet"], url=r["url"]) for r in rows]
    path = str(tmp_path_factory.mktemp("trials") / "trials.duckdb")
    with Store(path) as store:
        store.add_batch(list(read_articles(nlp, arts)))
    return _stories(path, "--min-articles", "1", "--min-reports", "1")


def _story_of(stories, phrase: str) -> dict:
    found = [s for s in stories if any(phrase in r["text"] for r in s["reports"])]
    assert found, f"no report contains {phrase!r}"
    return found[0]


def _texts(story) -> str:
    return " | ".join(r["text"] for r in story["reports"])


def test_rejections_by_other_parties_are_other_stories(trials_db):
    # India's spokesperson ("We strongly reject the baseless allegations made by Pakistan")
    # rejects an allegation about India; the Afghan Taliban one about Afghanistan, and
    # Pakistan and China reject claims about the Baloch: three parties, three rejections
    taliban = _story_of(trials_db, "The Afghan Taliban have rejected")
    assert "We strongly reject" not in _texts(taliban)
    assert "Both Pakistan and China reject" not in _texts(taliban)
    assert "Randhir Jaiswal" not in taliban["origins"]


def test_a_rejection_of_allegations_does_not_contradict_a_demand(trials_db):
    # "Pakistan expects the Interim Afghan Government to … deny use of its soil for terrorist
    # activities against Pakistan" is a demand; India's "We strongly reject the baseless
    # allegations made by Pakistan" rejects the charge of backing militants, not the demand
    demand = _story_of(trials_db, "deny use of its soil")
    assert "We strongly reject" not in _texts(demand)
    assert not any(r["relation"] == "contradicts" for r in demand["reports"])


def test_supporting_other_parties_are_other_claims_and_a_post_counts_toward_its_author(trials_db):
    # Pompeo: Mahan is "supporting the Iranian regime's destructive ambitions"; Grenell: it
    # contributed to suffering "by supporting Syrian President Bashar al-Assad"
    pompeo = _story_of(trials_db, "supporting the Iranian regime")
    assert "Bashar al-Assad" not in _texts(pompeo)
    assert pompeo["status"] != "corroborated"
    # "according to a tweet on Monday by US Secretary of State Mike Pompeo": Pompeo's word
    assert pompeo["origins"] == ["Mike Pompeo"]


def test_a_toll_of_victims_is_not_the_militants_killed(trials_db):
    toll = _story_of(trials_db, "At least 21 passengers and four paramilitary troops died")
    # the updated toll (VOA, 14 March) is the same deaths ...
    assert "31 people, including 23 security personnel, lost their lives" in _texts(toll)
    # ... the 33 militants the army killed are not
    assert "33 BLA terrorists" not in _texts(toll) and "suicide bombers" not in _texts(toll)


def test_killings_of_other_victims_do_not_corroborate_each_other(trials_db):
    # Ajmal: the militants "shot and killed people on the train"; the army spokesman:
    # "snipers killed suicide bombers" — another act, by other people, on other people
    train = _story_of(trials_db, "killed people on the train")
    assert "snipers killed suicide bombers" not in _texts(train)
    snipers = _story_of(trials_db, "snipers killed suicide bombers")
    assert "killed people on the train" not in _texts(snipers)


def test_aims_of_other_purposes_are_other_claims(trials_db):
    # Trump: tariffs "aimed at raising government revenue"; Hassett: "aimed at cutting the
    # tens thousands of fentanyl deaths": they share only the verb
    revenue = _story_of(trials_db, "aimed at raising government revenue")
    assert "fentanyl deaths" not in _texts(revenue)
