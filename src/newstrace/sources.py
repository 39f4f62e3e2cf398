"""Read many articles from one input: plain text, HTML, JSON Lines, CSV, WARC, or a directory.

:func:`iter_articles` streams :class:`~newstrace.records.Article` records from a path, and a
:class:`Failure` for every record (or file) that cannot be read, so a batch never dies on one
bad document: the caller stores the articles and records the failures.

Formats, by extension first and then by content:

========================  =====================================================================
``.jsonl`` ``.ndjson``    one JSON object a line: ``text`` (required), optional ``title``,
                          ``url``, ``outlet``, ``published`` (ISO date; also read from ``date``
                          and other common names, :data:`_ALIASES`); a failure names the
                          line number (``feed.jsonl:3``)
``.csv``                  the same columns, a header row first (RFC 4180, via :mod:`csv`); a
                          failure names the line the record starts on (``feed.csv:4``)
``.warc`` ``.warc.gz``    ``response`` records with an HTML content type and a 2xx status; url
                          from ``WARC-Target-URI``; a failure names ``file:URI``
other ``.json``           refused (a JSON document; JSON Lines wanted)
anything else             one article, plain text or HTML, through
                          :func:`newstrace.ingest.read_input` (with a ``<name>.meta.json``
                          sidecar, as ``newstrace read`` uses)
a directory               every file under it (sorted, recursive; hidden files,
                          ``*.meta.json`` sidecars and a folder's own documentation,
                          :data:`FOLDER_DOCS`, left out), each by the rules above
========================  =====================================================================

A file whose first bytes are ``WARC/`` (or a gzip member holding them) is read as WARC, and
one whose first line is a JSON object as JSON Lines, whatever the extension.

Metadata precedence: what the input itself says wins (a record's fields, a page's metadata, a
sidecar), then the ``published``/``outlet`` arguments, then (WARC only) the ``WARC-Date`` of
the capture and the host name of the page (trafilatura's fallback site name). The arguments
are defaults for inputs that carry none, so one ``--date`` does not overwrite the dates of a
whole feed.

Libraries: warcio (the Webrecorder WARC reader: gzip members, chunked and compressed HTTP
bodies, ARC/WARC detection; WARC has enough edge cases that a hand-rolled parser would get some
wrong), trafilatura (through :func:`newstrace.ingest.article_from_html`, and its encoding
detection for pages that do not declare a charset), :mod:`csv` and :mod:`json` from the
standard library.
"""
from __future__ import annotations

import csv
import datetime as dt
import gzip
import json
import os
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Literal
from urllib.parse import urlsplit

from newstrace.errors import DateError, NewstraceError
from newstrace.ingest import article_from_html, article_from_text, check_article, parse_date, read_input
from newstrace.lexicons import outlets
from newstrace.records import Article

Format = Literal["text", "jsonl", "csv", "warc", "json"]

MAX_RECORD_BYTES = 20_000_000   # one record or page, as read_input's file limit
_FIELDS = ("title", "url", "outlet", "published")
#: Other names feeds give these fields (news-please, Media Cloud, GDELT exports, Wikinews
#: dumps); the first present is used when the field itself is absent.
_ALIASES = {"published": ("date", "published_at", "publish_date", "publication_date", "pubdate",
                          "date_publish"),
            "outlet": ("publisher", "site_name", "media_name", "source_domain"),
            "title": ("headline",)}
_HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(frozen=True)
class Failure:
    """An input (a record or a whole file) that could not be read as an English article.

    Attributes:
        source: where: a file (``notes.txt``), a line of a JSON Lines or CSV file
            (``feed.jsonl:3``), or a WARC page (``crawl.warc.gz:https://example.org/a``).
        reason: one line saying what is wrong ("invalid JSON (Expecting value at column 1)",
            "text is not English (detected 'de'); newstrace reads English news only").
    """

    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


