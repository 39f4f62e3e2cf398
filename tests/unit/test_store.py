"""The store (newstrace.store) and the multi-record readers (newstrace.sources).

Real DuckDB files in tmp_path, real WARC files written with warcio; Readings are built by hand
(no model), so these tests run without the spaCy pipeline.
"""
from __future__ import annotations

import datetime as dt
import gzip
import io
import json
from pathlib import Path

import duckdb
import pytest

from conftest import DATA
from newstrace.ingest import article_from_text
from newstrace.records import (
    Attribution, Claim, Cue, Event, EventParticipant, Factuality, Reading, Source, SourceRecord,
    Span, StatusChange, Story, StoryReport,
)
from newstrace.sources import Failure, detect_format, iter_articles
from newstrace.store import SCHEMA_VERSION, Store, StoreError

STORE = DATA / "store"
INGEST = DATA / "ingest"


# --- hand-built records ------------------------------------------------------------------

def reading(text: str, published: str | None = None, outlet: str | None = None) -> Reading:
    """A Reading of ``text`` with one attributed claim (the first sentence after "said that")
    carrying an event, and one author claim."""
    article = article_from_text(text, published=published, outlet=outlet)
    said = text.index("said")
    first = Claim(id="c1", text=text[:said - 1], start_char=0, end_char=said - 1,
                  factuality=Factuality(label="asserted", value="CT+"))
    source = Source(name="Officials", mention="officials", start_char=said - 10, end_char=said - 1,
                    type="unnamed official", cue=Cue(text="said", start_char=said, end_char=said + 4),
                    factuality=Factuality(label="asserted", value="CT+"))
    second = Claim(id="c2", text=text[said:], start_char=said, end_char=len(text),
                   attribution=Attribution(chain=[source], origin=source, quote="indirect"),
                   factuality=Factuality(label="reported", value="Uu"),
                   event=Event(type="ASSAULT", cameo="190", trigger=Span(text="said", start_char=said, end_char=said + 4),
                               actor=EventParticipant(text="army", start_char=0, end_char=4, name="the army", sector="military"),
                               target=EventParticipant(text="town", start_char=5, end_char=9, name="the town")))
    return Reading(article=article, claims=[first, second])


R1 = reading("Army shells town. Local officials said the army attacked the town at dawn.", "2019-05-31", "Wire")
R2 = reading("Rebels deny attack. Rebel officials said no attack took place on Friday.", "2019-05-30")
R3 = reading("Town calm again. Residents said the streets were quiet on Sunday evening.")


def story(sid: str, status="unverified") -> Story:
    report = StoryReport(article_id=R1.article.id, claim_id="c2", start_char=18, end_char=70,
                         text="the army attacked the town", outlet="Wire", published=dt.date(2019, 5, 31),
                         origin="Officials", chain=["Officials"], label="reported")
    return Story(id=sid, status=status, independent_origins=1, origins=["Officials"],
                 first_reported=dt.date(2019, 5, 31), first_reporter="Wire", event_type="ASSAULT",
                 summary="army attacked the town", reports=[report],
                 timeline=[StatusChange(published=dt.date(2019, 5, 31), status=status,
                                        article_id=R1.article.id, claim_id="c2", reason="first report")])


@pytest.fixture
def db(tmp_path) -> Path:
    return tmp_path / "nt.duckdb"


# --- opening, schema, refusal --------------------------------------------------------------

