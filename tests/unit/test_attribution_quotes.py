"""Attribution of quotations: who speaks a quotation, and where it begins and ends.

Direct and mixed quotation with the speaker tag after, before or inverted; quotation marks in
running text (two apostrophes for a double mark, a pair inside a quotation, an opening mark typed
for a closing one, a closing mark the data lost); the speaker a later quotation continues, a
quoted fragment with no verb of its own, a quotation after a clause taking a position; what in
and around quotation marks is no one's report (a quoted title or nickname, a quoted "not", a
relative clause after the closing mark). Code under test: ``components/quotes.py``,
``components/quote_pass/``, ``components/parse_repairs/quotations.py``. How the expected
values were decided: ``attribution_helpers``.
"""
from __future__ import annotations

import pytest

from attribution_helpers import Texts, assert_single_source, cue
from conftest import assert_offsets, claim_with, names, norm, read

T = Texts()


# ---------------------------------------------------------------------------------------------
# Direct quotation: speaker after, speaker before, inverted verb–subject.

DIRECT_AFTER = T("“We will not back down,” the minister said.")
DIRECT_BEFORE = T("The minister said: “We will not back down.”")
DIRECT_INVERTED = T("“The hospitals are full and the staff are exhausted,” said Health Minister "
                    "Ana Ruiz.")


@pytest.mark.parametrize("text", [DIRECT_AFTER, DIRECT_BEFORE], ids=["after", "before"])
def test_direct_quote_speaker_after_or_before(nlp, text):
    c = claim_with(read(nlp, text), "We will not back")
    # "the minister" with no name: an official (a role-holder); "unnamed official" is also a
    # defensible reading of an unnamed minister, so either is accepted, a person is not.
    assert_single_source(c, "minister", cue_text="said", quote="direct")
    assert c.attribution.chain[0].type in ("official", "unnamed official")
    assert "“" not in c.text and "”" not in c.text  # quote marks are not content


@pytest.mark.parametrize("text", [DIRECT_AFTER, DIRECT_BEFORE], ids=["after", "before"])
def test_direct_quote_content_is_the_whole_quotation(nlp, text):
    c = claim_with(read(nlp, text), "We will not back")
    assert c.text.strip(" ,.") == "We will not back down"


def test_direct_quote_inverted_verb_subject(nlp):
    c = claim_with(read(nlp, DIRECT_INVERTED), "The hospitals are full")
    assert_single_source(c, "Ana Ruiz", cue_text="said", quote="direct", type_="official")
    assert "Ana Ruiz" in c.attribution.chain[0].mention


# ---------------------------------------------------------------------------------------------
# Mixed quotation: reported speech with a quoted fragment.

MIXED = T("Mayor Ilse Brandt said the city would “never again” borrow from the pension fund to "
          "pay its debts.")


def test_mixed_quotation(nlp):
    c = claim_with(read(nlp, MIXED), "borrow from the pension fund")
    assert_single_source(c, "Ilse Brandt", cue_text="said", quote="mixed", type_="official")


OWN_BELIEF = T('Brandt said she believes the deal was "a costly mistake," although she supports the fund.')


def test_a_quoted_fragment_of_the_speakers_own_belief_keeps_the_outer_report(nlp):
    # PolNeAR (univocal): one attribution, cue "said"; "she believes" is part of its content
    from newstrace.scoring import attributions_from_reading, span_text
    c = claim_with(read(nlp, OWN_BELIEF), "costly mistake")
    assert [(norm(lk.name), cue(lk)) for lk in c.attribution.chain] == [("brandt", "said")]
    a = next(a for a in attributions_from_reading(read(nlp, OWN_BELIEF)) if "mistake" in span_text(OWN_BELIEF, a.content))
    assert (span_text(OWN_BELIEF, a.source), span_text(OWN_BELIEF, a.cue)) == ("Brandt", "said")


INVERTED_LONG_TAG = T("“Our budget needs one or two big ideas that match the size of the problems,” said "
                      "Ana Ruiz, who served as finance minister during the first term yet endorsed the "
                      "opposition in the last election.")


