"""The store: readings, failures, stories and source records in one DuckDB file.

``newstrace ingest`` writes articles and their :class:`~newstrace.records.Reading` here, one
transaction per batch; ``newstrace track`` reads the readings back and replaces the stories and
source records. Re-ingesting an article changes nothing (its id is the sha256 of its text).

Why DuckDB: one embedded file with no server (like SQLite), but columnar and built for the
analytical queries this data gets (claims per outlet per month, origins per story); it reads
and writes JSON columns and, at scale, queries the same records as Parquet partitions in
place (``DESIGN.md``, "store"). It is ACID: a batch is committed whole or not at all, and the
write-ahead log is replayed after a crash, so a killed ``ingest`` leaves a consistent file.

Tables (``SCHEMA_VERSION`` "1"; every ``*_char`` is a half-open offset into ``articles.text``)::

    meta(key PRIMARY KEY, value)                       schema_version, created_by
    articles(id PRIMARY KEY, title, published DATE, outlet, url, path, text,
             ingested_at TIMESTAMP)                    ingested_at in UTC
    readings(article_id PRIMARY KEY, reading JSON)     the whole Reading (model_dump_json)
    claims(article_id, claim_id, start_char, end_char, text, kind, label, value, event_type,
           actor, target, origin, chain JSON, PRIMARY KEY (article_id, claim_id))
                                                       flat columns for SQL: label/value are
                                                       the author's factuality, actor/target
                                                       the event's participant names, origin
                                                       the attribution origin's name, chain
                                                       the chain's names (immediate first)
    failures(source, reason, recorded_at TIMESTAMP, PRIMARY KEY (source, reason))
                                                       recorded_at: first seen, UTC ("at" is
                                                       a reserved word in DuckDB 2)
    stories(id PRIMARY KEY, position, story JSON, status, independent_origins,
            first_reported DATE)                       the whole Story + columns to filter on
    source_records(position, name, kind, record JSON)  the whole SourceRecord

Example (SQL over the file)::

    SELECT a.outlet, c.label, count(*) FROM claims c JOIN articles a ON a.id = c.article_id
    GROUP BY ALL ORDER BY 3 DESC;
"""
from __future__ import annotations

import datetime as dt
import json
import os
import re
from contextlib import contextmanager
from typing import Iterable, Iterator

import duckdb

from newstrace import __version__
from newstrace.errors import NewstraceError
from newstrace.records import Reading, SourceRecord, Story
from newstrace.sources import Failure

SCHEMA_VERSION = "1"
DEFAULT_PATH = "newstrace.duckdb"

_SCHEMA = (
    "CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL)",
    """CREATE TABLE articles (id VARCHAR PRIMARY KEY, title VARCHAR, published DATE,
        outlet VARCHAR, url VARCHAR, path VARCHAR, text VARCHAR NOT NULL,
        ingested_at TIMESTAMP NOT NULL)""",
    "CREATE TABLE readings (article_id VARCHAR PRIMARY KEY, reading JSON NOT NULL)",
    """CREATE TABLE claims (article_id VARCHAR NOT NULL, claim_id VARCHAR NOT NULL,
        start_char INTEGER NOT NULL, end_char INTEGER NOT NULL, text VARCHAR NOT NULL,
        kind VARCHAR, label VARCHAR, value VARCHAR, event_type VARCHAR, actor VARCHAR,
        target VARCHAR, origin VARCHAR, chain JSON, PRIMARY KEY (article_id, claim_id))""",
    """CREATE TABLE failures (source VARCHAR NOT NULL, reason VARCHAR NOT NULL,
        recorded_at TIMESTAMP NOT NULL, PRIMARY KEY (source, reason))""",
    """CREATE TABLE stories (id VARCHAR PRIMARY KEY, position INTEGER NOT NULL,
        story JSON NOT NULL, status VARCHAR NOT NULL, independent_origins INTEGER NOT NULL,
        first_reported DATE)""",
    """CREATE TABLE source_records (position INTEGER NOT NULL, name VARCHAR NOT NULL,
        kind VARCHAR NOT NULL, record JSON NOT NULL)""",
)
_TABLES = ("meta", "articles", "readings", "claims", "failures", "stories", "source_records")