def test_new_store_creates_file_and_schema(db):
    with Store(db) as store:
        assert store.counts() == {"articles": 0, "claims": 0, "failures": 0, "stories": 0,
                                  "source_records": 0}
    assert db.is_file()
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone() == (SCHEMA_VERSION,)
    tables = {t for (t,) in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
    assert tables == {"meta", "articles", "readings", "claims", "failures", "stories", "source_records"}
    con.close()


def test_other_schema_version_is_refused(db):
    Store(db).close()
    con = duckdb.connect(str(db))
    con.execute("UPDATE meta SET value = '0' WHERE key = 'schema_version'")
    con.close()
    with pytest.raises(StoreError) as info:
        Store(db)
    message = str(info.value)
    assert "\n" not in message and str(db) in message
    assert "schema version '0'" in message and f"'{SCHEMA_VERSION}'" in message


def test_a_file_that_is_not_a_database_is_refused(tmp_path):
    path = tmp_path / "notes.duckdb"
    path.write_text("not a database, just some notes\n" * 20)
    with pytest.raises(StoreError) as info:
        Store(path)
    assert "not a DuckDB database" in str(info.value) and "\n" not in str(info.value)
    assert path.read_text().startswith("not a database")        # left untouched


def test_a_duckdb_database_of_something_else_is_refused(db):
    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE sales (id INTEGER)")
    con.close()
    with pytest.raises(StoreError, match="not a newstrace one"):
        Store(db)


def test_read_only_needs_an_existing_database(db):
    with pytest.raises(StoreError, match="no such database"):
        Store(db, read_only=True)
    Store(db).close()
    with Store(db, read_only=True) as store:
        assert store.counts()["articles"] == 0


def test_a_database_in_use_is_refused(db):
    import subprocess
    import sys

    holder = subprocess.Popen([sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); "
                               "print('open', flush=True); time.sleep(60)", str(db)],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline() == "open\n"
        with pytest.raises(StoreError) as info:
            Store(db)
        assert str(info.value) == (f"{db}: the database is in use by another process (PID {holder.pid}); "
                                   "wait for it to finish")
    finally:
        holder.kill()
        holder.wait()


def test_a_directory_is_refused(tmp_path):
    with pytest.raises(StoreError, match="directory"):
        Store(tmp_path)


# --- add_batch -----------------------------------------------------------------------------

def test_add_batch_writes_article_reading_and_claim_rows(db):
    failure = Failure("feed.jsonl:3", "invalid JSON (Expecting value at column 1)")
    with Store(db) as store:
        assert store.add_batch([R1, R2], [failure]) == (2, 0)
        assert store.has_article(R1.article.id) and not store.has_article(R3.article.id)
        assert store.reading(R1.article.id) == R1
        assert store.failures() == [("feed.jsonl:3", "invalid JSON (Expecting value at column 1)")]
    con = duckdb.connect(str(db), read_only=True)
    row = con.execute("SELECT title, published, outlet, text, ingested_at FROM articles WHERE id = ?",
                      [R1.article.id]).fetchone()
    assert row[:4] == (R1.article.title, dt.date(2019, 5, 31), "Wire", R1.article.text)
    assert isinstance(row[4], dt.datetime)
    claims = con.execute("SELECT claim_id, start_char, end_char, text, kind, label, value, event_type, "
                         "actor, target, origin, chain FROM claims WHERE article_id = ? ORDER BY claim_id",
                         [R1.article.id]).fetchall()
    c2 = R1.claims[1]
    assert claims[0][:7] == ("c1", 0, R1.claims[0].end_char, R1.claims[0].text, "claim", "asserted", "CT+")
    assert claims[0][7:11] == (None, None, None, None)
    assert claims[1][:11] == ("c2", c2.start_char, c2.end_char, c2.text, "claim", "reported", "Uu",
                              "ASSAULT", "the army", "the town", "Officials")
    assert json.loads(claims[1][11]) == ["Officials"]
    # the JSON column is queryable as JSON
    assert con.execute("SELECT reading->>'$.article.outlet' FROM readings WHERE article_id = ?",
                       [R1.article.id]).fetchone() == ("Wire",)
    con.close()


def test_add_batch_is_idempotent(db):
    with Store(db) as store:
        assert store.add_batch([R1, R2], [Failure("a.txt", "file is empty")]) == (2, 0)
        counts = store.counts()
        assert store.add_batch([R1, R2], [Failure("a.txt", "file is empty")]) == (0, 2)
        assert store.counts() == counts
        assert store.add_batch([R3, R3, R1]) == (1, 2)        # twice in one batch, and stored before
        assert store.counts()["articles"] == 3 and store.counts()["failures"] == 1


def test_a_failed_batch_stores_nothing(db):
    """Two claims with one id break the claims primary key: the whole batch is rolled back,
    the articles written before the error included, and the store stays usable."""
    broken = R3.model_copy(update={"claims": [R3.claims[0], R3.claims[0]]})
    with Store(db) as store:
        with pytest.raises(StoreError, match="cannot store the batch") as info:
            store.add_batch([R1, broken], [Failure("x", "y")])
        assert "\n" not in str(info.value)
        assert store.counts() == {"articles": 0, "claims": 0, "failures": 0, "stories": 0, "source_records": 0}
        assert store.add_batch([R1]) == (1, 0)


def test_an_interrupted_batch_stores_nothing(db):
    """A KeyboardInterrupt inside the transaction (here: while the claims are built) rolls
    the batch back."""
    class Interrupting(list):
        def __iter__(self):
            raise KeyboardInterrupt

    poisoned = R2.model_copy(update={"claims": Interrupting(R2.claims)})
    with Store(db) as store:
        with pytest.raises(KeyboardInterrupt):
            store.add_batch([R1, poisoned])
        assert store.counts()["articles"] == 0
        assert store.add_batch([R1]) == (1, 0)


def test_batches_survive_reopening(db):
    with Store(db) as store:
        store.add_batch([R1])
    with Store(db) as store:
        assert store.has_article(R1.article.id)
        assert store.add_batch([R1, R2]) == (1, 1)


def test_readings_are_ordered_by_published_then_id(db):
    with Store(db) as store:
        store.add_batch([R3, R1, R2])
        assert [r.article.id for r in store.readings()] == [R2.article.id, R1.article.id, R3.article.id]
        assert list(store.readings())[1] == R1


def test_readings_iterate_while_stories_are_written(db):
    with Store(db) as store:
        store.add_batch([R1, R2, R3])
        seen = []
        for r in store.readings():
            seen.append(r.article.id)
            store.replace_stories([story(f"s{len(seen)}")], [])
        assert len(seen) == 3 and [s.id for s in store.stories()] == ["s3"]


# --- stories and source records -------------------------------------------------------------

def test_replace_stories_round_trip_and_replace(db):
    records = [SourceRecord(name="Wire", kind="outlet", claims=2, unverified=2),
               SourceRecord(name="unnamed official", kind="source type", claims=1, refuted=1,
                            reliability=["unreliable: proven false"])]
    with Store(db) as store:
        store.replace_stories([story("s2"), story("s1", "refuted")], records)
        assert [s.id for s in store.stories()] == ["s2", "s1"]             # the order given
        assert store.story("s1") == story("s1", "refuted") and store.story("nope") is None
        assert store.source_records() == records
        store.replace_stories([story("s3")], records[:1])
        assert [s.id for s in store.stories()] == ["s3"] and store.source_records() == records[:1]
        assert store.counts()["stories"] == 1 and store.counts()["source_records"] == 1
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT id, status, independent_origins, first_reported FROM stories").fetchall() == [
        ("s3", "unverified", 1, dt.date(2019, 5, 31))]
    con.close()


