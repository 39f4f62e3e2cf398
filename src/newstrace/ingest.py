"""Read one input (a file, or ``-`` for stdin) into an :class:`~newstrace.records.Article`.

``Article.text`` is what every offset indexes (``shared/CONVENTIONS.md``, "Offsets and text"):
for plain text it is the decoded input, character for character (title line included); for
HTML it is the body text trafilatura extracts, paragraphs joined by ``"\\n"``.

Libraries: trafilatura (HTML main-text, title, date and site-name extraction; it drops
navigation and boilerplate, which a hand-rolled parser would not) and py3langid (a small,
offline language classifier with normalised probabilities, for the English-only check).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import sys
from functools import lru_cache

from newstrace.errors import DateError, InputError
from newstrace.records import Article

_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_TIMESTAMP = re.compile(
    r"([0-9]{4}-[0-9]{2}-[0-9]{2})[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?"
    r"(Z|[+-][0-9]{2}(:?[0-9]{2})?)?"
)
_TITLE_END = tuple('.!?:;”"')
#: Longest first line read as a headline. Of 260 real headlines (89 VOA stories, 171 Wikinews
#: 2019 articles in shared/data) the longest has 17 words and 102 characters; 15 words, the old
#: limit, rejected "President Trump says he 'can' and 'may' put US into state of emergency to build
#: border wall" (Wikinews, 91 characters, 17 words; new-user trial). 20 words is what 120
#: characters hold at those headlines' ~7 characters a word; a longer line is a sentence.
_TITLE_MAX_WORDS, _TITLE_MAX_CHARS = 20, 120
_HTML_START = re.compile(r"\s*(<!doctype\s+html|<html)", re.IGNORECASE)
_HTML_TAG = re.compile(r"<(body|p)[\s>]", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s*$")
_SENTENCE_INSIDE = re.compile(r"[a-z]{2}[.!?][\"'”’)\]]*\s+[\"'“‘]?[A-Z]")  # "…officials said. Opposition…"
_BINARY_CONTROL_SHARE = 0.10   # share of control bytes (besides \t \n \r \f \v) that marks binary
_LANG_MIN_LETTERS = 200        # below this many letters the language check is skipped
_LANG_MIN_PROB = 0.90          # reject only when the classifier is this sure of another language
_SHORT_MIN_LETTERS = 60        # a shorter text is never rejected
_SHORT_MIN_PROB = 0.99         # a short text: the classifier must be this sure ...
_SHORT_MAX_STOP_SHARE = 0.15   # ... and English function words this rare (English prose: ~0.4)


def parse_date(value: str, path: str | None = None) -> dt.date:
    """Parse an ISO date ``YYYY-MM-DD``, or the date part of an ISO timestamp.

    Args:
        value: ``"2019-05-31"``, ``"2019-11-25 23:43:03Z"`` or ``"2019-11-25T23:43:03+01:00"``
            (the date is taken as written, not converted to UTC). Surrounding spaces are ignored.
        path: the input the value came from, carried by the error.

    Returns:
        The calendar date.

    Raises:
        DateError: for anything else (``2019-13-01``, ``yesterday``, ``31/05/2019``, non-strings),
            with a one-line message naming the value and the expected form.
    """
    shown = repr(value) if len(repr(value)) <= 60 else repr(value)[:57] + "..."
    error = DateError(f"invalid date {shown}; expected YYYY-MM-DD (e.g. 2019-05-31)", path)
    if not isinstance(value, str):
        raise error
    text = value.strip()
    try:
        if _DATE.fullmatch(text):
            return dt.date.fromisoformat(text)
        if _TIMESTAMP.fullmatch(text):
            return dt.datetime.fromisoformat(text).date()
    except ValueError:
        pass
    raise error


def _as_date(value: dt.date | str | None, path: str | None) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return parse_date(value, path)


def _article_id(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _title_line(text: str) -> str | None:
    """The first line when it reads as a headline: ≤ 20 words, ≤ 120 characters, followed by a
    newline and more text, and not ending in sentence punctuation (.!?:;”")."""
    first, newline, rest = text.partition("\n")
    first = first.strip()
    if not newline or not first or not rest.strip():
        return None
    if len(first) > _TITLE_MAX_CHARS or len(first.split()) > _TITLE_MAX_WORDS or first.endswith(_TITLE_END):
        return None
    return first


#: Longest first line read as a dateline: "Sunday, September 15, 2019" (Wikinews) has 4 words.
_DATELINE_MAX_WORDS = 6


def _dateline(text: str) -> dt.date | None:
    """The date of a first line that is a date and nothing else, as Wikinews texts open
    ("Sunday, September 15, 2019"): the day the story was filed. Read by dateparser (strict
    parsing, day, month and year all required, English only); None for any other first line.
    dateparser rather than our own pattern: it knows every English way of writing a date."""
    first, newline, rest = text.partition("\n")
    first = first.strip()
    if not newline or not rest.strip() or not first or len(first.split()) > _DATELINE_MAX_WORDS \
            or not re.search(r"\b[0-9]{4}\b", first):
        return None
    import dateparser

    found = dateparser.parse(first, languages=["en"], settings={
        "STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]})
    return found.date() if found is not None else None


def _opening_date(text: str) -> dt.date | None:
    """The date of the text's dateline (:func:`_dateline`): its first line, or its second when
    the first reads as a headline (:func:`_title_line`): a Wikinews page read as HTML, or saved
    with its title, gives "Kurds announce deal with Assad's government as Turkey invades
    Syria's northeast" and then "Tuesday, October 15, 2019" (new-user trial 14: undated, every
    "on Sunday" unresolved)."""
    found = _dateline(text)
    if found is None and _title_line(text) is not None:
        found = _dateline(text.partition("\n")[2])
    return found


def article_from_text(text: str, *, path: str | None = None, title: str | None = None,
                      published: dt.date | str | None = None, outlet: str | None = None,
                      url: str | None = None) -> Article:
    """Wrap plain text as an Article, keeping the text exactly as given.

    Args:
        text: the decoded article; it becomes ``Article.text`` unchanged (title line included).
        path, url, outlet: copied to the record.
        title: wins over a title line detected by :func:`_title_line` (e.g. "This Seems Bad").
        published: a date or an ISO string (see :func:`parse_date`); when None, the date of a
            dateline that opens the text (:func:`_dateline`: "Sunday, September 15, 2019"), which
            is then no title, or that follows its title line (:func:`_opening_date`).

    Returns:
        Article whose ``id`` is the sha256 hex digest of ``text`` (UTF-8).

    Raises:
        DateError: ``published`` is a string that is not an ISO date.
    """
    dateline = _dateline(text)
    if title is None and dateline is None:
        title = _title_line(text)
    if published is None:
        published = _opening_date(text)
    return Article(id=_article_id(text), title=title, published=_as_date(published, path),
                   outlet=outlet, url=url, path=path, text=text)


def _has_body(text: str) -> bool:
    """True when some extracted line is prose: ≥ 8 words ending in sentence punctuation, or
    holding a sentence that ends inside it (a word of two lower-case letters or more, a full
    stop, a capital: a malformed page whose unclosed tags ran its last sentence into a
    heading, new-user trial 15, was refused as having no body).

    trafilatura falls back to returning whatever text a page has, so a navigation-only page
    comes back as its menu labels ("Home News Sport"); this small check tells those apart
    from an article body. (``favor_precision`` would do it too, but it also drops fc-18.)
    """
    return any(len(line.split()) >= 8 and (_SENTENCE_END.search(line) or _SENTENCE_INSIDE.search(line))
               for line in text.splitlines())


def article_from_html(html: str, *, path: str | None = None, title: str | None = None,
                      published: dt.date | str | None = None, outlet: str | None = None,
                      url: str | None = None) -> Article:
    """Extract the article body and metadata from an HTML page with trafilatura.

    Options: ``include_tables=False`` makes trafilatura read a layout table (field case fc-18:
    navigation cell + article cell) as plain containers, keeping the article paragraphs and
    dropping the "Home"/"Archive" cell; with tables on, the whole table came out as one
    "| Home Archive | …" line. The cost: cells of real data tables are left out of the text
    (they carry no prose claims). ``include_comments=False`` leaves reader comments out. Date
    search is not extensive, so a year in the body ("Levels since 2015") is not taken for
    the publication date; only metadata (``<meta name="date">``, ``article:published_time``,
    …) counts. A fragment without ``<html>``/``<body>`` ("<p>…</p>") is wrapped in them
    first, since trafilatura does not parse a bare fragment.

    Args:
        html: the page source.
        path, title, published, outlet, url: given values win over what the page says.

    Returns:
        Article with ``text`` = trafilatura's body text (paragraphs joined by ``"\\n"``;
        trafilatura normalises whitespace inside a paragraph), ``title``, ``published`` (the
        page's metadata, else a dateline that opens the body or follows its title line:
        :func:`_opening_date`),
        ``outlet`` (og:site_name) and ``url`` from the page when not given.

    Raises:
        InputError: "no article body found in the HTML".
        DateError: ``published`` is a string that is not an ISO date.
    """
    from trafilatura import bare_extraction

    if not re.search(r"<(html|body)[\s>]", html[:4096], re.IGNORECASE):
        html = f"<html><body>{html}</body></html>"   # trafilatura returns None for a bare fragment
    doc = bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                          include_tables=False, include_images=False,
                          date_extraction_params={"extensive_search": False,
                                                  "original_date": True})
    text = (doc.text or "").strip() if doc is not None else ""
    if not _has_body(text):
        raise InputError("no article body found in the HTML", path)
    page_date = None
    if published is None and doc.date:
        try:
            page_date = parse_date(doc.date, path)
        except DateError:
            page_date = None   # a page date we cannot read is left out, not fatal
    if published is None and page_date is None:
        page_date = _opening_date(text)  # a dateline in the body: "Tuesday, October 15, 2019"
    return Article(id=_article_id(text), title=title if title is not None else doc.title,
                   published=_as_date(published, path) or page_date,
                   outlet=outlet if outlet is not None else doc.sitename,
                   url=url if url is not None else doc.url, path=path, text=text)


def _size(n: int) -> str:
    return f"{n / 1e6:.1f} MB" if n >= 100_000 else f"{n:,} bytes"


def _read_bytes(path: str, max_bytes: int) -> bytes:
    if path == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise InputError(f"input is over the {_size(max_bytes)} limit", "<stdin>")
        return data
    if not os.path.exists(path):
        raise InputError("no such file", path)
    if os.path.isdir(path):
        raise InputError("is a directory, not a file", path)
    size = os.path.getsize(path)
    if size > max_bytes:
        raise InputError(f"file is {_size(size)}, over the {_size(max_bytes)} limit", path)
    try:
        with open(path, "rb") as f:
            return f.read(max_bytes + 1)
    except OSError as e:
        raise InputError(f"cannot read file ({e.strerror})", path) from None


def _decode(data: bytes, where: str) -> str:
    """Strict UTF-8; a UTF-8 byte-order mark is dropped (it marks the encoding and is not a
    character of the article), so offsets index the text after it."""
    if not data.strip():
        raise InputError("file is empty", where)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError("UTF-16 text, not UTF-8; convert it with iconv -f utf-16 -t utf-8", where)
    head = data[:8192]
    control = sum(b < 32 and b not in b"\t\n\r\f\v" or b == 127 for b in head)
    if b"\x00" in data or control > _BINARY_CONTROL_SHARE * len(head):
        raise InputError("binary file, not text", where)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError(f"not UTF-8 text (byte 0x{data[e.start]:02X} at offset {e.start}); "
                         "convert it with iconv -f latin1 -t utf-8", where) from None
    if not text.strip():
        raise InputError("file is empty", where)
    return text


@lru_cache(maxsize=1)
def _language_identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


#: Longest article text read, in characters: spaCy's own ``Language.max_length`` default, past
#: which its parser and entity recogniser refuse a text (they need about 1 GB of memory per
#: 100,000 characters, spaCy's documentation of ``max_length``). A news article is far shorter
#: (a long feature: some 50,000 characters); a longer text is a book or a dump, to be split.
MAX_CHARS = 1_000_000


def check_article(text: str, path: str | None = None) -> None:
    """Raise InputError when ``text`` cannot be read as one article: longer than
    :data:`MAX_CHARS` ("text is 11,847,000 characters, over the 1,000,000-character limit of one
    article; split it"), or not English (:func:`check_english`)."""
    if len(text) > MAX_CHARS:
        raise InputError(f"text is {len(text):,} characters, over the {MAX_CHARS:,}-character limit "
                         "of one article; split it", path)
    check_english(text, path)


def check_english(text: str, path: str | None = None) -> None:
    """Raise InputError when ``text`` is confidently not English.

    A text of 200 letters or more is rejected when py3langid's normalised probability for
    another language is ≥ 0.90 (every English field case and VOA story scores ≥ 0.99 for
    English). A shorter one (60–199 letters, where the classifier is less reliable) only when
    that probability is ≥ 0.99 and fewer than 15 % of its words are English function words
    (spaCy's English stop-word list); below 60 letters, never.

    Raises:
        InputError: "text is not English (detected 'de'); newstrace reads English news only".
    """
    letters = sum(c.isalpha() for c in text)
    if letters < _SHORT_MIN_LETTERS:
        return
    lang, prob = _language_identifier().classify(text)
    if letters < _LANG_MIN_LETTERS:
        from spacy.lang.en.stop_words import STOP_WORDS

        words = re.findall(r"[^\W\d_]+", text)
        share = sum(w.lower() in STOP_WORDS for w in words) / max(len(words), 1)
        if lang != "en" and prob >= _SHORT_MIN_PROB and share < _SHORT_MAX_STOP_SHARE:
            raise InputError(f"text is not English (detected {lang!r}); "
                             "newstrace reads English news only", path)
        return
    if lang != "en" and prob >= _LANG_MIN_PROB:
        raise InputError(f"text is not English (detected {lang!r}); "
                         "newstrace reads English news only", path)


def _looks_like_html(text: str, path: str) -> bool:
    if path.lower().endswith((".htm", ".html")):
        return True
    return bool(_HTML_START.match(text) or _HTML_TAG.search(text[:2048]))


def read_input(path: str, *, title: str | None = None, published: dt.date | str | None = None,
               outlet: str | None = None, max_bytes: int = 20_000_000) -> Article:
    """Read a file (or stdin for ``"-"``) into an English Article.

    Checks, in order: exists, not a directory, ≤ ``max_bytes``, not empty/whitespace, not
    binary (NUL bytes or > 10 % control bytes), strict UTF-8 (BOM dropped). HTML (by
    ``.htm``/``.html`` extension, a leading ``<!doctype html``/``<html``, or ``<body``/``<p>``
    in the first 2 KB) goes through :func:`article_from_html`, anything else through
    :func:`article_from_text`; then :func:`check_article` (length, English).

    Args:
        path: file path, or ``"-"`` for the bytes of stdin (``Article.path`` is then ``None``
            and errors name ``<stdin>``).
        title, published, outlet: override what the input says.
        max_bytes: size limit (default 20 MB).

    Returns:
        The Article.

    Raises:
        InputError: one line naming the problem; ``path`` is carried by the error.
        DateError: ``published`` is not an ISO date.
    """
    where = "<stdin>" if path == "-" else path
    text = _decode(_read_bytes(path, max_bytes), where)
    make = article_from_html if _looks_like_html(text, path) else article_from_text
    article = make(text, path=None if path == "-" else path, title=title,
                   published=_as_date(published, where), outlet=outlet)
    check_article(article.text, where)
    return article