def _one_line(text: str, limit: int = 200) -> str:
    line = " ".join(str(text).split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def detect_format(path: str) -> Format:
    """The format of ``path``: by extension (``.jsonl``/``.ndjson``, ``.csv``,
    ``.warc``/``.warc.gz``), else by the first bytes (``WARC/`` plain or gzipped → ``warc``;
    a first line that is a JSON object → ``jsonl``), else ``json`` for another ``.json`` file
    (a JSON document, which is refused rather than read as an article's text), else ``text``
    (plain text or HTML, which :func:`newstrace.ingest.read_input` tells apart). ``"-"``
    (stdin) is ``text``. Unreadable files are ``text``, so that ``read_input`` reports the
    problem.
    """
    name = path.lower()
    if name.endswith((".jsonl", ".ndjson")):
        return "jsonl"
    if name.endswith(".csv"):
        return "csv"
    if name.endswith((".warc", ".warc.gz")):
        return "warc"
    if path == "-" or not os.path.isfile(path):
        return "text"
    try:
        with open(path, "rb") as f:
            head = f.read(65536)
    except OSError:
        return "text"
    if head.startswith(b"\x1f\x8b"):
        try:
            head = zlib.decompressobj(wbits=31).decompress(head, 16)
        except zlib.error:
            return "text"
    if head.startswith(b"WARC/"):
        return "warc"
    first = head.lstrip(b"\xef\xbb\xbf \t\r\n").split(b"\n", 1)[0]
    if first.startswith(b"{"):
        try:
            if isinstance(json.loads(first), dict):
                return "jsonl"
        except ValueError:
            pass
    if name.endswith(".json"):
        return "json"
    return "text"


#: File kinds that hold one article each (a folder's ``meta.json`` describes its only one).
ARTICLE_SUFFIXES = (".txt", ".html", ".htm")


def read_sidecar(path: str) -> dict:
    """Metadata from ``<name>.meta.json`` beside ``path`` (keys ``title``, ``published``,
    ``outlet``, ``url``; empty values left out), as ``newstrace read`` uses it; failing that, from
    a ``meta.json`` in the same folder when ``path`` is the folder's only text or HTML file (the
    layout of ``shared/seed/``: ``article.txt``, ``meta.json``, ``gold.json``).

    Returns:
        the metadata (``{}`` when there is no sidecar, or ``path`` is ``"-"`` or no file).

    Raises:
        NewstraceError: the sidecar is not a JSON object ("cannot read metadata: …").
    """
    p = Path(path)
    if path == "-" or not p.is_file():  # no article file ("." or a folder): read_input says why
        return {}
    meta = p.with_name(p.stem + ".meta.json")
    if not meta.is_file():
        meta = p.with_name("meta.json")
        articles = [q for q in p.parent.iterdir() if q.suffix.lower() in ARTICLE_SUFFIXES] \
            if meta.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES else []
        if articles != [p]:
            return {}
    try:
        data = json.loads(meta.read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise NewstraceError(f"cannot read metadata: {_one_line(err)}", str(meta)) from None
    if not isinstance(data, dict):
        raise NewstraceError("metadata must be a JSON object", str(meta))
    return {k: data[k] for k in ("title", "published", "outlet", "url") if data.get(k)}


def _reason(err: Exception) -> str:
    return _one_line(err.message if isinstance(err, NewstraceError) else err)


def _fill(article: Article, published: dt.date | None, outlet: str | None) -> Article:
    """Fill the fields the input did not give from the defaults (the id does not change)."""
    update = {}
    if article.published is None and published is not None:
        update["published"] = published
    if article.outlet is None and outlet:
        update["outlet"] = outlet
    return article.model_copy(update=update) if update else article


def _record_article(data: dict, path: str, published, outlet) -> Article:
    """One JSON Lines / CSV record as an Article (values already stripped of empty cells). With no
    ``outlet`` field and no ``--outlet``, the outlet is the host of ``url`` as the outlet list
    names it ("voanews.com" → "Voice of America", :func:`outlet_of_host`; an unlisted host as
    is), so that a feed's articles are not each counted as an independent origin. A missing field is
    read from its first alias present (:data:`_ALIASES`: ``date`` for ``published`` …)."""
    for key, aliases in _ALIASES.items():
        if data.get(key) is None:
            alias = next((a for a in aliases if data.get(a) is not None), None)
            if alias is not None:
                data = {**data, key: data[alias]}
    text = data.get("text")
    if text is None:
        raise NewstraceError("no 'text' field")
    for key in ("text", *_FIELDS):
        if data.get(key) is not None and not isinstance(data[key], str):
            raise NewstraceError(f"'{key}' must be a string, not {type(data[key]).__name__}")
    if not text.strip():
        raise NewstraceError("empty text")
    if len(text.encode("utf-8", "surrogatepass")) > MAX_RECORD_BYTES:
        raise NewstraceError(f"text is over the {MAX_RECORD_BYTES // 1_000_000} MB limit")
    date = parse_date(data["published"]) if data.get("published") else published
    host = (urlsplit(data["url"]).hostname or "").lower().removeprefix("www.") if data.get("url") else ""
    article = article_from_text(text, path=path, title=data.get("title"), published=date,
                                outlet=data.get("outlet") or outlet or outlet_of_host(host) or None, url=data.get("url"))
    check_article(article.text)
    return article


def _iter_jsonl(path: str, published, outlet) -> Iterator[Article | Failure]:
    count = 0
    with open(path, "rb") as f:
        for number, raw in enumerate(f, start=1):
            where = f"{path}:{number}"
            if number == 1:
                raw = raw.removeprefix(b"\xef\xbb\xbf")
            if not raw.strip():
                continue
            count += 1
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as err:
                yield Failure(where, f"not UTF-8 (byte 0x{raw[err.start]:02X} at column {err.start + 1})")
                continue
            try:
                data = json.loads(line)
            except json.JSONDecodeError as err:
                yield Failure(where, f"invalid JSON ({err.msg.removesuffix(' at')} at column {err.colno})")
                continue
            if not isinstance(data, dict):
                yield Failure(where, f"expected a JSON object, got {type(data).__name__}")
                continue
            try:
                yield _record_article(data, path, published, outlet)
            except NewstraceError as err:
                yield Failure(where, _reason(err))
    if not count:
        yield Failure(path, "no records in the JSON Lines file")


def _iter_csv(path: str, published, outlet) -> Iterator[Article | Failure]:
    csv.field_size_limit(max(csv.field_size_limit(), MAX_RECORD_BYTES))   # articles outgrow 128 KB
    count = 0
    with open(path, encoding="utf-8-sig", newline="") as f:
        reader = csv.DictReader(f)
        try:
            columns = reader.fieldnames
            if not columns:
                yield Failure(path, "empty CSV file (no header row)")
                return
            if "text" not in columns:
                shown = ", ".join(repr(c) for c in columns[:8])
                yield Failure(path, f"no 'text' column in the header (columns: {shown})")
                return
            while True:
                start = reader.line_num + 1
                try:
                    row = next(reader)
                except StopIteration:
                    break
                count += 1
                where = f"{path}:{start}"
                known = set(_FIELDS).union(*_ALIASES.values())
                data = {k: (v if v and v.strip() else None) for k, v in row.items() if k in known}
                data["text"] = row["text"] or ""   # an empty cell is an empty text
                if None in row:
                    cells = len(columns) + len(row[None])
                    yield Failure(where, f"{cells} cells; the header has {len(columns)}")
                    continue
                try:
                    yield _record_article(data, path, published, outlet)
                except NewstraceError as err:
                    yield Failure(where, _reason(err))
        except UnicodeDecodeError as err:
            yield Failure(f"{path}:{reader.line_num + 1}",
                          f"not UTF-8 (byte 0x{err.object[err.start]:02X}); the rest of the file is skipped")
            return
        except csv.Error as err:
            yield Failure(f"{path}:{reader.line_num}", f"malformed CSV ({_one_line(err)}); "
                          "the rest of the file is skipped")
            return
    if not count:
        yield Failure(path, "no records in the CSV file")


def _decode_page(data: bytes, content_type: str) -> str:
    """The page as text: the charset of the Content-Type header when it decodes the page,
    else trafilatura's detection (UTF-8 first, then guessed encodings)."""
    from trafilatura.utils import decode_file

    for part in content_type.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.lower() == "charset" and value:
            try:
                return data.decode(value.strip("\"' "))
            except (LookupError, UnicodeDecodeError):
                break
    return decode_file(data)


def outlet_of_host(host: str) -> str:
    """The outlet-list name of a web host ("voanews.com", "www.reuters.com", "edition.cnn.com" →
    "Voice of America", "Reuters", "CNN": the list gives each outlet's domains among its
    aliases), else the host itself; so an outlet taken from a URL and the same outlet named in
    a text are one origin (new-user trial, session 15: "Voice of America" and "voanews.com"
    were two)."""
    table = outlets()
    parts = host.lower().removeprefix("www.").split(".")
    for k in range(len(parts) - 1):
        row = table.get(".".join(parts[k:]))
        if row:
            return row["name"]
    return host


def _hostnames(url: str) -> set[str]:
    """The host of ``url`` with and without ``www.`` (what trafilatura falls back to as the site
    name when a page names none)."""
    host = (urlsplit(url).hostname or "").lower()
    return {host, host.removeprefix("www.")}


def _iter_warc(path: str, published, outlet) -> Iterator[Article | Failure]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    pages = 0
    with open(path, "rb") as f:
        records = iter(ArchiveIterator(f))
        while True:
            try:
                record = next(records)
            except StopIteration:
                break
            except Exception as err:  # noqa: BLE001 — warcio raises ArchiveLoadFailed, zlib, EOF, …
                problem = _one_line(err) if isinstance(err, ArchiveLoadFailed) else \
                    f"{type(err).__name__}: {_one_line(err)}"
                yield Failure(path, f"malformed WARC ({problem}); "
                              f"{'the rest of the file is skipped' if pages else 'nothing read'}")
                return
            if record.rec_type != "response" or record.http_headers is None:
                continue
            content_type = record.http_headers.get_header("Content-Type") or ""
            if not content_type.split(";")[0].strip().lower() in _HTML_TYPES:
                continue
            if not (record.http_headers.get_statuscode() or "").startswith("2"):
                continue   # redirects and error pages are not articles
            pages += 1
            uri = record.rec_headers.get_header("WARC-Target-URI") or f"record {pages}"
            where = f"{path}:{uri}"
            try:
                data = record.content_stream().read(MAX_RECORD_BYTES + 1)
                if len(data) > MAX_RECORD_BYTES:
                    raise NewstraceError(f"page is over the {MAX_RECORD_BYTES // 1_000_000} MB limit")
                missing = getattr(record.raw_stream, "limit", 0)
                if missing:
                    raise NewstraceError(f"record cut short ({missing} bytes missing); the WARC file "
                                         "is truncated")
                url = uri if uri.startswith(("http:", "https:")) else None
                article = article_from_html(_decode_page(data, content_type), path=path, url=url)
                if outlet and url and article.outlet and article.outlet.lower() in _hostnames(url):
                    article = article.model_copy(update={"outlet": outlet})   # a host name, not a site name
                if article.published is None and published is None:
                    try:
                        article = article.model_copy(update={
                            "published": parse_date(record.rec_headers.get_header("WARC-Date") or "")})
                    except DateError:
                        pass
                article = _fill(article, published, outlet)
                check_article(article.text)
            except NewstraceError as err:
                yield Failure(where, _reason(err))
                continue
            except Exception as err:  # noqa: BLE001 — a broken page body must not end the file
                yield Failure(where, f"cannot read the page ({type(err).__name__}: {_one_line(err)})")
                continue
            yield article
    if not pages:
        yield Failure(path, "no HTML response records in the WARC file")


def _iter_text(path: str, published, outlet) -> Iterator[Article | Failure]:
    try:
        meta = read_sidecar(path)
        article = read_input(path, title=meta.get("title"), published=meta.get("published"),
                             outlet=meta.get("outlet"))
        if meta.get("url") and not article.url:
            article = article.model_copy(update={"url": meta["url"]})
        article = _fill(article, published, outlet)
    except NewstraceError as err:
        yield Failure(err.path or path, _reason(err))
        return
    yield article


#: File names (before the first dot, any case) of a folder's own documentation, which no news
#: article is: a collection of articles often comes with a README or a licence (the examples
#: folder of this project has one; new-user trial, session 16: it was stored as an article).
FOLDER_DOCS = frozenset({"readme", "license", "licence", "changelog", "notice", "copying", "authors"})


def _files(directory: str) -> list[str]:
    found = []
    for root, dirs, names in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found += [os.path.join(root, n) for n in sorted(names)
                  if not n.startswith(".") and not n.endswith(".meta.json")
                  and n.split(".")[0].lower() not in FOLDER_DOCS]
    return found


def iter_articles(path: str, *, published: dt.date | None = None,
                  outlet: str | None = None) -> Iterator[Article | Failure]:
    """Stream the articles of one input, and a Failure for each part that cannot be read.

    Every article is English and non-empty (``ingest.check_article``); its ``id`` is the sha256
    of its text, so the same text read twice (from two files or two lines) has the same id.
    ``Article.path`` is the file the article came from (for a JSON Lines, CSV or WARC record,
    the file holding it).

    Args:
        path: a file (see the module docstring for the formats), a directory, or ``"-"`` for
            one article on stdin.
        published: publication date for articles that carry none (a record's own
            ``published``, a page's metadata or a sidecar win).
        outlet: outlet for articles that carry none.

    Yields:
        :class:`~newstrace.records.Article` or :class:`Failure`, in input order (file order,
        then line/record order). A file that cannot be opened, or a malformed WARC/CSV, gives
        one Failure naming the file; what was read before the damage is still yielded.

    Raises:
        Nothing for bad input: every problem is a Failure.
    """
    path = os.fspath(path)
    if path != "-" and os.path.isdir(path):
        files = _files(path)
        if not files:
            yield Failure(path, "no files in the directory")
        for file in files:
            yield from iter_articles(file, published=published, outlet=outlet)
        return
    fmt = detect_format(path)
    if fmt == "json":
        yield Failure(path, "a JSON document, not JSON Lines; give one article object a line "
                      "(jq -c '.[]' FILE > FILE.jsonl)")
        return
    if fmt == "text":
        yield from _iter_text(path, published, outlet)
        return
    if not os.path.exists(path):
        yield Failure(path, "no such file")
        return
    try:
        if os.path.getsize(path) == 0:
            yield Failure(path, "file is empty")
            return
        reader = {"jsonl": _iter_jsonl, "csv": _iter_csv, "warc": _iter_warc}[fmt]
        yield from reader(path, published, outlet)
    except OSError as err:
        yield Failure(path, f"cannot read file ({err.strerror or _one_line(err)})")
    except gzip.BadGzipFile as err:   # pragma: no cover — warcio reports these itself
        yield Failure(path, f"malformed gzip ({_one_line(err)})")