class StoreError(NewstraceError):
    """The database cannot be opened or written: not a DuckDB file, another schema version,
    locked by another process, a failed write. ``path`` is the database file."""


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


def _problem(err: Exception) -> str:
    """A DuckDB error as one line that says what to do."""
    text = " ".join(str(err).split())
    if "not a valid DuckDB database file" in text:
        return "not a DuckDB database file; give another --db path"
    lock = re.search(r"Conflicting lock is held in .*?\(PID (\d+)\)", text)
    if "Could not set lock" in text:
        who = f" (PID {lock.group(1)})" if lock else ""
        return f"the database is in use by another process{who}; wait for it to finish"
    if "database does not exist" in text:
        return "no such database file"
    if "Corrupt database file" in text or "Could not read enough bytes" in text:
        return ("the file is damaged (a checksum mismatch or a truncated block); "
                "restore it from a copy, or ingest into a new --db file")
    text = re.sub(r"^[A-Za-z ]+ Error: ", "", text)
    return text if len(text) <= 200 else text[:199] + "…"


def _interrupted(err: BaseException) -> bool:
    """DuckDB turns a Ctrl-C that arrives inside a query into ``RuntimeError("Query
    interrupted")`` (or ``duckdb.InterruptException``), not KeyboardInterrupt."""
    return isinstance(err, duckdb.InterruptException) or (
        isinstance(err, RuntimeError) and str(err) == "Query interrupted")


@contextmanager
def _reads(path: str):
    """Turn what DuckDB raises while reading into what callers handle: ``StoreError`` (a
    damaged file: checksum mismatch, truncated) and ``KeyboardInterrupt`` (Ctrl-C inside
    a query, see :func:`_interrupted`)."""
    try:
        yield
    except (duckdb.Error, RuntimeError) as err:
        if _interrupted(err):
            raise KeyboardInterrupt from None
        if not isinstance(err, duckdb.Error):
            raise
        raise StoreError(f"cannot read the database: {_problem(err)}", path) from None


