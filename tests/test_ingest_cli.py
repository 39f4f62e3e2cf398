"""The `newstrace ingest` command: formats, duplicates, failures, exit codes, and what a killed
run leaves behind.

In-process runs use typer's CliRunner (the pipeline is built once per process); the kill tests
run the command in a subprocess with NEWSTRACE_DEBUG_COMMITS=1, wait for the line it prints
after a committed batch, then send SIGINT or SIGKILL.
"""
from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import sys
import threading
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

import newstrace.cli_store  # noqa: F401  (registers `ingest` until cli.py imports it)
from conftest import DATA
from newstrace.cli import app
from newstrace.store import Store
from unit.test_store import PAGE, write_warc

STORE = DATA / "store"
INGEST = DATA / "ingest"
SRC = Path(__file__).resolve().parent.parent / "src"
ENTRY = "import newstrace.cli_store; from newstrace.cli import main; main()"
runner = CliRunner()


@pytest.fixture(scope="module", autouse=True)
def _warm(nlp):
    """Build the cached pipeline once before the CLI asks for it."""


def ingest(*args):
    return runner.invoke(app, ["ingest", *map(str, args)])


def summary(res) -> dict:
    return json.loads(res.stdout)


def complete(db: Path) -> list[str]:
    """Open the database and check every stored article is whole: its readings row, and one
    claims row for each claim of the reading. Returns the stored article ids."""
    with Store(db) as store:
        con = store._con
        ids = [i for (i,) in con.execute("SELECT id FROM articles ORDER BY id").fetchall()]
        for article_id in ids:
            reading = store.reading(article_id)
            assert reading is not None, f"article {article_id} has no reading"
            claims = con.execute("SELECT count(*) FROM claims WHERE article_id = ?", [article_id]).fetchone()[0]
            assert claims == len(reading.claims) > 0
        assert con.execute("SELECT count(*) FROM readings").fetchone()[0] == len(ids)
        assert con.execute("SELECT count(*) FROM claims WHERE article_id NOT IN (SELECT id FROM articles)"
                           ).fetchone()[0] == 0
    return ids


# --- formats, duplicates, failures ----------------------------------------------------------

def test_ingest_twice_stores_once(tmp_path):
    db = tmp_path / "nt.duckdb"
    first = ingest(STORE / "feed.jsonl", "--db", db, "--format", "json")
    assert first.exit_code == 1, first.stderr                  # some records failed
    assert first.stdout.count("\n") == 1
    assert summary(first) == {"read": 2, "stored": 2, "duplicates": 0, "failed": 6}
    second = ingest(STORE / "feed.jsonl", "--db", db, "--format", "json")
    assert summary(second) == {"read": 2, "stored": 0, "duplicates": 2, "failed": 6}
    assert second.exit_code == 1
    with Store(db) as store:
        assert store.counts() == {"articles": 2, "claims": store.counts()["claims"], "failures": 6,
                                  "stories": 0, "source_records": 0}
        assert store.counts()["claims"] > 0
    assert len(complete(db)) == 2


def test_text_summary_and_failure_lines(tmp_path):
    res = ingest(STORE / "feed.jsonl", "--db", tmp_path / "nt.duckdb")
    assert res.stdout == "read 2, stored 2, skipped as duplicate 0, failed 6\n"
    lines = res.stderr.splitlines()
    feed = str(STORE / "feed.jsonl")
    assert [line.split(": ", 2)[1] for line in lines] == [f"{feed}:{n}" for n in (3, 4, 5, 6, 7, 9)]
    assert all(line.startswith("newstrace: ") for line in lines)
    assert f"newstrace: {feed}:4: invalid date 'last Tuesday'; expected YYYY-MM-DD (e.g. 2019-05-31)" in lines
    assert "Traceback" not in res.stderr


