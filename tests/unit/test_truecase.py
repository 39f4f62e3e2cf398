"""Title-Case headline lines are tagged and parsed like sentence case (components/truecase.py).
Expected lemmas and predicates checked by hand."""
import pytest

from newstrace.components.truecase import function_word_acronyms, title_case_lines


def _line_tokens(doc, n_chars):
    return [t for t in doc if t.idx < n_chars and not t.is_space]


@pytest.mark.parametrize("text, word, lemma", [
    ("Man Kills Wife In Ohio\nA man killed his wife in Ohio on Tuesday, police said.", "Kills", "kill"),
    ("Ellen DeGeneres To Host Oscars\nEllen DeGeneres will host the Oscars next year, the Academy said.",
     "Host", "host"),
    ("Lindsay Lohan Checks Into Betty Ford Rehab\nLindsay Lohan checked into the Betty Ford Center on Friday.",
     "Checks", "check"),
])
def test_headline_verb_gets_verb_lemma_and_is_a_claim_predicate(nlp, text, word, lemma):
    doc = nlp(text)
    assert doc.text == text  # the text and offsets are untouched
    tok = next(t for t in doc if t.text == word)
    assert tok.lemma_ == lemma and tok.pos_ == "VERB"
    assert any(doc[c.head].i == tok.i for c in doc._.nt_claims)


def test_names_keep_their_case_and_entities(nlp):
    text = "Ellen DeGeneres To Host Oscars\nEllen DeGeneres will host the Oscars next year."
    doc = nlp(text)
    line = _line_tokens(doc, text.index("\n"))
    assert [t.tag_ for t in line[:2]] == ["NNP", "NNP"]
    assert any(e.text == "Ellen DeGeneres" and e.start_char == 0 for e in doc.ents)


def test_title_case_line_detection(nlp):
    doc = nlp.make_doc("Man Kills Wife In Ohio\nA man killed his wife in Ohio.\nBarack Obama visits China\n"
                       "OBAMA VISITS CHINA")
    lines = title_case_lines(doc)
    assert [doc[s:e].text for s, e in lines] == ["Man Kills Wife In Ohio"]


def test_sentence_case_text_is_unchanged(nlp, base_nlp):
    text = "A man killed his wife in Ohio on Tuesday, police said."
    assert [t.tag_ for t in nlp(text)] == [t.tag_ for t in base_nlp(text)]


def test_an_acronym_spelled_like_a_function_word_is_a_name(nlp):
    # VOA story 8011115: "IS" is the Islamic State; read as the verb "is" it made the sentence's
    # root ("…eliminated" IS [the] deputy caliph…"); the article writes it so twice or more. A
    # shouted stretch (PolNeAR: "It says: ''LET HIM IN! to the restroom''") keeps its reading.
    doc = nlp("The service \"successfully eliminated\" IS deputy caliph Abdallah al-Rufay'i. "
              "Estimates put the number of IS fighters at between 1,500 and 3,000.")
    acronym = next(t for t in doc if t.text == "IS")
    assert acronym.tag_ == "NNP" and "caliph" in [a.text for a in acronym.ancestors]
    assert [t.text for t in doc if t.dep_ == "ROOT"] == ["eliminated", "put"]
    shouted = nlp.make_doc("It says: ''LET HIM IN! to the restroom''. Let him in, IN is Indiana.")
    assert function_word_acronyms(shouted) == set()  # shouted once, and one "IN" once


def test_word_index_reads_wordnet_entries_and_their_inflections(nlp):
    # WordNet 3.0: "resign" is a verb, "resigned" its regular past, "spoke" the irregular past of
    # "speak", "screenwriter" a noun and no verb, "paris" a noun only (the city)
    from newstrace.components.word_copies import WordIndex, copy_with_words
    index = WordIndex(nlp)
    assert index.form("resigned", ["verb"]) and index.form("spoke", ["verb"])
    assert not index.lemma("resigned", ["verb"]) and index.lemma("resign", ["verb"])
    assert index.lemma("screenwriter", ["noun"]) and not index.form("screenwriter", ["verb"])
    assert not index.form("paris", ["verb"])
    doc = nlp.make_doc("Mayor Quits Post")
    copy = copy_with_words(list(doc), ["Mayor", "quits", "Post"])
    assert copy.text == "Mayor quits Post" and copy.vocab is doc.vocab