def test_an_inverted_tag_keeps_its_speaker_past_a_long_relative_clause(nlp):
    # the parser read "said [Ana Ruiz … endorsed the opposition]"; the quotation is Ruiz's
    c = claim_with(read(nlp, INVERTED_LONG_TAG), "big ideas")
    assert [(norm(lk.name), cue(lk)) for lk in c.attribution.chain] == [("ana ruiz", "said")]


# ---------------------------------------------------------------------------------------------
# Quotation marks in running text, and recall on PolNeAR-style news (issue 3): typewriter
#     quotes, quotations after a speaker tag.

def test_two_apostrophes_are_a_double_quotation_mark():
    from newstrace.components.quotes import quoted_regions

    text = "''The budget is balanced,'' Mayor Lena Ortiz said. It isn't ''final'' yet."
    assert [text[s:e] for s, e in quoted_regions(text)] == ["The budget is balanced,", "final"]


def test_a_curly_pair_inside_a_straight_quotation_does_not_close_it():
    from newstrace.components.quotes import quoted_regions

    # a straight quotation over two paragraphs (the first left open) holding a curly pair
    text = 'Ward said:\n"The agency is no \u201cfair referee\u201d now.\n"It must change."\nRain fell.'
    (only,) = quoted_regions(text)
    assert text[only[0]:only[1]] == "The agency is no \u201cfair referee\u201d now.\n\"It must change."


def test_a_curly_paragraph_does_not_continue_a_straight_excerpt():
    from newstrace.components.quotes import quoted_regions

    # PolNeAR dev, Breitbart 2 October 2016, quoting a Washington Post feature: each excerpt
    # paragraph opens with a straight mark that never closes; the dialogue paragraphs between
    # them are curly quotations of their own (PolNeAR: "she said" each, not the excerpt's content)
    text = ('McCrummen reports:\n\n"Melanie thought the whole thing was outrageous.\n\n'
            '\u201cIt never crossed my mind that I\u2019m losing it,\u201d she said several months after her release.'
            '\n\n"Kevin was snoring.\n\n\u201cHere he is, babe,\u201d she said.')
    assert [text[s:e] for s, e in quoted_regions(text)] == [
        "Melanie thought the whole thing was outrageous.",
        "It never crossed my mind that I\u2019m losing it,", "Kevin was snoring.", "Here he is, babe,"]


EXCERPT = T('The woman disputes the idea that she needed to be hospitalized in the first place. McCrummen '
            'reports:\n\n"Melanie thought the whole thing was outrageous. She wasn\u2019t a person with homicidal '
            'ideation.\n\n\u201cIt never crossed my mind that I\u2019m losing it,\u201d she said several months after '
            'her release.')


def test_a_colon_lead_in_block_of_straight_excerpts_ends_at_a_curly_paragraph(nlp):
    # the same Breitbart text: the curly-quoted paragraph after "McCrummen reports:" and its
    # straight-quoted excerpt is the woman's, not McCrummen's (PolNeAR: source "she", cue "said")
    r = read(nlp, EXCERPT)
    assert names(claim_with(r, "Melanie thought")) == ["mccrummen", "melanie"]
    (link,) = claim_with(r, "It never crossed my mind").attribution.chain
    assert link.name.casefold() == "she" and cue(link) == "said"


def test_a_straight_pair_inside_a_straight_quotation_does_not_close_it():
    from newstrace.components.quotes import quoted_regions

    # Wikinews, 8 October 2019 (new-user trial 16): McGurk's tweet quotes "United States"
    text = ('also criticized the decision via Twitter. "The WH statement tonight demonstrates a lack of '
            'understanding. The "United States" is not holding any ISIS detainees." McGurk later wrote, '
            '"The SDF suffered thousands of casualties."')
    assert [text[s:e] for s, e in quoted_regions(text)] == [
        'The WH statement tonight demonstrates a lack of understanding. The "United States" is not holding '
        'any ISIS detainees.', "The SDF suffered thousands of casualties."]


MCGURK = ('Former US Ambassador to the United Nations Nikki Haley wrote on Twitter, "We must always have the '
          'backs of our allies, if we expect them to have our back. The Kurds were instrumental in our successful '
          'fight against ISIS in Syria. Leaving them to die is a big mistake."\n'
          "Brett McGurk, who was Trump's Special Presidential Envoy to the international military intervention "
          'against ISIL until December, also criticized the decision via Twitter. "The WH statement tonight on '
          'Syria after Trump spoke with Erdogan demonstrates a complete lack of understanding of anything '
          'happening on the ground. The "United States" is not holding any ISIS detainees. They are all being '
          'held by the SDF, which Trump just served up to Turkey." McGurk later wrote, "The SDF suffered '
          'thousands of casualties in the Raqqa battle. Not a single American life was lost."\n')

