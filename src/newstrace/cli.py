"""The ``newstrace`` command line: a thin shell over the library.

Parses arguments, calls :func:`newstrace.ingest.read_input` and
:func:`newstrace.pipeline.read_articles`, prints, and sets the exit code: 0 all inputs read,
1 some inputs failed (the others are printed), 2 usage or input error (nothing read).
Errors are one line on stderr, ``newstrace: FILE: problem``; never a traceback.
"""
from __future__ import annotations

import json
import sys
from enum import Enum
from typing import List, Optional

import typer

from newstrace.errors import InputError, NewstraceError
from newstrace.records import Article, Reading

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="newstrace: who says so, and how sure, for every claim in a news article.")


class Format(str, Enum):
    text = "text"
    json = "json"
    jsonl = "jsonl"


def fail(message: str) -> None:
    """One error line on stderr: ``newstrace: <message>``."""
    typer.echo(f"newstrace: {message}", err=True)


def date_option(date: str | None):
    """The ``--date`` option as a date (None when not given); a bad date ends the command with
    one line on stderr and exit status 2."""
    from newstrace.ingest import parse_date

    try:
        return parse_date(date, "--date") if date else None
    except NewstraceError as err:
        fail(str(err))
        raise typer.Exit(2)


def _load(paths: list[str], date, outlet, title) -> tuple[list[Article], int]:
    from newstrace.ingest import read_input
    from newstrace.sources import detect_format, read_sidecar

    articles, failed = [], 0
    for path in paths:
        try:
            kind = detect_format(path)
            if path.endswith(".meta.json"):  # a sidecar: newstrace reads it beside its article
                article = path[: -len(".meta.json")] + ".txt"
                raise InputError("an article's metadata sidecar (title, date, outlet), not an "
                                 f"article; read the article beside it: newstrace read {article}", path)
            if kind == "json":
                raise InputError("a JSON document, not an article's text (newstrace ingest reads "
                                 "feeds as JSON Lines, one article per line)", path)
            if kind != "text":   # a feed of many articles: its markup is no article's text
                name = {"jsonl": "JSON Lines", "csv": "CSV", "warc": "WARC"}[kind]
                raise InputError(f"a {name} file of many articles, not one article; "
                                 f"read its records with: newstrace ingest {path}", path)
            meta = read_sidecar(path)
            art = read_input(path, title=title or meta.get("title"),
                             published=date or meta.get("published"),
                             outlet=outlet or meta.get("outlet"))
            if meta.get("url") and not art.url:
                art = art.model_copy(update={"url": meta["url"]})
            articles.append(art)
        except NewstraceError as err:
            fail(str(err) if err.path else f"{path}: {err}")
            failed += 1
    return articles, failed


@app.callback()
def _root() -> None:
    """newstrace: who says so, and how sure, for every claim in a news article."""


@app.command()
def read(
    paths: List[str] = typer.Argument(..., help="Article files (plain text or HTML), or - for stdin."),
    date: Optional[str] = typer.Option(None, "--date", help="Publication date YYYY-MM-DD (resolves 'on Friday')."),
    outlet: Optional[str] = typer.Option(None, "--outlet", help="The outlet that published the article."),
    title: Optional[str] = typer.Option(None, "--title", help="The article's title."),
    fmt: Format = typer.Option(Format.text, "--format", help="text (a readable report), json or jsonl."),
) -> None:
    """Read articles: every claim with its attribution chain, factuality, times and places."""
    published = date_option(date)
    articles, failed = _load(paths, published, outlet, title)
    if not articles:
        raise typer.Exit(2)
    try:
        from newstrace.pipeline import build_pipeline, read_articles

        nlp = build_pipeline()
        readings = list(read_articles(nlp, articles))
    except NewstraceError as err:
        fail(str(err))
        raise typer.Exit(2)
    except Exception as err:  # noqa: BLE001 — a bug must still end in one line, not a traceback
        fail(f"internal error while reading: {type(err).__name__}: {err}")
        raise typer.Exit(2)
    _print(readings, fmt, many=len(paths) > 1)
    raise typer.Exit(1 if failed else 0)


def _print(readings: list[Reading], fmt: Format, many: bool = False) -> None:
    """Print readings: json gives one object for one input and an array for several inputs
    (whatever failed), jsonl a line per article, text the readable report."""
    if fmt is Format.json:
        data = [r.model_dump(mode="json") for r in readings]
        sys.stdout.write(json.dumps(data if many else data[0], ensure_ascii=False, indent=1) + "\n")
    elif fmt is Format.jsonl:
        for r in readings:
            sys.stdout.write(r.model_dump_json() + "\n")
    else:
        from newstrace.report import print_report

        for r in readings:
            print_report(r)


def main() -> None:
    """Entry point of the ``newstrace`` script (and ``python -m newstrace``)."""
    try:
        app()
    except KeyboardInterrupt:
        fail("interrupted")
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(1)


# Commands over the store register themselves on ``app`` (kept in their own modules).
import newstrace.cli_store  # noqa: E402,F401
import newstrace.cli_track  # noqa: E402,F401
