"""Reading time grows linearly with the text's length, checked without timing: the number of
lines the attribution, places and export modules run (loop turns included: a comprehension's
every turn is a line event) for a text of 2n paragraphs is about twice that for n paragraphs.
A pass over every claim unit (or every place) for each sentence, cue tail or claim makes it
about four times (before the fix: 3.7 on 40 paragraphs)."""
from __future__ import annotations

import pkgutil
import sys
from pathlib import Path

import newstrace.components.attribution as attribution
import newstrace.components.places as places
import newstrace.export as export
from newstrace.records import Article

#: The attribution package's modules count as one, as when they were one module.
MODULES = {m.__file__: m.__name__ for m in (places, export)} | {
    str(Path(attribution.__path__[0]) / f"{info.name}.py"): attribution.__name__
    for info in pkgutil.iter_modules(attribution.__path__)}
PARAGRAPH = ("Officials in Paris said the plan would help farmers in Texas, according to the ministry. "
             "The mayor of Lyon told reporters that it came too late for Georgia.\n")


def _lines_run(nlp, text: str) -> dict[str, int]:
    counts = dict.fromkeys(MODULES.values(), 0)

    def local(frame, event, arg):
        if event == "line":
            counts[MODULES[frame.f_code.co_filename]] += 1
        return local

    before = sys.gettrace()
    sys.settrace(lambda frame, event, arg: local if frame.f_code.co_filename in MODULES else None)
    try:
        export.to_reading(Article(id="x", text=text), nlp(text))
    finally:
        sys.settrace(before)
    return counts


def test_work_grows_linearly_with_the_text(nlp):
    short, long = _lines_run(nlp, PARAGRAPH * 20), _lines_run(nlp, PARAGRAPH * 40)
    for module, n in short.items():
        assert n > 0 and long[module] / n < 2.5, (module, n, long[module])