PENTAGON = ('In a statement released after the attack, the United States Department of Defense justified the '
            'strike, which was approved by President Donald Trump, as "defensive" in nature: "At the direction of '
            'the President, the U.S. military has taken decisive defensive action to protect U.S. personnel abroad '
            'by killing Qasem Soleimani, the head of the Islamic Revolutionary Guard Corps-Quds Force, a '
            'U.S.-designated Foreign Terrorist Organization. General Soleimani was actively developing plans to '
            'attack American diplomats and service members in Iraq and throughout the region. The United States '
            'will continue to take all necessary action to protect our people and our interests wherever they '
            'are around the world."\n')


@pytest.mark.parametrize("text, phrase, source", [
    # Wikinews, 8 October 2019 (new-user trial 16): McGurk's tweet after "criticized the decision via
    # Twitter." went to Haley, the speaker of the paragraph before, and its last sentences to the author
    (MCGURK, "demonstrates a complete lack of understanding", "brett mcgurk"),
    (MCGURK, "is not holding any ISIS detainees", "brett mcgurk"),
    (MCGURK, "They are all being held by the SDF", "brett mcgurk"),
    # Wikinews, 5 January 2020 (new-user trial 15, item 6): the Pentagon's statement after the colon
    # was the author's assertion
    (PENTAGON, "General Soleimani was actively developing plans", "united states department of defense"),
    (PENTAGON, "will continue to take all necessary action", "united states department of defense"),
])
def test_a_quotation_after_a_clause_taking_a_position_is_its_subjects(nlp, text, phrase, source):
    c = claim_with(read(nlp, text), phrase)
    assert names(c) == [source]
    assert c.factuality.label == "reported"


def test_an_opening_mark_typed_for_a_closing_one_closes_the_quotation():
    from newstrace.components.quotes import quoted_regions

    text = "\u201cIt is unusual,\u201c said Ann Lee. \u201cIt is hard.\u201d"
    assert [text[s:e] for s, e in quoted_regions(text)] == ["It is unusual,", "It is hard."]


TYPEWRITER_QUOTES = T("''The budget is balanced,'' Mayor Lena Ortiz said on Tuesday. ''We will not "
                      "raise taxes this year.''\n\nThe council meets again in May.")


def test_typewriter_quotes_attribute_both_quoted_sentences(nlp):
    r = read(nlp, TYPEWRITER_QUOTES)
    for phrase in ("The budget is balanced", "We will not raise taxes"):
        c = claim_with(r, phrase)
        assert names(c) == ["lena ortiz"], (c.text, names(c))
        assert cue(c.attribution.chain[0]) == "said"
        assert c.attribution.quote == "direct"
    assert claim_with(r, "The council meets again").attribution.chain == []


QUOTE_AFTER_TAG = T("“The plant is safe,” said Chief Engineer Tomas Berg. “Nobody was ever in "
                    "danger at the site.”\nThe plant reopened on Friday.")


def test_quotation_after_the_speaker_tag_continues_the_speaker(nlp):
    r = read(nlp, QUOTE_AFTER_TAG)
    c = claim_with(r, "Nobody was ever in danger")
    assert names(c) == ["tomas berg"], (c.text, names(c))
    assert c.attribution.quote == "direct"
    assert claim_with(r, "The plant reopened").attribution.chain == []


# A relative clause after a quotation ("…through California,” which votes in June") is no
# speaker tag: the quotation keeps the speaker of the quotation before it.
RELATIVE_AFTER_QUOTE = T("“We can still win Ohio and Florida,” said Maria Lopez, the campaign manager. "
                         "“We have a real chance all the way through California,” which votes in June.")


