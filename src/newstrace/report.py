"""The ``--format text`` report: each claim with ``author ← source “cue” ← origin “cue”``, its
factuality label, event, what a noun-phrase report reports, stances, times and places; colour when the
terminal has it (rich decides)."""
from __future__ import annotations

import re

from rich.console import Console
from rich.markup import escape

from newstrace.records import Reading, Source, TimeExpression

LABEL_STYLE = {"asserted": "green", "reported": "cyan", "alleged": "yellow",
               "speculated": "magenta", "denied": "red", "unknown": "white"}


def _time_value(t: TimeExpression, published) -> str:
    """The TIMEX3 value of ``t``, or why there is none: a relative time ("on Friday") needs the
    publication date, which the article did not give (``--date`` or a sidecar sets it)."""
    if t.value is not None:
        return t.value
    return "unresolved (no publication date; give --date)" if published is None else "unresolved"


def _who(mention: str, name: str) -> str:
    """A source as the report names it: its canonical ``name``, or "mention (= name)" when the
    text's words hold neither the other ("He (= Duch Piseth)", "the minister (= …)"), so a
    reader can audit how a pronoun or role was resolved (new-user trial, session 22: a role went
    to a person named later, and the report showed only the name). Words are compared whole:
    "he" is no part of "An American who is fighting in the ranks of the Kurds" (new-user trial
    14, FNC-1 body 1976: the report showed only the name, for the "he" of "the")."""
    m, n = _words(mention), _words(name)
    return name if n in m or m in n else f"{mention} (= {name})"


def _words(text: str) -> str:
    """``text`` case-folded as its words, each set off by spaces (for whole-word containment)."""
    return " " + " ".join(re.findall(r"[\w'’-]+", text.casefold())) + " "


def _link(s: Source) -> str:
    """One chain link as the report prints it: who (:func:`_who`), cue in quotation marks when
    there is one, then type and the source's own label ("The New York Times “reported” (media
    outlet, reported)"); a fact-checker judges a link by its cue ("said" or "suggested")."""
    cue = f" “{s.cue.text}”" if s.cue else ""
    return f"{_who(s.mention, s.name)}{cue} ({s.type}, {s.factuality.label})"


def print_report(reading: Reading, console: Console | None = None) -> None:
    """Print one Reading as a readable report on ``console`` (stdout by default)."""
    console = console or Console(highlight=False, soft_wrap=True)
    art = reading.article
    head = art.title or art.path or art.id[:12]
    console.print(f"[bold]{escape(head)}[/bold]  {art.published or 'undated'}  {escape(art.outlet or '')}")
    for c in reading.claims:
        chain = " ← ".join(["author", *map(_link, c.attribution.chain)])
        style = LABEL_STYLE.get(c.factuality.label, "white")
        kind = " opinion" if c.kind == "opinion" else ""  # beside the label, never instead of it
        console.print(f"\n[dim]{c.id} [{c.start_char}:{c.end_char}][/dim] [{style}]{c.factuality.label}[/{style}] "
                      f"({c.factuality.value}){kind}  {escape(chain)}")
        console.print(f"  {escape(c.text)}")
        if c.event:
            ev = c.event
            who = " → ".join(x for x in ((ev.actor.name if ev.actor else "?"),
                                        (ev.target.name if ev.target else "")) if x)
            console.print(f"  [dim]event:[/dim] {ev.type}" + (f"/{ev.mode}" if ev.mode else "")
                          + (f" (CAMEO {ev.cameo})" if ev.cameo else "")
                          + f" “{escape(ev.trigger.text)}” {escape(who)}"
                          + escape((" [negated]" if ev.negated else "")
                                   + (f" [{ev.modality}]" if ev.modality != "actual" else "")))
        if c.reported:
            console.print(f"  [dim]reports:[/dim] {escape(c.reported.text)}")
        for st in c.stances:
            console.print(f"  [dim]stance:[/dim] {escape(_who(st.holder.text, st.holder.name))} “{escape(st.cue.text)}” "
                          f"{escape(st.text)}" + (f" [dim](learned, p {st.probability:.2f})[/dim]"
                                                  if st.probability is not None else ""))
        if c.times:
            console.print("  [dim]when:[/dim] " + "; ".join(
                f"{escape(t.text)} = {_time_value(t, art.published)}" + (" (report)" if t.anchor == "report" else "")
                for t in c.times))
        if c.places:
            console.print("  [dim]where:[/dim] " + "; ".join(
                f"{escape(p.text)} = {p.country or 'country unknown'}" for p in c.places))
    console.print()