class Store:
    """A newstrace database (one DuckDB file). Use as a context manager, or call :meth:`close`.

    One process writes at a time (DuckDB locks the file); readers in other processes open it
    with ``read_only=True`` once the writer is done.

    Args:
        path: the database file (created with the schema when missing or empty), or
            ``":memory:"`` for a database that lives as long as the object.
        read_only: open without writing (the file must exist and be a newstrace database).

    Raises:
        StoreError: the file is not a DuckDB database, or a DuckDB database that is not a
            newstrace one, or its ``meta.schema_version`` is not :data:`SCHEMA_VERSION`, or it
            is locked by another process; the message is one line.
    """

    def __init__(self, path: str | os.PathLike = DEFAULT_PATH, *, read_only: bool = False):
        self.path = str(path)
        if os.path.isdir(self.path):
            raise StoreError("is a directory, not a database file", self.path)
        folder = os.path.dirname(os.path.abspath(self.path))
        if not os.path.isdir(folder):
            # (new-user trial 16: DuckDB's own 'Cannot open file "…": No such file or directory')
            raise StoreError(f"no such folder {folder}; create it or give another --db path", self.path)
        try:
            self._con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as err:
            raise StoreError(_problem(err), self.path) from None
        try:
            with _reads(self.path):
                self._prepare(read_only)
        except BaseException:
            self._con.close()
            raise

    # --- opening -------------------------------------------------------------------------

    def _prepare(self, read_only: bool) -> None:
        tables = {name for (name,) in self._con.execute(
            "SELECT table_name FROM duckdb_tables() "
            "WHERE database_name = current_database() AND schema_name = 'main'").fetchall()}
        if not tables:
            if read_only:
                raise StoreError("not a newstrace database (it has no tables)", self.path)
            self._create()
            return
        if "meta" not in tables:
            raise StoreError("a DuckDB database, but not a newstrace one (no meta table); "
                             "give another --db path", self.path)
        row = self._con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        version = row[0] if row else None
        if version != SCHEMA_VERSION:
            raise StoreError(f"database schema version {version!r}, but this newstrace uses "
                             f"{SCHEMA_VERSION!r}; ingest into a new --db file", self.path)
        missing = [t for t in _TABLES if t not in tables]
        if missing:
            raise StoreError(f"damaged newstrace database (missing tables: {', '.join(missing)})",
                             self.path)

    def _create(self) -> None:
        def create():
            for statement in _SCHEMA:
                self._con.execute(statement)
            self._con.executemany("INSERT INTO meta VALUES (?, ?)",
                                  [["schema_version", SCHEMA_VERSION],
                                   ["created_by", f"newstrace {__version__}"]])

        self._transaction(create, "cannot create the schema")

    def _transaction(self, work, what: str):
        """Run ``work()`` in one transaction: all of it is committed, or (on any exception,
        KeyboardInterrupt included) none of it. DuckDB errors become StoreError."""
        self._con.begin()
        committed = False
        try:
            result = work()
            self._con.commit()
            committed = True
            return result
        except (duckdb.Error, RuntimeError) as err:
            if _interrupted(err):
                raise KeyboardInterrupt from None
            if not isinstance(err, duckdb.Error):
                raise
            raise StoreError(f"{what}: {_problem(err)}", self.path) from None
        finally:
            if not committed:
                try:
                    self._con.rollback()
                except duckdb.Error:
                    pass   # the failed commit already ended the transaction

    # --- lifecycle -----------------------------------------------------------------------

    def close(self) -> None:
        """Close the connection (idempotent). Committed batches are already on disk."""
        if self._con is not None:
            self._con.close()
            self._con = None

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- articles and readings -----------------------------------------------------------

    def has_article(self, article_id: str) -> bool:
        """True when an article with this id (sha256 of its text) is stored.

        Raises:
            KeyboardInterrupt: Ctrl-C arrived during the query (DuckDB's own error for it is
                turned back into the interrupt the caller expects)."""
        with _reads(self.path):
            return self._con.execute("SELECT 1 FROM articles WHERE id = ?",
                                     [article_id]).fetchone() is not None

    def add_batch(self, readings: list[Reading], failures: Iterable[Failure] = ()) -> tuple[int, int]:
        """Store a batch of readings and failures in ONE transaction.

        An article already stored (or twice in the batch) is skipped and counted as a
        duplicate, so adding the same batch twice changes nothing. A failure already recorded
        (same source and reason) is not recorded again. On any error, or a KeyboardInterrupt,
        the transaction is rolled back and nothing of the batch is stored.

        Args:
            readings: Readings as :func:`newstrace.pipeline.read_articles` yields them; each
                writes one ``articles`` row, one ``readings`` row and one ``claims`` row a claim.
            failures: inputs that could not be read (:class:`newstrace.sources.Failure`).

        Returns:
            ``(stored, duplicates)``: articles written, articles skipped as already present.

        Raises:
            StoreError: the write failed (disk full, file removed, …); nothing was stored.
        """
        failures = list(failures)
        if not readings and not failures:
            return 0, 0
        now = _utcnow()

        def write() -> tuple[int, int]:
            con = self._con
            ids = [r.article.id for r in readings] or [""]
            present = {i for (i,) in con.execute(
                "SELECT id FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[]))", [ids]).fetchall()}
            new: list[Reading] = []
            for r in readings:
                if r.article.id not in present:
                    present.add(r.article.id)
                    new.append(r)
            if new:
                con.executemany("INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?)", [
                    [a.id, a.title, a.published, a.outlet, a.url, a.path, a.text, now]
                    for a in (r.article for r in new)])
                con.executemany("INSERT INTO readings VALUES (?, ?)",
                                [[r.article.id, r.model_dump_json()] for r in new])
                claims = [row for r in new for row in _claim_rows(r)]
                if claims:
                    con.executemany("INSERT INTO claims VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                    claims)
            if failures:
                rows = list({(f.source, f.reason): [f.source, f.reason, now] for f in failures}.values())
                con.executemany("INSERT OR IGNORE INTO failures VALUES (?, ?, ?)", rows)
            return len(new), len(readings) - len(new)

        return self._transaction(write, "cannot store the batch")

    def reading(self, article_id: str) -> Reading | None:
        """The stored Reading of one article, or ``None``."""
        with _reads(self.path):
            row = self._con.execute("SELECT reading FROM readings WHERE article_id = ?",
                                    [article_id]).fetchone()
        return Reading.model_validate_json(row[0]) if row else None

    def readings(self) -> Iterator[Reading]:
        """Every stored Reading, ordered by the article's ``published`` date (undated last),
        then by article id. Streams in chunks on its own cursor, so the caller may write to
        the store (e.g. :meth:`replace_stories`) while iterating.
        """
        cursor = self._con.cursor()
        try:
            with _reads(self.path):
                cursor.execute("SELECT r.reading FROM readings r JOIN articles a ON a.id = r.article_id "
                               "ORDER BY a.published ASC NULLS LAST, a.id")
            while True:
                with _reads(self.path):
                    rows = cursor.fetchmany(256)
                if not rows:
                    break
                for (data,) in rows:
                    yield Reading.model_validate_json(data)
        finally:
            cursor.close()

    # --- stories and source records --------------------------------------------------------

    def replace_stories(self, stories: list[Story], records: list[SourceRecord]) -> None:
        """Replace all stories and source records with these, in ONE transaction (the tracker
        recomputes them from all readings; a failure leaves the previous ones in place).

        Args:
            stories: the stories, in the order :meth:`stories` will return them.
            records: the source records, in the order :meth:`source_records` will return them.

        Raises:
            StoreError: the write failed (e.g. two stories with one id); nothing changed.
        """
        def write() -> None:
            con = self._con
            con.execute("DELETE FROM stories")
            con.execute("DELETE FROM source_records")
            if stories:
                con.executemany("INSERT INTO stories VALUES (?, ?, ?, ?, ?, ?)", [
                    [s.id, i, s.model_dump_json(), s.status, s.independent_origins, s.first_reported]
                    for i, s in enumerate(stories)])
            if records:
                con.executemany("INSERT INTO source_records VALUES (?, ?, ?, ?)", [
                    [i, r.name, r.kind, r.model_dump_json()] for i, r in enumerate(records)])

        self._transaction(write, "cannot store the stories")

    def stories(self) -> list[Story]:
        """All stories, in the order :meth:`replace_stories` was given them."""
        with _reads(self.path):
            rows = self._con.execute("SELECT story FROM stories ORDER BY position").fetchall()
        return [Story.model_validate_json(s) for (s,) in rows]

    def story(self, story_id: str) -> Story | None:
        """One story by id, or ``None``."""
        with _reads(self.path):
            row = self._con.execute("SELECT story FROM stories WHERE id = ?", [story_id]).fetchone()
        return Story.model_validate_json(row[0]) if row else None

    def source_records(self) -> list[SourceRecord]:
        """All source records, in the order :meth:`replace_stories` was given them."""
        with _reads(self.path):
            rows = self._con.execute("SELECT record FROM source_records ORDER BY position").fetchall()
        return [SourceRecord.model_validate_json(r) for (r,) in rows]

    # --- failures and counts -------------------------------------------------------------

    def failures(self) -> list[tuple[str, str]]:
        """Recorded failures as ``(source, reason)``, oldest first."""
        with _reads(self.path):
            return [(s, r) for s, r in self._con.execute(
                "SELECT source, reason FROM failures ORDER BY recorded_at, rowid").fetchall()]

    def counts(self) -> dict[str, int]:
        """Row counts: ``{"articles", "claims", "failures", "stories", "source_records"}``."""
        with _reads(self.path):
            row = self._con.execute(
                "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM claims), "
                "(SELECT count(*) FROM failures), (SELECT count(*) FROM stories), "
                "(SELECT count(*) FROM source_records)").fetchone()
        return dict(zip(("articles", "claims", "failures", "stories", "source_records"), row))


def _claim_rows(reading: Reading) -> list[list]:
    rows = []
    for c in reading.claims:
        event = c.event
        chain = [s.name for s in c.attribution.chain]
        rows.append([reading.article.id, c.id, c.start_char, c.end_char, c.text, c.kind,
                     c.factuality.label, c.factuality.value,
                     event.type if event else None,
                     event.actor.name if event and event.actor else None,
                     event.target.name if event and event.target else None,
                     c.attribution.origin.name if c.attribution.origin else None,
                     json.dumps(chain, ensure_ascii=False)])
    return rows