def test_relative_clause_after_quotation_is_no_speaker_tag(nlp):
    c = claim_with(read(nlp, RELATIVE_AFTER_QUOTE), "a real chance")
    assert_single_source(c, "Maria Lopez", cue_text="said", quote="direct", source_label=None, author_label=None)
    votes = claim_with(read(nlp, RELATIVE_AFTER_QUOTE), "which votes in June")
    assert votes.attribution.chain == []


# VOA 8009719 (new-user trial eleven): a speaker tag after a full stop inside the closing mark,
# in lower case, is the quotation's tag, not a new sentence; the quotation went to the speaker of
# the quotation before (Simon Denhere). The tag's "she" is Lucy Mtilatila, just named.
FULL_STOP_TAG = T("Simon Denhere, WFP’s acting country director in Malawi, said, “With support from the UK "
                  "government, WFP and the Department of Management Affairs have prepositioned food supplies.” "
                  "Lucy Mtilatila, director of Malawi’s Department of Climate Change and Meteorological "
                  "Services, told VOA that Cyclone Jude had moved from Malawi to Mozambique, where it was "
                  "expected to dissipate. “Right now, the threat of the cyclone is almost over.” she said, "
                  "adding that floods were still a concern.")


def test_a_lower_case_tag_after_a_full_stop_is_the_quotations_tag(nlp):
    c = claim_with(read(nlp, FULL_STOP_TAG), "threat of the cyclone is almost over")
    assert_single_source(c, "Lucy Mtilatila", cue_text="said", quote="direct")


# Quoted fragments with no verb of their own, each the content of its speaker tag
# (parse_repairs.raise_fragment_tag, claims.free_tagged_fragments). PolNeAR train gold: wash-post
# 2016-06-14 (mosque, "Too much hate": she / said / the quotation, and she / blaming / "some of it
# on presidential candidate Donald Trump"), huff-post 2016-05-19 (Ferguson: Trump / said / both
# quotations, a no-break space after the closing mark), huff-post 2016-07-18 (Cinco de Mayo:
# he / tweeted / both quotations).
TOO_MUCH_HATE = T('At a drugstore near the mosque, a middle-aged cashier was shaken by the harsh talk about '
                  'Muslims she has heard since the shooting. "Too much hate," she said, blaming some of it on '
                  'presidential candidate Donald Trump.')
OR_FERGUSON = T("“Like Oakland. Or Ferguson,”\xa0Trump said.\xa0“The crime numbers are worse.”")
CINCO_DE_MAYO = T("On May 5, Trump posted a photo of himself online eating a taco bowl. “Happy Cinco de Mayo!,” "
                  "he tweeted. “The best taco bowls are made in Trump Tower Grill. I love Hispanics!”")


def test_quoted_fragment_is_the_speakers_claim_and_the_participle_after_its_tag_hers(nlp):
    from newstrace.scoring import attributions_from_reading, span_text
    r = read(nlp, TOO_MUCH_HATE)
    assert_offsets(r, TOO_MUCH_HATE)
    frag = claim_with(r, "Too much hate")
    assert frag.text == "Too much hate"
    assert_single_source(frag, "she", cue_text="said", quote="direct")
    by_cue = {span_text(TOO_MUCH_HATE, a.cue): a for a in attributions_from_reading(r)}
    assert span_text(TOO_MUCH_HATE, by_cue["blaming"].source) == "she"
    assert span_text(TOO_MUCH_HATE, by_cue["blaming"].content) == "some of it on presidential candidate Donald Trump"
    assert span_text(TOO_MUCH_HATE, by_cue["said"].content) == '"Too much hate,"'


@pytest.mark.parametrize("text, source, cue_text, content", [
    (OR_FERGUSON, "Trump", "said", "“Like Oakland. Or Ferguson,” … “The crime numbers are worse.”"),
    (CINCO_DE_MAYO, "he", "tweeted", "“Happy Cinco de Mayo!,” … “The best taco bowls are made in Trump Tower "
     "Grill. I love Hispanics!”"),
], ids=["complement", "subject"])
def test_quoted_fragment_hung_on_its_tag_is_the_tags_content(nlp, text, source, cue_text, content):
    from newstrace.scoring import attributions_from_reading, span_text
    r = read(nlp, text)
    attrs = [a for a in attributions_from_reading(r) if span_text(text, a.cue) == cue_text]
    assert [span_text(text, a.source) for a in attrs] == [source]
    assert span_text(text, attrs[0].content) == content
    assert not any(c.text.endswith(f"{source} {cue_text}") for c in r.claims)  # the tag is no claim


