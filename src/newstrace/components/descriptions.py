"""Descriptions the NER runs into a person's name: whether a word before the name in a PERSON
(or ORG) entity is a common noun or adjective of the person (:class:`DescriptionWords`), as
"Screenwriter" of "Screenwriter Aaron Sorkin confirmed the decision…" (FNC-1 body 1019),
"Rapper" of "Rapper Kanye West reprised…" (322), "Comedian" (1735), "Broadcaster" of
"Broadcaster Piers Morgan commented…" (Wikinews 2019 no. 163). Input: a token of a parsed Doc;
output: a boolean; nothing is raised.
:func:`~newstrace.components.names.trim_to_trailing_name` cuts such words off the entity, so
that the person's canonical name is the name ("Aaron Sorkin") while the source's mention keeps
the words of the text.

The small English NER leaves such a word out of the name in mid-sentence ("from director Danny
Boyle", FNC-1 body 1019; "backed by billionaire Rupert Murdoch", body 1682) but runs it in when
a capital opens the sentence, where the tagger also reads it as a proper noun (NNP). The parse
decides: a word tagged a common noun or adjective is one ("Jordanian" of "Reports that
Jordanian King Abdullah…", FNC-1 body 382); a word tagged a proper noun whose capital is only
its sentence's (truecasing: a capital at a sentence's start says nothing of a name; Lita,
Ittycheriah, Roukos & Kambhatla, "tRuEcasIng", ACL 2003) is tagged again, written in lower case
in its sentence, by the model's own ``tok2vec`` and ``tagger``, and is one when the tagger then
reads anything but a proper noun ("rapper" NN, "comedian" NN, "local" JJ, "screenwriter" VB;
"taylor" of "Taylor Lianne Chandler was born…", FNC-1 body 247, stays NNP).

Two word lists keep out names the tagger misreads ("gurmeet" of "Gurmeet Ram Rahim Singh, 47,
said…", FNC-1 body 1654, VB in lower case; "Sayed" of "Sayed Abdul Wajeed Sadat, the Ghazni
provincial head…", VOA 6183227, VBD as written): the word must be a noun or adjective of
WordNet 3.0's index, as spaCy's English lemmatizer ships it (its ``lemma_index`` table), and no
first name of ``lexicons/first_names.csv`` (English words that are first names, "Rose", "Hope",
"Will", stay names).

FNC-1 bodies, VOA stories, Wikinews 2019-2020 and PolNeAR dev: 14 entities cut, all descriptions
("Whistleblower Edward Snowden", "Corporal Nathan Cirillo", "Voter Kitty Mak", the two above);
none in VOA or PolNeAR dev.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Token

from newstrace.components.word_copies import WordIndex, copy_with_words
from newstrace.lexicons import first_names

#: Fine-grained tags of proper nouns (Penn Treebank).
PROPER_TAGS = frozenset({"NNP", "NNPS"})
#: Word classes of the lemmatizer's WordNet index a description word may be of.
INDEX_CLASSES = ("noun", "adj")


class DescriptionWords:
    """Called on a token (a word before a person's name in an entity), whether it is a common
    noun or adjective of the person by the parse (module docstring). Built once per pipeline
    from ``nlp``, whose ``tok2vec``, ``tagger`` and ``lemmatizer`` tables it uses."""

    def __init__(self, nlp: Language):
        self.nlp = nlp
        self.index = WordIndex(nlp)

    def common_word(self, word: str) -> bool:
        """``word`` (lower case) is a noun or adjective of the lemmatizer's WordNet index."""
        return self.index.lemma(word, INDEX_CLASSES)

    def lower_case_tag(self, tok: Token) -> str:
        """The tag the model gives ``tok`` written in lower case in its sentence (the sentence
        tagged on its own, the other words as written)."""
        sent = tok.sent
        words = [t.text for t in sent]
        words[tok.i - sent.start] = tok.lower_
        copy = self.nlp.get_pipe("tagger")(self.nlp.get_pipe("tok2vec")(copy_with_words(sent, words)))
        return copy[tok.i - sent.start].tag_

    def __call__(self, tok: Token) -> bool:
        low = tok.lower_
        if not tok.is_alpha or low in first_names() or not self.common_word(low):
            return False
        if tok.pos_ in ("NOUN", "ADJ"):
            return True
        return tok.tag_ in PROPER_TAGS and opens_sentence(tok) and self.lower_case_tag(tok) not in PROPER_TAGS


def opens_sentence(tok: Token) -> bool:
    """``tok`` is the first word of its sentence, after nothing but punctuation ("“Screenwriter
    …", "(Rapper …")."""
    return all(t.is_punct or t.is_space for t in tok.doc[tok.sent.start:tok.i])