def test_replace_stories_failure_keeps_the_previous_stories(db):
    with Store(db) as store:
        store.replace_stories([story("s1")], [])
        with pytest.raises(StoreError, match="cannot store the stories"):
            store.replace_stories([story("s2"), story("s2")], [])
        assert [s.id for s in store.stories()] == ["s1"]


# --- sources: JSON Lines -------------------------------------------------------------------

def split(items):
    articles = [i for i in items if not isinstance(i, Failure)]
    failures = [i for i in items if isinstance(i, Failure)]
    return articles, failures


def test_jsonl_records_and_failures_with_line_numbers():
    path = str(STORE / "feed.jsonl")
    articles, failures = split(list(iter_articles(path)))
    assert len(articles) == 2
    first = articles[0]
    assert first.title == "Flood warnings issued for the river valley"       # the title line
    assert (first.outlet, first.published, first.url, first.path) == (
        "Valley Post", dt.date(2024, 4, 8), "https://valley.example/floods", path)
    assert articles[1].published is None and articles[1].outlet is None
    reasons = {f.source.rsplit(":", 1)[1]: f.reason for f in failures}
    assert set(reasons) == {"3", "4", "5", "6", "7", "9"}                      # line 8 is blank
    assert reasons["3"].startswith("invalid JSON")
    assert reasons["4"] == "invalid date 'last Tuesday'; expected YYYY-MM-DD (e.g. 2019-05-31)"
    assert "not English (detected 'de')" in reasons["5"]
    assert reasons["6"] == "empty text"
    assert reasons["7"] == "expected a JSON object, got list"
    assert reasons["9"] == "'title' must be a string, not int"
    assert all("\n" not in f.reason for f in failures)