OPENING_TAG = T("Speaking to a reporter of the network, the prince said, “It happened under my watch.”")


def test_a_speaker_tag_opening_a_quotation_is_no_part_of_it(nlp):
    c = claim_with(read(nlp, OPENING_TAG), "happened")
    assert c.text == "It happened under my watch"
    assert_single_source(c, "the prince", cue_text="said", quote="direct")


def test_verbless_quoted_fragment_after_a_speaker_tag_is_the_speakers(nlp):
    # "“A,” X said, “B”": the second part has no verb of its own; it is the same speaker's
    # quotation, with the same cue (PolNeAR annotates both parts as one content).
    text = T("“The clinic will stay open,” a council aide said on Monday, “but with fewer beds.”")
    r = read(nlp, text)
    c = claim_with(r, "fewer beds")
    assert names(c) == ["a council aide"], (c.text, names(c))
    assert cue(c.attribution.chain[0]) == "said"
    assert c.attribution.quote == "direct"
    first = claim_with(r, "stay open")
    assert first.attribution.chain[0].start_char == c.attribution.chain[0].start_char


def test_verbless_quoted_sentence_after_a_speaker_tag_is_the_speakers(nlp):
    # "''A,'' X said. ''B.''" with NYT typewriter marks and a verbless second quotation.
    text = T("''The water rose in minutes,'' Mayor Ilse Varga said. ''Total chaos.''")
    c = claim_with(read(nlp, text), "Total chaos")
    assert names(c) == ["ilse varga"], (c.text, names(c))
    assert cue(c.attribution.chain[0]) == "said"


def test_quoted_title_in_running_text_is_no_quotation_claim(nlp):
    # A programme's name in quotation marks inside the frame is no quoted statement.
    text = T("The farmer told the radio show ''Morning Fields'' that the harvest was late.")
    r = read(nlp, text)
    assert not any(c.text.strip("'") == "Morning Fields" for c in r.claims), [c.text for c in r.claims]


def test_a_quoted_not_is_no_negation_of_the_speech_verb(nlp):
    # VOA story 41: in '"Absolutely not," he said' the parse hangs the quoted "not" on "said";
    # the cue was 'not," he said' and the speaker's label "unknown" (as for "did not say").
    r = read(nlp, T('Howard Pike was asked about a recession. "Absolutely not," he said. '
                    '"There is going to be no recession."'))
    c = claim_with(r, "Absolutely not")
    assert c.text == "Absolutely not"
    src = c.attribution.chain[0]
    assert (norm(src.name), cue(src), src.factuality.label) == ("howard pike", "said", "asserted")


def test_a_quotation_continues_a_speaker_tag_only_right_after_it(nlp):
    # new-user trial (session 16), VOA story 61, one flattened paragraph: a quoted fragment three
    # sentences after "…, Jusnes said." inside a sentence about someone else had gone to Jusnes
    r = read(nlp, "\"Significant amounts\" of money have gone to vehicle repairs, Jusnes said. While Kenya "
                  "wants to close the camps, residents say they have no safe alternatives. Shamsa Mohamed "
                  "Aden was among the refugees who returned in 2017. But she and her household \"couldn't "
                  "get the essentials of life, such as education and clean water.\"")
    assert claim_with(r, "essentials of life").attribution.chain == []
    # right after the tag it continues the speaker, also after "But" and within a sentence that
    # opens with the continued quotation (PolNeAR train, nyt 2016-01-20)
    r = read(nlp, "''There were no public campaigns of support,'' said Jeremy Bash, then the C.I.A. "
                  "director. ''This was an example of President Obama'' and his team ''just quietly "
                  "deciding to use our leverage.''")
    assert names(claim_with(r, "This was an example")) == ["jeremy bash"]
    r = read(nlp, "\u201cThe agreement is solid,\u201d Wyne said. But \u201cthe president is the most prominent "
                  "dissenter from this consensus.\u201d")
    assert names(claim_with(r, "most prominent dissenter")) == ["wyne"]


