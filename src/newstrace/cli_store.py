"""The ``newstrace ingest`` command: read inputs into the store, one transaction per batch.

A thin shell over :func:`newstrace.sources.iter_articles`, :func:`newstrace.pipeline.read_articles`
and :class:`newstrace.store.Store`. Articles already stored are skipped before the pipeline
runs, so a re-run over the same inputs costs only the reading of the files. A crash or Ctrl-C
loses only the batch in progress; run the same command again to finish.

Exit codes: 0 every input read, 1 some inputs failed (the others are stored), 2 nothing could be
read, the database is refused, or a usage error; 130 interrupted. Errors are one line on
stderr, ``newstrace: SOURCE: problem``; never a traceback.

Registered on :data:`newstrace.cli.app` on import (``import newstrace.cli_store``).
"""
from __future__ import annotations

import json
import os
import signal
import sys
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import Enum
from typing import List, Optional

import typer

from newstrace.cli import app, date_option, fail
from newstrace.errors import NewstraceError
from newstrace.records import Article, Reading
from newstrace.sources import Failure, iter_articles
from newstrace.store import DEFAULT_PATH, Store, StoreError

SHOWN_FAILURES = 10          # failure lines printed at the end; the rest are in the failures table
FAILURE_FLUSH = 500          # pending failures written even when no batch of articles is full
DEBUG_COMMITS = "NEWSTRACE_DEBUG_COMMITS"   # "1": a stderr line after each committed batch (tests)


class SummaryFormat(str, Enum):
    text = "text"
    json = "json"


@dataclass
class Summary:
    """What one ``ingest`` run did. ``read``: articles read from the inputs; ``stored``:
    articles committed; ``duplicates``: articles already in the store (or twice in the
    inputs); ``failed``: records or files that could not be read, and articles the pipeline
    failed on."""

    read: int = 0
    stored: int = 0
    duplicates: int = 0
    failed: int = 0
    first_failures: list[Failure] = field(default_factory=list)

    def fail(self, failure: Failure) -> None:
        self.failed += 1
        if len(self.first_failures) < SHOWN_FAILURES:
            self.first_failures.append(failure)

    def as_dict(self) -> dict[str, int]:
        return {"read": self.read, "stored": self.stored, "duplicates": self.duplicates,
                "failed": self.failed}

    def line(self) -> str:
        return (f"read {self.read}, stored {self.stored}, skipped as duplicate {self.duplicates}, "
                f"failed {self.failed}")