def test_every_format_in_one_run(tmp_path):
    crawl = tmp_path / "crawl.warc.gz"
    write_warc(crawl, [("https://news.example/dam", "text/html", PAGE.encode(), "200 OK"),
                       ("https://news.example/logo.png", "image/png", bytes(64), "200 OK")])
    db = tmp_path / "nt.duckdb"
    res = ingest(INGEST / "plain_article.txt", INGEST / "article.html", STORE / "feed.csv", crawl,
                 STORE / "feed.jsonl", "--db", db, "--format", "json", "--batch-size", "3",
                 "--outlet", "Fallback News")
    assert summary(res) == {"read": 1 + 1 + 2 + 1 + 2, "stored": 7, "duplicates": 0, "failed": 2 + 6}
    assert res.exit_code == 1
    with Store(db) as store:
        readings = {r.article.url or r.article.path: r for r in store.readings()}
        assert set(store.failures()) >= {(f"{STORE / 'feed.csv'}:5", "empty text")}
    assert readings["https://news.example/dam"].article.outlet == "Fallback News"
    assert readings[str(INGEST / "article.html")].article.outlet == "The Coastal Ledger"
    assert readings["https://rail.example/strike"].article.outlet == "Rail Gazette"
    assert all(r.claims for r in readings.values())
    assert len(complete(db)) == 7


def test_clean_inputs_exit_0(tmp_path):
    res = ingest(INGEST / "plain_article.txt", INGEST / "article.html", "--db", tmp_path / "nt.duckdb",
                 "--date", "2024-03-01")
    assert res.exit_code == 0, res.stderr
    assert res.stdout == "read 2, stored 2, skipped as duplicate 0, failed 0\n" and res.stderr == ""
    with Store(tmp_path / "nt.duckdb") as store:
        dates = {r.article.path: r.article.published.isoformat() for r in store.readings()}
    assert dates == {str(INGEST / "plain_article.txt"): "2024-03-01",          # --date fills in
                     str(INGEST / "article.html"): "2024-03-12"}               # the page's own date wins


def test_nothing_readable_exits_2(tmp_path):
    res = ingest(INGEST / "german.txt", INGEST / "empty.txt", tmp_path / "missing.csv",
                 "--db", tmp_path / "nt.duckdb", "--format", "json")
    assert res.exit_code == 2
    assert summary(res) == {"read": 0, "stored": 0, "duplicates": 0, "failed": 3}
    assert res.stderr.splitlines()[-1] == f"newstrace: {tmp_path / 'missing.csv'}: no such file"
    with Store(tmp_path / "nt.duckdb") as store:
        assert len(store.failures()) == 3                        # failures are stored as rows


def test_many_failures_are_cut_short(tmp_path):
    feed = tmp_path / "bad.jsonl"
    feed.write_text("".join(f'{{"text": "", "n": {i}}}\n' for i in range(25)))
    res = ingest(feed, "--db", tmp_path / "nt.duckdb")
    lines = res.stderr.splitlines()
    assert len(lines) == 11 and lines[-1] == ("newstrace: … and 15 more failures "
                                              "(SELECT * FROM failures in the database)")
    assert res.exit_code == 2


def test_refused_database_exits_2(tmp_path):
    db = tmp_path / "nt.duckdb"
    Store(db).close()
    con = duckdb.connect(str(db))
    con.execute("UPDATE meta SET value = '9' WHERE key = 'schema_version'")
    con.close()
    res = ingest(INGEST / "plain_article.txt", "--db", db)
    assert res.exit_code == 2 and res.stdout == ""
    assert res.stderr == (f"newstrace: {db}: database schema version '9', but this newstrace uses '1'; "
                          "ingest into a new --db file\n")
    notes = tmp_path / "notes.txt"
    notes.write_text("not a database\n" * 100)
    res = ingest(INGEST / "plain_article.txt", "--db", notes)
    assert res.exit_code == 2
    assert res.stderr == f"newstrace: {notes}: not a DuckDB database file; give another --db path\n"


def test_bad_options_exit_2(tmp_path):
    res = ingest(INGEST / "plain_article.txt", "--db", tmp_path / "nt.duckdb", "--date", "31/05/2019")
    assert res.exit_code == 2
    assert res.stderr == "newstrace: --date: invalid date '31/05/2019'; expected YYYY-MM-DD (e.g. 2019-05-31)\n"
    assert ingest(INGEST / "plain_article.txt", "--batch-size", "0").exit_code == 2
    assert not (tmp_path / "nt.duckdb").exists()


# --- killed mid-run -------------------------------------------------------------------------

ARTICLES = 30


