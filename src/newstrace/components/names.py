"""Person names with particles: "Ursula von der Leyen", "Ludwig van Beethoven", "Osama bin Laden".

spaCy's small English NER often ends a PERSON entity at a lower-case name particle and labels
the rest apart ("Ursula von der" PERSON, "Leyen" GPE), so the source is named "Ursula von der"
and "Leyen" becomes a place. This component runs right after ``ner`` and extends such a PERSON
entity over the particles and the capitalised word(s) that follow, replacing any entity those
words had. It is a rule on top of the statistical model, not a replacement for it (spaCy's
``entity_ruler`` matches fixed patterns and cannot extend an entity the model found).
Particles: the nobiliary and patronymic particles of European and Arabic names as English news
writes them (Wikipedia, "Nobiliary particle"; "Arabic name").
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

PARTICLES = frozenset({"von", "van", "der", "den", "de", "del", "della", "di", "da", "dos", "du",
                       "la", "le", "ter", "bin", "ibn", "al", "el"})


def extend_particle_names(doc: Doc) -> Doc:
    """``doc`` with each PERSON entity that ends at, or is followed by, name particles extended
    over them and the capitalised words after them ("Ursula von der" + "Leyen").

    Returns:
        the same Doc, ``doc.ents`` rewritten where a name was extended (other entities kept,
        overlapping ones dropped).
    """
    ents = list(doc.ents)
    out: list[Span] = []
    i = 0
    changed = False
    while i < len(ents):
        ent = ents[i]
        end = ent.end
        if ent.label_ == "PERSON":
            while end > ent.start and doc[end - 1].lower_ in PARTICLES:
                end -= 1                                  # "Ursula von der" -> "Ursula"
            j = end
            while j < len(doc) and doc[j].lower_ in PARTICLES and doc[j].is_lower:
                j += 1
            k = j
            while k < len(doc) and doc[k].is_title and doc[k].is_alpha:
                k += 1
            if j > end and k > j:                         # particles, then a capitalised word
                span = Span(doc, ent.start, k, label="PERSON")
                out.append(span)
                changed = True
                i += 1
                while i < len(ents) and ents[i].start < k:
                    i += 1                               # drop what the extension covers
                continue
        out.append(ent)
        i += 1
    if changed:
        doc.ents = out
    return doc


@Language.factory("newstrace_names")
def make_names(nlp: Language, name: str):
    return extend_particle_names