@contextmanager
def _sigint_deferred():
    """Hold a Ctrl-C that arrives while a batch is committed and its counts updated, then
    raise it: the summary then counts exactly the committed batches."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []
    previous = signal.getsignal(signal.SIGINT)
    signal.signal(signal.SIGINT, lambda signum, frame: caught.append(signum))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous if previous is not None else signal.default_int_handler)
    if caught:
        raise KeyboardInterrupt


class _Progress:
    """A rich progress bar over the inputs on stderr, only when stderr is a terminal."""

    def __init__(self, total: int, summary: Summary):
        self.summary = summary
        self.bar = None
        if sys.stderr.isatty():
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn

            self.bar = Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
                                MofNCompleteColumn(), TextColumn("{task.fields[counts]}"),
                                console=Console(stderr=True), transient=True)
            self.task = self.bar.add_task("ingest", total=total, counts="")

    def __enter__(self) -> "_Progress":
        if self.bar is not None:
            self.bar.start()
        return self

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.stop()

    def update(self, path: str | None = None, advance: int = 0) -> None:
        if self.bar is not None:
            fields = {"counts": self.summary.line()}
            if path is not None:
                fields["description"] = os.path.basename(path.rstrip("/")) or path
            self.bar.update(self.task, advance=advance, **fields)


def _read_batch(batch: list[Article], summary: Summary) -> tuple[list[Reading], list[Failure]]:
    """Run the pipeline over a batch. If the batch raises (a bug on one article), read its
    articles one by one, so one bad article becomes a Failure and the others are kept."""
    from newstrace.pipeline import build_pipeline, read_articles

    nlp = build_pipeline()   # cached per process; ModelMissingError propagates (exit 2)
    try:
        return list(read_articles(nlp, batch, batch_size=len(batch))), []
    except Exception:  # noqa: BLE001 — retried article by article below
        pass
    readings, failures = [], []
    for article in batch:
        try:
            readings.append(next(read_articles(nlp, [article])))
        except Exception as err:  # noqa: BLE001
            failure = Failure(f"{article.path or '<stdin>'} (article {article.id[:12]})",
                              f"internal error while reading: {type(err).__name__}: {err}")
            failures.append(failure)
            summary.fail(failure)
    return readings, failures


def _ingest(store: Store, paths: list[str], published, outlet, batch_size: int,
            summary: Summary, progress: _Progress) -> None:
    batch: list[Article] = []
    batch_ids: set[str] = set()
    pending: list[Failure] = []
    debug = os.environ.get(DEBUG_COMMITS) == "1"
    commits = 0

    def flush() -> None:
        nonlocal commits
        readings, failed = _read_batch(batch, summary) if batch else ([], [])
        with _sigint_deferred():
            stored, duplicates = store.add_batch(readings, pending + failed)
            summary.stored += stored
            summary.duplicates += duplicates
            commits += 1
            batch.clear()
            batch_ids.clear()
            pending.clear()
            if debug:
                print(f"newstrace: committed batch {commits} (stored {summary.stored})",
                      file=sys.stderr, flush=True)
        progress.update()

    for path in paths:
        progress.update(path)
        for item in iter_articles(path, published=published, outlet=outlet):
            if isinstance(item, Failure):
                summary.fail(item)
                pending.append(item)
                if len(pending) >= FAILURE_FLUSH:
                    flush()
                continue
            summary.read += 1
            if item.id in batch_ids or store.has_article(item.id):
                summary.duplicates += 1
                progress.update()
                continue
            batch.append(item)
            batch_ids.add(item.id)
            if len(batch) >= batch_size:
                flush()
        progress.update(advance=1)
    if batch or pending:
        flush()


@app.command()
def ingest(
    paths: List[str] = typer.Argument(..., help="Inputs: text or HTML articles, JSON Lines or CSV "
                                      "feeds (text, title, url, outlet, published), WARC or "
                                      "WARC.gz crawls, or directories of them."),
    db: str = typer.Option(DEFAULT_PATH, "--db", help="The DuckDB database file (created when missing)."),
    batch_size: int = typer.Option(16, "--batch-size", min=1,
                                   help="Articles per pipeline batch and per transaction."),
    date: Optional[str] = typer.Option(None, "--date",
                                       help="Publication date YYYY-MM-DD for inputs that carry none."),
    outlet: Optional[str] = typer.Option(None, "--outlet", help="Outlet for inputs that name none."),
    fmt: SummaryFormat = typer.Option(SummaryFormat.text, "--format",
                                      help='Summary as text, or json: '
                                           '{"read", "stored", "duplicates", "failed"}.'),
) -> None:
    """Ingest articles into the store: read them, and keep their claims, one transaction per batch."""
    published = date_option(date)
    try:
        store = Store(db)
    except StoreError as err:
        fail(str(err))
        raise typer.Exit(2)
    summary = Summary()
    error: str | None = None
    interrupted = False
    with store, _Progress(len(paths), summary) as progress:
        try:
            _ingest(store, paths, published, outlet, batch_size, summary, progress)
        except KeyboardInterrupt:
            interrupted = True
        except NewstraceError as err:     # StoreError on a write, ModelMissingError
            error = str(err)
        except Exception as err:  # noqa: BLE001 — a bug must still end in one line, not a traceback
            error = f"internal error while ingesting: {type(err).__name__}: {err}"
    _report(summary, fmt)
    if interrupted:
        fail("interrupted")
        raise typer.Exit(130)
    if error:
        fail(error)
        raise typer.Exit(2)
    if summary.read == 0 and summary.failed:
        raise typer.Exit(2)
    raise typer.Exit(1 if summary.failed else 0)


def _report(summary: Summary, fmt: SummaryFormat) -> None:
    """Failures (the first few) on stderr, then the summary on stdout."""
    for failure in summary.first_failures:
        fail(str(failure))
    more = summary.failed - len(summary.first_failures)
    if more > 0:
        fail(f"… and {more} more failures (SELECT * FROM failures in the database)")
    if fmt is SummaryFormat.json:
        sys.stdout.write(json.dumps(summary.as_dict()) + "\n")
    else:
        sys.stdout.write(summary.line() + "\n")
    sys.stdout.flush()