def test_a_claim_of_a_quotation_never_crosses_a_sentence_end(nlp):
    # new-user trial (VOA): '“I'm not concerned about a little bit of volatility over three weeks.
    # I can't tell you the market is going to go up today, tomorrow, next week.”': "I can't tell
    # you", the words of a frame inside the quotation, joined the claim of the sentence before
    r = read(nlp, T("“We are focused on the real economy,” he said. “I'm not concerned about a little "
                    "bit of volatility over three weeks. I can't tell you the market is going to go up "
                    "today, tomorrow, next week.”"))
    assert norm(claim_with(r, "volatility").text) == norm(
        "I'm not concerned about a little bit of volatility over three weeks")
    assert norm(claim_with(r, "market is going").text) == norm(
        "I can't tell you the market is going to go up today, tomorrow, next week")


def test_a_quotation_in_the_subjects_relative_clause_is_no_report_of_its_verb(nlp):
    # new-user trial (VOA): 'Mhlanga, who faces two charges relating to "transmitting of data
    # messages inciting violence or damage to property," denies the charges against him': the
    # relative clause, quoted charge and all, is the author's statement, not Mhlanga's denial
    r = read(nlp, T('Mhlanga, who faces two charges relating to "transmitting of data messages inciting '
                    'violence or damage to property," denies the charges against him.'))
    faces = claim_with(r, "who faces")
    assert faces.attribution.chain == []
    assert (faces.factuality.label, faces.factuality.value) == ("asserted", "CT+")
    assert names(claim_with(r, "denies")) == ["mhlanga"]


# New-user trial (Wikinews 2019-10-10): a first-person report inside a quotation.
QUOTED_HOPE = ("Johnson continued, \"And I hope that Anne Sacoolas will come back and will engage "
               "properly with the processes of law as they are carried out in this country. That's a "
               "point that we've raised or are raising today with the American ambassador here in the "
               "UK and I hope it will be resolved very shortly.\"")


def test_a_first_person_report_inside_a_quotation_keeps_its_source(nlp):
    # "I hope" is Johnson's own report inside his quotation: "I" is no word of the claim before
    reading = read(nlp, QUOTED_HOPE)
    c = claim_with(reading, "American ambassador")
    assert c.text.endswith("here in the UK")
    assert names(c) == ["johnson"]


# New-user trial 5 (Wikinews 2020, the ABS-CBN shut-down story, published 2020-05-06).
ABS_CBN = ("Republic Act No. 3846, also known as the \"Radio Control Law\", states \"no person, firm, "
           "company, association, or corporation shall construct, install, establish, or operate a "
           "radio transmitting station without having first obtained a franchise therefor from the "
           "Congress of the Philippines.\" Katigbak apologized to Duterte during the hearing, which the "
           "President accepted according to a statement by the Presidential Spokesperson Harry Roque.")


def test_a_name_in_quotation_marks_after_known_as_is_the_authors(nlp):
    # a nickname ("known as", "dubbed") is the author's wording, quoting no one; the law's text
    # after "states" is still the law's
    r = read(nlp, ABS_CBN)
    assert claim_with(r, "known as").attribution.chain == []
    assert names(claim_with(r, "shall construct")) == ["republic act no. 3846"]


# Wikinews 2019-01-07 (Trump: state of emergency for the border wall): two quotations joined by
# "and", the second holding a "told" of its own.
SCHUMER = ("The Senate Minority Leader, Chuck Schumer, said on Friday \"We made a plea to the president "
           "once again: don't hold hundreds of thousands of federal workers hostage\" and \"So we told the "
           "president we needed the government open. He resisted.\"")


def test_a_quotation_is_spoken_by_the_verb_it_is_the_content_of(nlp):
    # the first quotation is what Schumer "said", not what "we" "told" in the next quotation
    c = claim_with(read(nlp, SCHUMER), "We made a plea")
    assert names(c) == ["chuck schumer"]
    assert cue(c.attribution.chain[-1]) == "said"


HOTAK = ('Hotak also alleged the central government are "hiding accurate casualty figures to prevent a further '
         'dip in morale of the Afghan forces", whose US-built armoured vehicle was used to breach the '
         "compound's defences.")