def feed(tmp_path: Path) -> Path:
    """30 distinct articles of ~2 KB (the seed article under 30 headlines): ~0.1 s each in the
    pipeline, so a run is still going when the first batch has been committed."""
    seed = (DATA / "seed_article.txt").read_text(encoding="utf-8").split("\n", 1)[1]
    path = tmp_path / "feed.jsonl"
    with open(path, "w", encoding="utf-8") as f:
        for i in range(ARTICLES):
            f.write(json.dumps({"text": f"Report number {i + 1} of the day\n{seed}",
                                "published": "2019-05-31", "outlet": f"Outlet {i % 4}"}) + "\n")
    return path


def start(tmp_path: Path, *args: str, script: str = ENTRY) -> subprocess.Popen:
    env = {**os.environ, "NEWSTRACE_DEBUG_COMMITS": "1",
           "PYTHONPATH": os.pathsep.join([str(SRC), os.environ.get("PYTHONPATH", "")])}
    # SIGINT at its default, as on a terminal: a test run started in the background (``cmd &``)
    # inherits SIGINT ignored, and Python then never raises KeyboardInterrupt
    return subprocess.Popen([sys.executable, "-c", script, "ingest", *args], cwd=tmp_path, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))


def kill_after_first_commit(proc: subprocess.Popen, sig: int) -> tuple[str, str]:
    """Wait (up to 120 s) for the first committed batch, send ``sig``; return stdout, stderr."""
    lines: queue.Queue = queue.Queue()
    seen: list[str] = []

    def pump():
        for line in proc.stderr:
            lines.put(line)
        lines.put(None)

    threading.Thread(target=pump, daemon=True).start()
    try:
        while True:
            line = lines.get(timeout=120)
            assert line is not None, f"ingest ended before a commit: {''.join(seen)}"
            seen.append(line)
            if line.startswith("newstrace: committed batch"):
                break
        proc.send_signal(sig)
        out = proc.stdout.read()            # stderr is the pump's: communicate() would race it
        proc.wait(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    while (line := lines.get(timeout=10)) is not None:
        seen.append(line)
    return out, "".join(seen)


def rerun_stores_the_rest(path: Path, db: Path, before: int) -> None:
    res = ingest(path, "--db", db, "--batch-size", "8", "--format", "json")
    assert res.exit_code == 0, res.stderr
    assert summary(res) == {"read": ARTICLES, "stored": ARTICLES - before, "duplicates": before, "failed": 0}
    assert len(complete(db)) == ARTICLES


def test_ctrl_c_keeps_committed_batches(tmp_path):
    path, db = feed(tmp_path), tmp_path / "nt.duckdb"
    proc = start(tmp_path, str(path), "--db", str(db), "--batch-size", "2")
    out, err = kill_after_first_commit(proc, signal.SIGINT)
    assert proc.returncode == 130, err
    assert "Traceback" not in err and err.splitlines()[-1] == "newstrace: interrupted"
    stored = complete(db)
    assert 2 <= len(stored) < ARTICLES and len(stored) % 2 == 0          # whole batches only
    committed = [line for line in err.splitlines() if line.startswith("newstrace: committed batch")]
    assert len(committed) == len(stored) // 2
    read = int(out.split()[1].rstrip(","))
    assert out == f"read {read}, stored {len(stored)}, skipped as duplicate 0, failed 0\n"
    assert len(stored) <= read <= ARTICLES
    rerun_stores_the_rest(path, db, len(stored))


def test_sigkill_leaves_a_consistent_database(tmp_path):
    path, db = feed(tmp_path), tmp_path / "nt.duckdb"
    proc = start(tmp_path, str(path), "--db", str(db), "--batch-size", "2")
    kill_after_first_commit(proc, signal.SIGKILL)
    assert proc.returncode == -signal.SIGKILL
    stored = complete(db)                                                 # the WAL is replayed
    assert 2 <= len(stored) < ARTICLES and len(stored) % 2 == 0
    rerun_stores_the_rest(path, db, len(stored))
    # a third run finds every article stored before the pipeline: spaCy is never loaded
    check = ("import sys, newstrace.cli_store\nfrom newstrace.cli import main\ntry:\n    main()\n"
             "finally:\n    print('spacy loaded:', 'spacy' in sys.modules, file=sys.stderr)")
    proc = start(tmp_path, str(path), "--db", str(db), "--format", "json", script=check)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    assert json.loads(out) == {"read": ARTICLES, "stored": 0, "duplicates": ARTICLES, "failed": 0}
    assert "spacy loaded: False" in err