def test_defaults_fill_only_what_a_record_lacks():
    articles, _ = split(list(iter_articles(str(STORE / "feed.jsonl"), published=dt.date(2020, 1, 1),
                                           outlet="Default Outlet")))
    assert (articles[0].published, articles[0].outlet) == (dt.date(2024, 4, 8), "Valley Post")
    assert (articles[1].published, articles[1].outlet) == (dt.date(2020, 1, 1), "Default Outlet")


def test_jsonl_not_utf8_and_empty(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_bytes(b'{"text": "Caf\xe9 owners said prices rose."}\n')
    [failure] = iter_articles(str(bad))
    assert failure.source == f"{bad}:1" and failure.reason.startswith("not UTF-8 (byte 0xE9")
    empty = tmp_path / "empty.jsonl"
    empty.write_text("")
    assert list(iter_articles(str(empty))) == [Failure(str(empty), "file is empty")]
    blank = tmp_path / "blank.jsonl"
    blank.write_text("\n\n")
    assert list(iter_articles(str(blank))) == [Failure(str(blank), "no records in the JSON Lines file")]


def test_same_text_twice_has_one_id(tmp_path):
    path = tmp_path / "twice.jsonl"
    line = json.dumps({"text": "The mayor said the park would reopen in June."})
    path.write_text(line + "\n" + line + "\n")
    a, b = iter_articles(str(path))
    assert a.id == b.id


# --- sources: CSV ----------------------------------------------------------------------------

def test_csv_records_bad_date_and_empty_text():
    path = str(STORE / "feed.csv")
    articles, failures = split(list(iter_articles(path)))
    assert [a.title for a in articles] == ["Rail strike called off", None]
    rail = articles[0]
    assert "called off after talks,\nthe transport minister" in rail.text       # quoted newline kept
    assert (rail.outlet, rail.published, rail.url) == ("Rail Gazette", dt.date(2024, 5, 5), "https://rail.example/strike")
    assert articles[1].text.startswith("Shipping firms") and articles[1].published is None
    assert failures == [
        Failure(f"{path}:4", "invalid date '05/05/2024'; expected YYYY-MM-DD (e.g. 2019-05-31)"),
        Failure(f"{path}:5", "empty text"),
    ]


def test_csv_without_text_column_and_ragged_rows(tmp_path):
    nocol = tmp_path / "nocol.csv"
    nocol.write_text("headline,body\nA,B\n")
    [failure] = iter_articles(str(nocol))
    assert failure == Failure(str(nocol), "no 'text' column in the header (columns: 'headline', 'body')")
    ragged = tmp_path / "ragged.csv"
    ragged.write_text("text,outlet\n\"Police said the road was closed.\",Wire\n\"Officials said it reopened.\",Wire,extra\n")
    good, bad = iter_articles(str(ragged))
    assert good.outlet == "Wire"
    assert bad == Failure(f"{ragged}:3", "3 cells; the header has 2")


def test_csv_long_text_over_the_default_field_limit(tmp_path):
    text = "Officials said the plan would work. " * 5000                       # 180 KB > csv's 128 KB
    path = tmp_path / "long.csv"
    path.write_text("text\n\"" + text + "\"\n")
    [article] = iter_articles(str(path))
    assert article.text == text


# --- sources: WARC ---------------------------------------------------------------------------

PAGE = """<!DOCTYPE html><html><head><title>Dam repairs finished</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Dam repairs finished</h1>
<p>Engineers said on Thursday that repairs to the old dam were finished two weeks early, the water board reported.</p>
<p>The reservoir will be refilled over the summer, according to a statement from the regional council.</p>
</article></body></html>"""
DATED_PAGE = PAGE.replace("<title>", '<meta name="date" content="2023-07-01"><title>').replace(
    "two weeks early", "three weeks early")


def write_warc(path: Path, pages, gz: bool = True) -> None:
    """A WARC with a warcinfo record, a request, the given (uri, content_type, body, status)
    responses, and a metadata record."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as f:
        writer = WARCWriter(f, gzip=gz)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "newstrace tests"}))
        for uri, content_type, body, status in pages:
            request = writer.create_warc_record(uri, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"))
            writer.write_record(request)
            headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                uri, "response", payload=io.BytesIO(body), http_headers=headers,
                warc_headers_dict={"WARC-Date": "2021-03-04T05:06:07Z"}))
        writer.write_record(writer.create_warc_record("urn:x", "metadata", payload=io.BytesIO(b"k: v\n"),
                                                      warc_content_type="application/warc-fields"))


def test_warc_gz_html_pages_only(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, [
        ("https://news.example/dam", "text/html; charset=utf-8", PAGE.encode(), "200 OK"),
        ("https://news.example/logo.png", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(64), "200 OK"),
        ("https://news.example/dated", "text/html", DATED_PAGE.encode("latin-1"), "200 OK"),
        ("https://news.example/menu", "text/html", b"<html><body><nav>Home News Sport</nav></body></html>", "200 OK"),
        ("https://news.example/old", "text/html", b"<html><body>Moved</body></html>", "301 Moved Permanently"),
    ])
    assert detect_format(str(path)) == "warc"
    articles, failures = split(list(iter_articles(str(path), outlet="The Ledger")))
    dam, dated = articles
    assert dam.url == "https://news.example/dam" and dam.title == "Dam repairs finished"
    assert "\nEngineers said on Thursday" in dam.text and "Home" not in dam.text
    assert dam.published == dt.date(2021, 3, 4)                      # WARC-Date: the page has none
    assert dam.outlet == "The Ledger" and dam.path == str(path)     # not the host name
    no_outlet = split(list(iter_articles(str(path))))[0][0]
    assert no_outlet.outlet == "news.example"                                   # the host name
    assert dated.published == dt.date(2023, 7, 1)                    # the page's own date wins
    assert failures == [Failure(f"{path}:https://news.example/menu", "no article body found in the HTML")]


def test_warc_date_option_beats_capture_date(tmp_path):
    path = tmp_path / "crawl.warc"
    write_warc(path, [("https://news.example/dam", "text/html", PAGE.encode(), "200 OK")], gz=False)
    [article] = iter_articles(str(path), published=dt.date(2021, 1, 1))
    assert article.published == dt.date(2021, 1, 1)


def test_malformed_warc_is_one_failure(tmp_path):
    garbage = tmp_path / "garbage.warc.gz"
    garbage.write_bytes(gzip.compress(b"this is not a WARC file at all\n" * 10))
    [failure] = iter_articles(str(garbage))
    assert failure.source == str(garbage) and failure.reason.startswith("malformed WARC (")
    assert failure.reason.endswith("nothing read") and "\n" not in failure.reason


def test_damaged_warc_keeps_the_pages_before_the_damage(tmp_path):
    whole = tmp_path / "whole.warc"
    write_warc(whole, [("https://news.example/dam", "text/html", PAGE.encode(), "200 OK"),
                       ("https://news.example/dated", "text/html", DATED_PAGE.encode(), "200 OK")], gz=False)
    data = whole.read_bytes()
    second = data.index(b"WARC/1", data.index(b"https://news.example/dated") - 400)
    damaged = {"garbage.warc": data[:second] + b"garbage line here\r\n\r\nmore",   # a broken record header
               "cut.warc": data[:second + (len(data) - second) // 2]}             # cut inside a record
    for name, content in damaged.items():
        path = tmp_path / name
        path.write_bytes(content)
        first, failure = iter_articles(str(path))
        assert not isinstance(first, Failure) and first.url == "https://news.example/dam"
        assert isinstance(failure, Failure) and "\n" not in failure.reason
        if name == "garbage.warc":
            assert failure == Failure(str(path), "malformed WARC (Invalid WARC record, first line: "
                                      "garbage line here); the rest of the file is skipped")
        else:   # warcio reads a cut record to the end of the file: the page is short of bytes
            assert failure.source == f"{path}:https://news.example/dated"
            assert failure.reason.startswith("record cut short (") and failure.reason.endswith("truncated")


def test_warc_without_html_is_a_failure(tmp_path):
    path = tmp_path / "images.warc.gz"
    write_warc(path, [("https://news.example/logo.png", "image/png", bytes(100), "200 OK")])
    assert list(iter_articles(str(path))) == [Failure(str(path), "no HTML response records in the WARC file")]


# --- sources: text, HTML, directories, detection --------------------------------------------

def test_text_and_html_go_through_read_input():
    [text] = iter_articles(str(INGEST / "plain_article.txt"), published=dt.date(2024, 1, 2))
    assert text.title == "Council approves new bus lanes" and text.published == dt.date(2024, 1, 2)
    [html] = iter_articles(str(INGEST / "article.html"), published=dt.date(2020, 1, 1), outlet="X")
    assert (html.title, html.outlet, html.published) == (
        "Harbour strike ends after six days", "The Coastal Ledger", dt.date(2024, 3, 12))
    assert list(iter_articles(str(INGEST / "german.txt")))[0].reason.startswith("text is not English")
    assert list(iter_articles(str(INGEST / "empty.txt"))) == [Failure(str(INGEST / "empty.txt"), "file is empty")]
    assert list(iter_articles("/nonexistent/a.jsonl")) == [Failure("/nonexistent/a.jsonl", "no such file")]


def test_sidecar_metadata(tmp_path):
    (tmp_path / "a.txt").write_text((INGEST / "plain_article.txt").read_text())
    (tmp_path / "a.meta.json").write_text(json.dumps({"published": "2024-02-03", "outlet": "Marlow Mercury",
                                                      "url": "https://m.example/a"}))
    [article] = iter_articles(str(tmp_path / "a.txt"), published=dt.date(2000, 1, 1))
    assert (article.published, article.outlet, article.url) == (
        dt.date(2024, 2, 3), "Marlow Mercury", "https://m.example/a")


def test_directory_is_walked_in_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "feed.jsonl").write_text((STORE / "feed.jsonl").read_text())
    (tmp_path / "a.txt").write_text((INGEST / "plain_article.txt").read_text())
    (tmp_path / "a.meta.json").write_text("{}")
    (tmp_path / ".hidden.txt").write_text("secret")
    # a folder's own documentation is no article (new-user trial: examples/README.md was stored)
    (tmp_path / "README.md").write_text("# Examples\n\nThe mayor said these files are news articles from a feed.\n")
    (tmp_path / "LICENSE").write_text("The city council said the articles may be shared freely by anyone.\n")
    items = list(iter_articles(str(tmp_path)))
    articles, failures = split(items)
    assert [a.path for a in articles] == [str(tmp_path / "a.txt")] + [str(tmp_path / "b" / "feed.jsonl")] * 2
    assert len(failures) == 6
    (tmp_path / "empty").mkdir()
    assert list(iter_articles(str(tmp_path / "empty"))) == [Failure(str(tmp_path / "empty"), "no files in the directory")]


def test_format_detected_by_content(tmp_path):
    feed = tmp_path / "feed.txt"
    feed.write_text(json.dumps({"text": "The mayor said the park would reopen in June."}) + "\n")
    assert detect_format(str(feed)) == "jsonl"
    crawl = tmp_path / "crawl.bin"
    write_warc(crawl, [("https://news.example/dam", "text/html", PAGE.encode(), "200 OK")])
    assert detect_format(str(crawl)) == "warc"
    assert detect_format(str(INGEST / "plain_article.txt")) == "text"
    assert detect_format(str(INGEST / "article.html")) == "text"
    assert detect_format("-") == "text"
    pretty = tmp_path / "feed.json"
    pretty.write_text(json.dumps([{"text": "The mayor said the park would reopen."}], indent=1))
    assert list(iter_articles(pretty)) == [Failure(str(pretty), "a JSON document, not JSON Lines; give one "
                                                   "article object a line (jq -c '.[]' FILE > FILE.jsonl)")]


def test_jsonl_outlet_defaults_to_the_url_host(tmp_path):
    # a listed outlet's host gives its name, so that "Voice of America" named in a text and the
    # feed's outlet are one origin (new-user trial, session 15); an unlisted host stays the host
    from newstrace.sources import iter_articles

    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"text": "The ministry said on Monday that the talks had failed.", '
                    '"url": "https://www.voanews.com/a/talks/123.html"}\n'
                    '{"text": "The ministry said on Tuesday that the talks had resumed.", '
                    '"url": "https://news.example-gazette.org/a/124.html"}\n', encoding="utf-8")
    assert [a.outlet for a in iter_articles(str(feed))] == ["Voice of America", "news.example-gazette.org"]


def test_ctrl_c_during_a_lookup_is_a_keyboard_interrupt(tmp_path):
    """DuckDB reports a SIGINT inside a query as RuntimeError("Query interrupted"); ingest
    relies on it arriving as KeyboardInterrupt (exit 130, not an internal error)."""
    import os
    import signal
    import threading
    import time

    # Python's own SIGINT handler, even when the run inherited SIGINT ignored (``cmd &``)
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        with Store(tmp_path / "nt.duckdb") as store:
            timer = threading.Timer(0.3, os.kill, (os.getpid(), signal.SIGINT))
            timer.start()
            deadline = time.monotonic() + 20
            with pytest.raises(KeyboardInterrupt):
                while time.monotonic() < deadline:
                    store.has_article("0" * 64)
            timer.join()
            assert store.has_article("0" * 64) is False    # the connection is still usable
    finally:
        signal.signal(signal.SIGINT, previous)


def test_a_database_in_a_missing_folder_is_a_one_line_store_error(tmp_path):
    # new-user trial 16: `ingest --db /tmp/…/nodir/x.duckdb` printed DuckDB's own message
    with pytest.raises(StoreError) as info:
        Store(tmp_path / "nodir" / "x.duckdb")
    assert str(info.value).count("\n") == 0 and "no such folder" in str(info.value)
    assert not (tmp_path / "nodir").exists()


@pytest.mark.parametrize("damage", ["truncate", "overwrite"])
def test_a_damaged_database_file_is_a_store_error(tmp_path, damage):
    path = tmp_path / "nt.duckdb"
    body = " ".join(f"Officials said that the talks in round {i} ended without a deal." for i in range(20000))
    with Store(path) as store:
        store.add_batch([reading(body, published="2019-05-31", outlet="Yonhap")])
    size = path.stat().st_size
    assert size > 600_000
    with open(path, "r+b") as fh:
        if damage == "truncate":
            fh.truncate(size // 2)
        else:
            fh.seek(size // 2)
            fh.write(b"\xff" * 200_000)
    with pytest.raises(StoreError) as info:
        with Store(path) as store:
            list(store.readings())
            store.counts()
    assert "the file is damaged" in str(info.value)


def test_feed_fields_under_other_common_names(tmp_path):
    # the Wikinews dump's columns: url,date,title,text; a news-please style JSON record
    path = tmp_path / "wikinews.csv"
    path.write_text('url,date,title,text\nhttps://en.wikinews.org/wiki/X,2019-07-28,Governor resigns,'
                    '"The governor announced his resignation on Wednesday, officials said."\n',
                    encoding="utf-8")
    (art,) = list(iter_articles(str(path)))
    assert art.published == dt.date(2019, 7, 28) and art.title == "Governor resigns"
    assert art.outlet == "en.wikinews.org"
    feed = tmp_path / "np.jsonl"
    feed.write_text(json.dumps({"text": "The minister resigned on Monday, the ministry said.",
                                "date_publish": "2020-03-02", "headline": "Minister resigns",
                                "publisher": "Daily Ledger", "published": None}) + "\n", encoding="utf-8")
    (art,) = list(iter_articles(str(feed)))
    assert (art.published, art.title, art.outlet) == (dt.date(2020, 3, 2), "Minister resigns", "Daily Ledger")


def test_a_control_character_in_a_json_line_is_named_once(tmp_path):
    # json's message for it ends with "at"; the reason said "character at at column 13"
    path = tmp_path / "feed.jsonl"
    path.write_text('{"text": "ab\x01c"}\n', encoding="utf-8")
    _, failures = split(list(iter_articles(path)))
    assert [f.reason for f in failures] == ["invalid JSON (Invalid control character at column 13)"]