def test_a_relative_clause_after_the_closing_mark_is_the_authors_gloss(nlp):
    # Wikinews 2019 no. 16 (new-user trial eleven): the parser hung "used" on "alleged"; the
    # relative clause on "the Afghan forces", outside the quotation, is the author's own
    r = read(nlp, HOTAK)
    hiding = claim_with(r, "hiding accurate casualty figures")
    assert [(s.name, cue(s)) for s in hiding.attribution.chain] == [("Hotak", "alleged")]
    used = claim_with(r, "armoured vehicle was used")
    assert used.text == "whose US-built armoured vehicle was used to breach the compound's defences"
    assert used.attribution.chain == [] and used.factuality.label == "asserted"


LEVIN = ("Democratic U.S. Congressman Andy Levin of Michigan slammed Moise for the jailbreak on Twitter. \"This "
         "prison break massacre is a tragic sign of the rule of law collapsing in Haiti,\" Levin tweeted. \"Jovenel "
         "Mo\u00efse's antidemocratic rule is costing Haitians their lives and eliminating any sense of safety. "
         "What's next? Exantus said three commissions have been created to investigate the mutiny. Exantus told VOA "
         "he did not think the jailbreak would affect plans to hold elections later this year.")


def test_a_named_speakers_report_ends_a_quotation_that_never_closed(nlp):
    # VOA 6202623 (new-user trial twelve): the data set dropped the closing mark after "What's
    # next?"; Levin's quotation is his, Exantus's two reports are Exantus's (Frantz Exantus in
    # the article; here only the surname)
    r = read(nlp, LEVIN)
    assert [s.name for s in claim_with(r, "antidemocratic rule").attribution.chain] == ["Andy Levin"]
    assert [(s.name, cue(s)) for s in claim_with(r, "three commissions").attribution.chain] == [("Exantus", "said")]
    c = claim_with(r, "affect plans")
    assert [(s.name, cue(s)) for s in c.attribution.chain] == [("Exantus", "told")]


def test_a_quotation_joined_by_and_to_a_tagged_one_shares_its_speaker(nlp):
    # VOA 6180932 (new-user trial 13): the first quotation, three sentences long, is joined by
    # "and" to the one the inverted tag "tweeted Asli Aydintasbas" closes; both are hers, not
    # the analysts' of the sentence before
    text = ('Analysts suggest Ankara may also be wary of losing what is widely seen as one of the most '
            'important symbols of Turkish-American cooperation. "(Ankara) will tend to close Kurecik, not '
            'Incirlik. Why is that? The fact that there are nuclear warheads in Incirlik is a source of '
            'prestige..." and "one case that strengthens its position in NATO. When the situation is so '
            'fragile, he (Erdogan) may not want to touch Incirlik," tweeted Asli Aydintasbas, a senior fellow '
            'at the European Council on Foreign Relations.')
    r = read(nlp, text)
    for phrase in ("will tend to close Kurecik", "Why is that", "nuclear warheads in Incirlik",
                   "may not want to touch Incirlik"):
        assert [(s.name, cue(s)) for s in claim_with(r, phrase).attribution.chain] == [
            ("Asli Aydintasbas", "tweeted")], phrase
    assert names(claim_with(r, "may also be wary")) == ["analysts"]


def test_a_closing_tag_read_as_a_noun_phrase_is_the_quotations_tag(nlp):
    # PolNeAR train (usa-today 2016-07-18, wash-post 2016-02-12): gold source "Conway", cue
    # "notes"; source "the email", cue "read"; spaCy read "Conway notes" and "the email read" as
    # noun phrases, so the quotations had no speaker
    r = read(nlp, '"Look at the statement Mr. Trump put out after the Dallas shootings," Conway notes. '
                  '"It was very different in tone and content from what people are accustomed to."')
    assert [(s.mention, cue(s)) for s in claim_with(r, "Look at the statement").attribution.chain] == [
        ("Conway", "notes")]
    r = read(nlp, '"Friend, let me be blunt. I can beat Hillary Clinton. Donald can\'t," the email read.')
    assert [(s.mention, cue(s)) for s in claim_with(r, "I can beat Hillary Clinton").attribution.chain] == [
        ("the email", "read")]
    # a noun that is no reporting verb stays a noun
    r = read(nlp, '"It was a long night," the Clinton campaign staffers.')
    assert all(cue(s) != "staffers" for c in r.claims for s in c.attribution.chain)
