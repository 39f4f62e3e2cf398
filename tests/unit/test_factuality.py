"""Factuality: how sure each party is of each claim (FactBank values with plain labels).

Every sentence here is hand-made wire copy with invented names. The expected values are what a
careful annotator following ``shared/CONVENTIONS.md`` ("Factuality" table) would give; they were
decided from the conventions, never copied from the code's output. ``claim.factuality`` is the
author's commitment; each chain element's ``factuality`` is that source's own. A case the code
gets wrong is marked ``xfail(strict=True)`` with what the code does instead.
"""
from __future__ import annotations

import pytest

from conftest import assert_offsets, claim_with, names, norm, read  # noqa: F401

# Every text of this module, registered by ``T`` so that the offsets property test reads all
# of them; readings are cached per text (conftest.read), so each text goes through the
# pipeline once.
ALL_TEXTS: list[str] = []


def T(text: str) -> str:
    ALL_TEXTS.append(text)
    return text


def author(claim) -> tuple[str, str]:
    return claim.factuality.label, claim.factuality.value


def only_source(claim, name):
    assert [norm(s.name) for s in claim.attribution.chain] == [norm(name)], (
        claim.text, [s.name for s in claim.attribution.chain])
    return claim.attribution.chain[0]


def own(source) -> tuple[str, str]:
    return source.factuality.label, source.factuality.value


def cue_words(factuality) -> list[str]:
    return [q.text.casefold() for q in factuality.cues]


# ---------------------------------------------------------------------------------------------
# Unsourced hedges: the author's own commitment.

ALLEGEDLY = T("The militia allegedly shelled the village of Korvan on Sunday.")
REPORTEDLY = T("The militia reportedly shelled the village of Korvan on Sunday.")


def test_allegedly_is_alleged(nlp):
    c = claim_with(read(nlp, ALLEGEDLY), "shelled the village")
    assert author(c) == ("alleged", "Uu")
    assert c.attribution.chain == []
    assert "allegedly" in cue_words(c.factuality)


def test_reportedly_without_source_is_reported_with_empty_chain(nlp):
    c = claim_with(read(nlp, REPORTEDLY), "shelled the village")
    assert author(c) == ("reported", "Uu")
    # "A chain goes only as far as the text says": no invented source.
    assert c.attribution.chain == []
    assert "reportedly" in cue_words(c.factuality)


MODALS = [T(f"The storm {m} reach the northern coast by Friday.") for m in ("may", "might", "could")]


@pytest.mark.parametrize("text", MODALS, ids=["may", "might", "could"])
def test_modal_is_speculated(nlp, text):
    c = claim_with(read(nlp, text), "reach the northern coast")
    assert author(c) == ("speculated", "PS+")
    assert c.attribution.chain == []


PROBABLY = [T(f"The storm will {a} reach the northern coast by Friday.")
            for a in ("probably", "likely")]


@pytest.mark.parametrize("text", PROBABLY, ids=["probably", "likely"])
def test_probably_likely_is_asserted_probable(nlp, text):
    # Table: asserted is CT+, "PR+ with 'probably', 'likely'".
    c = claim_with(read(nlp, text), "reach the northern coast")
    assert author(c) == ("asserted", "PR+")


# Modals in real news (UW, TempEval-3 wire copy in factuality-unified train; its gold, the
# author's commitment on [-3, +3], in the comment): "would" is probable (PR+, +2), "should"
# possible (PS+, +1), "will" a future stated as fact (CT+, +3).
WOULD = T("New York State double-jeopardy laws would make it difficult to prosecute a suspect "
          "who had been found not guilty at a federal trial.")
SHOULD = T("Like any other 6-year-old in the care of a loving parent, Elian should go wherever "
           "that parent wants.")
WILL = T("Juan and Elian Gonzalez will remain in the United States pending the appeal.")
WOULD_SAY = T("Analysts say Tehran would especially welcome the closure of Kurecik.")  # VOA 6180932
WOULD_QUOTED = T("“I would absolutely not support Bernie,” Bennett said.")  # PolNeAR, huff-post 2016-02-12
WOULD_IF = T("If that's true, the narrowing of his support would make it easier for someone to "
             "push him aside from within.")


def test_would_is_asserted_probable(nlp):
    # gold "make" +2.2: probable, not certain
    c = claim_with(read(nlp, WOULD), "laws would make it difficult")
    assert author(c) == ("asserted", "PR+")
    assert "would" in cue_words(c.factuality)


def test_should_is_speculated(nlp):
    # gold "go" +1.0: possible (CONVENTIONS "speculated": not presented as fact)
    c = claim_with(read(nlp, SHOULD), "Elian should go")
    assert author(c) == ("speculated", "PS+")
    assert "should" in cue_words(c.factuality)


def test_will_is_asserted(nlp):
    # gold "remain" +3.0: the future is stated as fact
    c = claim_with(read(nlp, WILL), "will remain in the United States")
    assert author(c) == ("asserted", "CT+")


def test_would_in_reported_content_is_the_sources_probable(nlp):
    # under a present-tense "say" the analysts hold it probable, the author relays it; under
    # "said" it would be their "will", asserted (test_attribution.test_mixed_quotation)
    c = claim_with(read(nlp, WOULD_SAY), "Tehran would especially welcome")
    assert own(only_source(c, "Analysts")) == ("asserted", "PR+")
    assert author(c) == ("reported", "Uu")


def test_would_in_a_direct_quotation_is_the_speakers_probable(nlp):
    # the speaker's own words, no sequence of tenses: probable (PR+) on the negated content
    c = claim_with(read(nlp, WOULD_QUOTED), "would absolutely not support")
    assert own(only_source(c, "Bennett")) == ("asserted", "PR+")
    assert "would" in cue_words(only_source(c, "Bennett").factuality)
    assert author(c) == ("reported", "Uu")


def test_conditional_would_is_speculated(nlp):
    # gold "make" +1.0: only if the condition holds
    c = claim_with(read(nlp, WOULD_IF), "support would make it easier")
    assert author(c) == ("speculated", "PS+")
    assert "if" in cue_words(c.factuality)


CONDITIONAL = T("If the Brenner dam fails, the valley will flood within hours.")
QUESTION = T("Will the ceasefire in the north hold through the winter?")


def test_conditional_is_speculated(nlp):
    c = claim_with(read(nlp, CONDITIONAL), "valley will flood")
    assert author(c) == ("speculated", "PS+")
    assert c.attribution.chain == []


def test_question_is_speculated(nlp):
    # A question presents its content as open, not as fact: speculated (possible).
    c = claim_with(read(nlp, QUESTION), "ceasefire in the north hold")
    assert author(c) == ("speculated", "PS+")


HAPPEN_NEGATED = T("The attack on the convoy did not happen.")
HAPPEN_NEGATED_HEDGED = T("The attack on the convoy probably did not happen.")


def test_unsourced_did_not_happen_is_denied(nlp):
    # Table: denied "presented as not true ('X did not happen')".
    c = claim_with(read(nlp, HAPPEN_NEGATED), "attack on the convoy")
    assert author(c) == ("denied", "CT-")


def test_hedged_did_not_happen_is_denied_probable(nlp):
    # Table: denied is CT-, "PR-, PS- when hedged"; "probably" gives PR.
    c = claim_with(read(nlp, HAPPEN_NEGATED_HEDGED), "attack on the convoy")
    assert author(c) == ("denied", "PR-")


# ---------------------------------------------------------------------------------------------
# Sourced: the source's own label from its cue, the author's from the relay.

WONDERED = T("Analysts wondered whether the currency would recover before the election.")
DENIED = T("The defence ministry denied that troops had crossed the border near Tesk.")
NOT_CONFIRMED = T("The defence ministry did not confirm whether troops had crossed the border "
                  "near Tesk.")
CONFIRMED = T("The defence ministry confirmed that troops had crossed the border near Tesk.")
ALLEGE = T("Prosecutors allege that Mayor Piet Vandermolen took bribes from a building firm.")


def test_wondered_whether(nlp):
    # Conventions: "Analysts wondered whether X": analysts speculated, the author reported.
    c = claim_with(read(nlp, WONDERED), "currency would recover")
    src = only_source(c, "analysts")
    assert src.type == "expert"
    assert own(src) == ("speculated", "PS+")
    assert author(c) == ("reported", "Uu")


def test_denied_that(nlp):
    # Conventions: a denial: the speaker denied, the author reported.
    c = claim_with(read(nlp, DENIED), "troops had crossed the border")
    src = only_source(c, "defence ministry")
    assert src.cue is not None and src.cue.text == "denied"
    assert own(src) == ("denied", "CT-")
    assert author(c) == ("reported", "Uu")


def test_did_not_confirm_is_unknown_not_denied(nlp):
    # Table: unknown "explicitly not confirmed either way ('did not confirm')", for the source;
    # the author, relaying a non-confirmation, commits neither way either (Uu, unknown).
    c = claim_with(read(nlp, NOT_CONFIRMED), "troops had crossed the border")
    src = only_source(c, "defence ministry")
    assert own(src) == ("unknown", "Uu")
    assert author(c) == ("unknown", "Uu")
    assert "denied" not in (own(src)[0], author(c)[0])


def test_confirmed_that_is_asserted(nlp):
    # Table: asserted "presented as fact ('X happened', 'confirmed that X')".
    c = claim_with(read(nlp, CONFIRMED), "troops had crossed the border")
    src = only_source(c, "defence ministry")
    assert own(src) == ("asserted", "CT+")
    assert author(c) == ("asserted", "CT+")


def test_prosecutors_allege(nlp):
    # Table: alleged "relayed with a marker of doubt about an accusation"; the author relays the
    # prosecutors' accusation as alleged, and field case fc-10 gives the prosecutors "alleged".
    c = claim_with(read(nlp, ALLEGE), "took bribes")
    src = only_source(c, "prosecutors")
    assert src.cue is not None and src.cue.text == "allege"
    assert own(src)[0] == "alleged"
    assert author(c) == ("alleged", "Uu")


DENIED_CLAIMS = T("Boko Haram has denied claims by Nigeria's government that it has agreed to a ceasefire "
                  "and will release more than 200 abducted schoolgirls.")


def test_a_source_denying_anothers_claim_denies_its_content(nlp):
    # FNC-1 body 1588 (new-user trial eleven): Boko Haram denies what the government claims, as
    # "denied that X" does (CONVENTIONS: the speaker of a denial denied); the government, the
    # origin, asserts it; the author reports. Boko Haram is an armed group, no person.
    c = claim_with(read(nlp, DENIED_CLAIMS), "agreed to a ceasefire")
    outer, inner = c.attribution.chain
    assert (outer.name, outer.type, own(outer)) == ("Boko Haram", "organization", ("denied", "CT-"))
    assert (norm(inner.name), own(inner)) == ("nigeria's government", ("asserted", "CT+"))
    assert author(c) == ("reported", "Uu")


MODAL_SOURCED = T("The weather service said the storm may reach the northern coast by Friday.")


def test_modal_in_sourced_content_lowers_the_source(nlp):
    c = claim_with(read(nlp, MODAL_SOURCED), "reach the northern coast")
    src = only_source(c, "weather service")
    assert own(src) == ("speculated", "PS+")
    assert author(c) == ("reported", "Uu")


# ---------------------------------------------------------------------------------------------
# Negation scope.

NEGATED_CONTENT = T("The transport minister said the Kessel bridge will not reopen this year.")
ARMY_DID_NOT_HAPPEN = T("The attack on the convoy did not happen, the army said.")


def test_negated_content_is_asserted_by_source(nlp):
    # The negation is in the content: the minister asserts "the bridge will not reopen"
    # (CT+ on the negative content), the author reports it. Not a denial.
    c = claim_with(read(nlp, NEGATED_CONTENT), "bridge will not reopen")
    src = only_source(c, "transport minister")
    assert own(src) == ("asserted", "CT+")
    assert author(c) == ("reported", "Uu")


def test_did_not_happen_said_by_source_is_its_denial(nlp):
    # Unlike "will not reopen" (a negative fact asserted), "X did not happen" is the table's own
    # example of denied: the army presents the attack as not true (CT-). The author only relays
    # the army's word: reported (Uu), not denied.
    c = claim_with(read(nlp, ARMY_DID_NOT_HAPPEN), "attack on the convoy")
    src = only_source(c, "army")
    assert own(src) == ("denied", "CT-")
    assert author(c) == ("reported", "Uu")


# ---------------------------------------------------------------------------------------------
# Opinions versus claims.

OPINIONS = [T("This does not seem good."),
            T("Frankly, none of this sounds like progress.")]
FACTUAL = T("The city council approved the new budget on Monday after a four-hour debate.")


@pytest.mark.parametrize("text, phrase", [(OPINIONS[0], "seem good"),
                                          (OPINIONS[1], "sounds like progress")],
                         ids=["seem", "frankly"])
def test_opinion_kind(nlp, text, phrase):
    c = claim_with(read(nlp, text), phrase)
    assert c.kind == "opinion"
    assert c.attribution.chain == []


def test_factual_sentence_is_claim_kind(nlp):
    c = claim_with(read(nlp, FACTUAL), "approved the new budget")
    assert c.kind == "claim"
    assert author(c) == ("asserted", "CT+")


# ---------------------------------------------------------------------------------------------
# A hedge on a main clause covers its participial clause.

PARTICIPIAL = T("The regime has allegedly executed five envoys, blaming them for the failed "
                "summit in Hanoi.")


def test_hedge_covers_participial_clause(nlp):
    r = read(nlp, PARTICIPIAL)
    main = claim_with(r, "executed five envoys")
    part = claim_with(r, "blaming them")
    # The participle reports its own event, so it is its own claim (CONVENTIONS "one claim").
    assert main is not part and "blaming" not in main.text
    assert author(main) == ("alleged", "Uu")
    assert author(part) == ("alleged", "Uu")


# ---------------------------------------------------------------------------------------------
# "Dismissed X as Y": a denial only when Y says X is false; otherwise a judgement the source
# asserts. "Seem/appear to": the evidential hedge FactBank reads as probable (PR+).

DISMISSED_AS_FALSE = T("The ministry dismissed the report as baseless propaganda.")
DISMISSED_AS_THEORY = T("Pellin rejected the claims as a conspiracy theory.")
DISMISSED_AS_JUDGEMENT = T("Mayor Anna Pellin dismissed the council's offer as stalling for time.")
APPEARS = T("The rebels appear to have fled the city of Korvan.")
SEEMS_FRAGILE = T("The truce in the city of Korvan seems fragile.")
SAID_SEEM = T("Officials said the rebels seem to have fled the city of Korvan.")


@pytest.mark.parametrize("text", [DISMISSED_AS_FALSE, DISMISSED_AS_THEORY], ids=["baseless", "conspiracy"])
def test_dismissed_as_false_is_denied(nlp, text):
    c = read(nlp, text).claims[0]
    assert own(c.attribution.chain[0]) == ("denied", "CT-")


def test_dismissed_as_a_judgement_is_asserted_by_its_source(nlp):
    # Casting the offer as stalling judges it; it does not say the offer is untrue.
    c = claim_with(read(nlp, DISMISSED_AS_JUDGEMENT), "stalling")
    src = only_source(c, "Anna Pellin")
    assert src.cue is not None and src.cue.text == "dismissed"
    assert own(src) == ("asserted", "CT+")


def test_dismissing_findings_as_anything_denies_them(nlp):
    # new-user trial (VOA story 84): findings state something; casting them as biased still
    # rejects what they state, as "dismissed accusations" does
    c = read(nlp, T("The envoy dismissed the panel's findings as biased.")).claims[0]
    assert own(c.attribution.chain[0]) == ("denied", "CT-")


KURDISH_DENIAL = (
    "Sources in the Kurdish underground in Syria denied Sunday night that Canadian-Israeli Gill "
    "Rosenberg, 31, had been in the Kobane region, as claimed by Islamist and Palestinian websites "
    "that reported she was captured by ISIS during the fighting in that area.")


def test_a_denial_of_what_others_claimed_is_denied(nlp):
    # FNC-1 body 1976 (new-user trial 14): "as claimed by … websites" names who made the claim
    # the sources deny; it casts nothing, and the denial was read as the sources' assertion
    c = claim_with(read(nlp, KURDISH_DENIAL), "had been in the Kobane region")
    [denial] = [s for s in c.attribution.chain if s.cue is not None and s.cue.text == "denied"]
    assert denial.mention == "Sources in the Kurdish underground in Syria"
    assert own(denial) == ("denied", "CT-")


BAGHDADI_DENIAL = (
    "An Iraqi official today denied that a woman detained in Lebanon yesterday is the wife of "
    "Islamic State of Iraq and Syria (ISIS) leader Abu Bakr al-Baghdadi, as confusion continues to "
    "reign over the identity of a woman and child captured by the Lebanese army near the border "
    "with Syria, AP reported.")


def test_an_as_clause_inside_the_denied_content_casts_nothing(nlp):
    # FNC-1 body 1192 (new-user trial 15): the official denies the woman is the wife; the "as
    # confusion continues" clause of the denied content made the denial an assertion
    c = claim_with(read(nlp, BAGHDADI_DENIAL), "is the wife of")
    assert names(c) == ["associated press", "an iraqi official"]
    assert own(c.attribution.chain[0]) == ("reported", "Uu")
    assert own(c.attribution.chain[1]) == ("denied", "CT-")


def test_appear_to_is_asserted_probable(nlp):
    c = claim_with(read(nlp, APPEARS), "fled the city")
    assert author(c) == ("asserted", "PR+")
    assert cue_words(c.factuality) == ["appear"]


def test_seems_with_a_complement_is_asserted_probable(nlp):
    c = read(nlp, SEEMS_FRAGILE).claims[0]
    assert author(c) == ("asserted", "PR+")
    assert cue_words(c.factuality) == ["seems"]


def test_source_saying_seem_to_is_probable_for_the_source(nlp):
    c = claim_with(read(nlp, SAID_SEEM), "fled the city")
    assert author(c) == ("reported", "Uu")
    assert own(only_source(c, "Officials")) == ("asserted", "PR+")


# ---------------------------------------------------------------------------------------------
# Property: every span of every reading indexes the article text exactly.

EXTRA = [
    T("“The dam  may fail,” an engineer said\u00a0— twice.\r\nNobody, it seems, listened."),
    T("Prosecutors allege the firm’s chief 🤝 took bribes.\n\nHe denied it: 'nothing happened.'"),
]


# ---------------------------------------------------------------------------------------------
# New-user trial (VOA stories 60-66, Wikinews 2020 nos. 30 and 90): questions, ability modals,
# rules, rewordings and the scope of hopes and wishes.

QUOTED_QUESTION = T("“Does the ministry think the ceasefire will hold?” Ramos said.")
OPEN_WHETHER = T("Investigators are trying to determine whether the dam was sabotaged.")


def test_a_quoted_question_is_not_asserted_by_its_speaker(nlp):
    # VOA story 64 "Does Kim think that it's better …?": a question put by a source is speculated
    # as an unsourced one is (test_question_is_speculated; Conventions "wondered whether X")
    c = claim_with(read(nlp, QUOTED_QUESTION), "ceasefire will hold")
    assert own(c.attribution.chain[-1]) == ("speculated", "PS+")
    assert author(c) == ("reported", "Uu")


UNCLEAR = T("Congress has three ways to seek enforcement of a subpoena: by filing a civil lawsuit, by asking "
            "federal prosecutors to charge someone with criminal contempt, or by having someone jailed at the "
            "Capitol. It's unclear whether any of those methods will work here.")
NOT_CLEAR_HOW = T("It is not clear how long her particular brand of magic can continue.")


@pytest.mark.parametrize("text,phrase,cue", [
    (UNCLEAR, "any of those methods will work here", "whether"),
    (NOT_CLEAR_HOW, "her particular brand of magic can continue", "how")])
def test_a_question_the_author_calls_unclear_is_unknown(nlp, text, phrase, cue):
    # "It's unclear whether X" (PolNeAR dev, politico 2016-09-22), "It is not clear how long X"
    # (PolNeAR train, nyt 2015-12-01): the author says X is not known; X is unknown (FactBank
    # Uu), not asserted; that it is unclear is the author's own claim
    r = read(nlp, text)
    c = claim_with(r, phrase)
    assert author(c) == ("unknown", "Uu")
    assert c.attribution.chain == []
    assert cue_words(c.factuality) == [cue]
    assert not any(phrase in x.text and x.factuality.label == "asserted" for x in r.claims)


def test_a_whether_clause_left_open_is_unknown(nlp):
    # an indirect question nobody answers: FactBank Uu; the investigators do not know either
    c = claim_with(read(nlp, OPEN_WHETHER), "dam was sabotaged")
    assert own(only_source(c, "Investigators")) == ("unknown", "Uu")
    assert author(c) == ("unknown", "Uu")
    assert cue_words(c.factuality) == ["whether"]


COULD_NOT = T("The driver said he couldn't see the road clearly.")
NOT_WITHOUT = T("The minister said the reform couldn't happen without new taxes.")
RULE = T("Under the new rules, officials can not take part in any campaign.")
DID_NOT_TAKE_PLACE = T("The ceremony did not take place.")


def test_could_not_of_ability_is_asserted(nlp):
    # VOA story 63 "couldn't see clearly": what the driver was unable to do is a fact he states
    # (the negation is content), not a possibility
    c = claim_with(read(nlp, COULD_NOT), "see the road clearly")
    assert own(only_source(c, "The driver")) == ("asserted", "CT+")


# VOA 8006503 (2025-03-11, Somalia hotel siege), two sentences as published
COULD_BE_SEEN = T("The reporter said Somali security forces backed by Djiboutian soldiers, who are part "
                  "of the African Union Support and Stabilization Mission in Somaila, AUSSOM, and units "
                  "of Ethiopian soldiers could be seen surrounding the hotel. Plumes of smoke from the "
                  "explosions could be seen throughout the town, and an eyewitness said there has been "
                  "ongoing gunfire.")


def test_could_of_perception_is_asserted(nlp):
    # "could be seen" says what was there to see (ability of perception), not what may be: the
    # author states the smoke as fact, the reporter states the forces around the hotel as fact
    doc = read(nlp, COULD_BE_SEEN)
    assert author(claim_with(doc, "Plumes of smoke")) == ("asserted", "CT+")
    assert own(only_source(claim_with(doc, "surrounding the hotel"), "The reporter")) == ("asserted", "CT+")


def test_not_without_is_a_condition_not_a_denial(nlp):
    # VOA story 66 "that couldn't happen without dismantling the NCP": the minister says what the
    # reform needs; he neither doubts nor denies that it happens
    c = claim_with(read(nlp, NOT_WITHOUT), "reform couldn't happen")
    assert own(only_source(c, "The minister")) == ("asserted", "CT+")


def test_a_prohibition_is_a_rule_the_author_asserts(nlp):
    # VOA story 66 "members … can not take part in any political activity": a negated "take part"
    # is content (a rule), not a negated happen/occur ("did not take place" still is)
    assert author(claim_with(read(nlp, RULE), "can not take part")) == ("asserted", "CT+")
    assert author(claim_with(read(nlp, DID_NOT_TAKE_PLACE), "did not take place")) == ("denied", "CT-")


HOPE_ASIDE = T("“More families, I hope, will return to the valley,” Ramos said.")
HOPE_OPENING = T("“I hope through such programmes, more families are persuaded to return,” Ramos told "
                 "the paper.")
SHARED_MODAL = T("Prices could rise sharply and hit record levels next month.")
REWORDING = T("“We will not leave them alone on the field, or maybe I should say on the pitch,” Ramos said.")


@pytest.mark.parametrize("text", [HOPE_ASIDE, HOPE_OPENING], ids=["aside", "opening"])
def test_a_hope_put_as_an_aside_covers_the_claim(nlp, text):
    # Wikinews 2020 no. 30 "I hope through such initiatives, more number of women are motivated…"
    c = claim_with(read(nlp, text), "families")
    assert own(only_source(c, "Ramos")) == ("speculated", "PS+")


def test_a_modal_covers_the_second_conjunct(nlp):
    # Wikinews 2020 no. 90 "May God do whatever is best for him and give me strength…": the
    # second verb phrase has no subject or auxiliary of its own and shares "could"/"may"
    c = claim_with(read(nlp, SHARED_MODAL), "hit record levels")
    assert author(c) == ("speculated", "PS+")
    assert cue_words(c.factuality) == ["could"]


def test_a_modal_covers_a_gerund_conjoined_in_a_means_phrase(nlp):
    # VOA 6180932 (new-user trial 13): "defying the U.S." is, like the purchase, what he "may"
    # do by way of teasing the U.S.; Yesilada speculates it, he does not assert it
    text = ('"Encouraged by mild sanctions, he may tease the U.S. further by attempting to purchase more advanced '
            'Russian weaponry and defying the U.S. in northeast Syria," Yesilada said.')
    c = claim_with(read(nlp, text), "defying the U.S. in northeast Syria")
    assert own(only_source(c, "Yesilada")) == ("speculated", "PS+")
    assert author(c) == ("reported", "Uu")


def test_the_condition_of_a_threat_is_part_of_the_threat(nlp):
    # VOA 6180932 (new-user trial 13): the threat is made, as a fact; only the retaliation
    # depends on the sanctions
    c = claim_with(read(nlp, "Ankara is threatening retaliation against Washington if hit by sanctions."),
                   "threatening retaliation")
    assert author(c) == ("asserted", "CT+")


def test_a_rewording_is_no_hedge(nlp):
    # VOA story 60 "…, or maybe I should say alone on the pitch": "maybe" qualifies the wording
    c = claim_with(read(nlp, REWORDING), "I should say on the pitch")
    assert own(only_source(c, "Ramos")) == ("asserted", "CT+")


NOT_MENTIONED = T("The agency did not mention if there were casualties.")
REJECTED = T("“We strongly reject the baseless allegations,” spokesman Ravi Menon told reporters.")
RESPONSIBILITY = T("The Tarsen movement claimed responsibility for the attacks.")
MEANS = T("The treaty expires in October, which means the window could soon be closing.")


def test_did_not_mention_if_is_unknown(nlp):
    # as "did not say whether X": what the agency did not mention is left open (table: unknown)
    c = claim_with(read(nlp, NOT_MENTIONED), "there were casualties")
    assert own(only_source(c, "the agency")) == ("unknown", "Uu")
    assert author(c) == ("unknown", "Uu")


def test_rejecting_allegations_is_a_denial(nlp):
    # Conventions: a quoted denial: the speaker denied, the author reported
    c = claim_with(read(nlp, REJECTED), "reject the baseless allegations")
    assert own(only_source(c, "Ravi Menon")) == ("denied", "CT-")
    assert author(c) == ("reported", "Uu")


def test_claiming_responsibility_is_no_allegation(nlp):
    # the movement reports its own act: it asserts it, the author relays it (no accusation)
    c = claim_with(read(nlp, RESPONSIBILITY), "responsibility")
    assert own(only_source(c, "The Tarsen movement")) == ("asserted", "CT+")
    assert author(c) == ("reported", "Uu")


def test_a_modal_in_a_complement_hedges_the_claim(nlp):
    # table: speculated "possible, not presented as fact (may, might, could…)"
    c = claim_with(read(nlp, MEANS), "window could soon be closing")
    assert author(c) == ("speculated", "PS+")


# New-user trial, fourth (Wikinews 2019 and VOA stories 8009044, 8010476): real sentences.
DUNN = T('"I must answer you directly, I do not think that it can be right to use the process of '
         'diplomatic immunity for this type of purpose," Johnson said.')


def test_a_quoted_negated_belief_keeps_its_negation(nlp):
    # Wikinews 2019 (Harry Dunn): Johnson does not think it right, so he holds the claim probably
    # untrue (denied, PR- as "did not think that X", CONVENTIONS.md denied "PR- when hedged");
    # the claim keeps "I do not think", and the clause before it does not take the negation
    r = read(nlp, DUNN)
    c = claim_with(r, "it can be right to use the process of diplomatic immunity")
    assert c.text.startswith("I do not think that")
    assert own(only_source(c, "Johnson")) == ("denied", "PR-")
    assert author(c) == ("reported", "Uu")
    before = claim_with(r, "I must answer you directly")
    assert before.text == "I must answer you directly"
    assert own(only_source(before, "Johnson"))[0] == "asserted"


def test_claimed_is_the_authors_doubt_not_the_sources(nlp):
    # Wikinews 2019 (national emergency): Trump states the wall is crucial (his own CT+); the
    # author, by "claimed", relays it as alleged (Conventions: a marker of doubt)
    r = read(nlp, T('Trump also said that he would prefer to agree a solution with the opposition. He '
                    'also said, "I never threaten anybody." He also claimed that the wall was a crucial '
                    "part of America's border security."))
    c = claim_with(r, "the wall was a crucial part")
    assert c.attribution.chain[0].factuality.label == "asserted"
    assert author(c) == ("alleged", "Uu")


def test_questioning_is_no_denial(nlp):
    # Wikinews 2019 (national emergency): "questioned the President's power" puts it in doubt,
    # neither asserting nor denying it: the senators leave it open (Uu), the author relays it
    r = read(nlp, T("Senate Minority Whip Dick Durbin and incoming chair of the House Intelligence "
                    "Committee Represenative Adam Schiff both yesterday questioned the President's "
                    "power to do as he proposed."))
    c = claim_with(r, "power to do as he proposed")
    assert own(c.attribution.chain[0]) == ("unknown", "Uu")
    assert author(c) == ("reported", "Uu")


def test_a_purported_subject_makes_its_clause_alleged(nlp):
    # VOA story 8010476: the author doubts that the shipment is what it is said to be: alleged
    # (Conventions: "purported")
    r = read(nlp, T("The three news outlets cited unnamed Western intelligence sources as saying the "
                    "purported shipment could be transformed into enough ammonium perchlorate to "
                    "produce 260 midrange Iranian missiles."))
    c = claim_with(r, "shipment could be transformed")
    assert author(c) == ("alleged", "Uu")
    assert "purported" in cue_words(c.factuality)


def test_in_hopes_that_is_a_hope(nlp):
    # VOA story 8009044: what the son and the legal team hope for is possible, not reported fact
    r = read(nlp, T("Lai’s son Sebastien and their international legal team were in Washington this "
                    "week to meet with Trump administration officials and lawmakers in hopes that the "
                    "United States can help push for Lai’s release."))
    c = claim_with(r, "the United States can help push")
    assert author(c) == ("speculated", "PS+")


def test_an_alleged_event_in_the_news_is_asserted_news(nlp):
    # Wikinews 2019 no. 108 (new-user trial 9): the author states the coverage; the death is
    # what is alleged (the claim was alleged as a whole)
    r = read(nlp, T("The alleged death of Hamza was previously in the news at the end of July based on "
                    "unconfirmed reports."))
    c = claim_with(r, "was previously in the news")
    assert author(c) == ("asserted", "CT+")


def test_there_has_been_speculation_that_is_speculated(nlp):
    # FNC-1 body 63 (new-user trial 9): was reported; the speculators are not named, so the
    # chain stays empty (CONVENTIONS.md: "do not add unnamed officials when the text names none")
    r = read(nlp, T("There has been speculation that his obesity and binge drinking brought on gout."))
    c = claim_with(r, "his obesity and binge drinking brought on gout")
    assert author(c) == ("speculated", "PS+")
    assert "speculation" in cue_words(c.factuality)
    assert c.attribution.chain == []


# Agentless passives of judging, announcing, knowing and demanding (claims.judged_passive): the
# sentences below are PolNeAR train text (not invented), where PolNeAR's gold annotates the
# passive as the cue of an attribution with no source; the labels are the conventions' reading.

SEEN_AS = T("Twitter is increasingly seen as a source of news and information more than user interaction.")
ANNOUNCED = T("Back at her Brooklyn headquarters, aides cheered as she was announced the winner.")
KNOWN = T("The list of wishes was widely known, but the candidate had never before so plainly articulated "
          "them in public.")
REQUIRED = T("States were required to test students annually in math and reading, and occasionally in science.")
SEEN_WALKING = T("In the October 2014 video recorded by a police dashboard camera, McDonald is seen walking "
                 "down a street.")


def _cue_at(c, text: str, word: str) -> None:
    """``c``'s factuality cues are exactly ``word``, at its (only) place in ``text``."""
    start = text.index(word)
    assert [(q.text, q.start_char, q.end_char) for q in c.factuality.cues] == [(word, start, start + len(word))]


def test_an_agentless_passive_of_judging_relays_the_claim(nlp):
    # nyt_2016-06-17_as-its-rivals-pair-up-will-twitt: people not named see Twitter so; the
    # author relays the view (reported, as "is said to"), the participle its cue; no chain
    c = claim_with(read(nlp, SEEN_AS), "a source of news")
    assert c.text == SEEN_AS[:-1] and c.start_char == 0
    assert author(c) == ("reported", "Uu") and c.attribution.chain == []
    _cue_at(c, SEEN_AS, "seen")


def test_a_time_clause_on_an_announcing_passive_is_a_claim_of_its_own(nlp):
    # breitbart_2016-02-20_the-latest-hillary-clinton-tells: "as she was announced the winner"
    # relays an announcement no one is named for; the cheering is the author's own fact
    r = read(nlp, ANNOUNCED)
    c = claim_with(r, "she was announced the winner")
    assert c.text.endswith("she was announced the winner") and "cheered" not in c.text
    assert author(c) == ("reported", "Uu") and c.attribution.chain == []
    _cue_at(c, ANNOUNCED, "announced")
    main = claim_with(r, "aides cheered")
    assert author(main) == ("asserted", "CT+") and main.factuality.cues == []


def test_an_agentless_passive_of_knowing_is_asserted_with_its_cue(nlp):
    # politico_2016-06-14_sanders-scripts-his-primary-seas: "was widely known" presents the
    # wishes as known, a fact (factive)
    c = claim_with(read(nlp, KNOWN), "The list of wishes")
    assert c.text == "The list of wishes was widely known"
    assert author(c) == ("asserted", "CT+")
    _cue_at(c, KNOWN, "known")


def test_an_agentless_passive_of_requiring_is_asserted_with_its_cue(nlp):
    # politico_2015-11-30_congress-set-to-dump-no-child-le: the requirement is stated as fact
    c = claim_with(read(nlp, REQUIRED), "were required to test")
    assert author(c) == ("asserted", "CT+")
    _cue_at(c, REQUIRED, "required")


def test_seen_doing_something_is_no_judgement(nlp):
    # wash-post_2015-12-04_a-killing-and-video-test-emanuel: "is seen walking" (on video) is
    # what the video shows, no one's view; PolNeAR has no attribution there
    c = claim_with(read(nlp, SEEN_WALKING), "walking down a street")
    assert author(c) == ("asserted", "CT+") and c.factuality.cues == []


@pytest.mark.parametrize("text", ALL_TEXTS, ids=[f"t{i}" for i in range(len(ALL_TEXTS))])
def test_offsets_index_article_text(nlp, text):
    assert_offsets(read(nlp, text), text)


def test_each_claim_of_one_quotation_has_its_own_source_label(nlp):
    # VOA story 41 (new-user trial): the speaker of "A might happen, but B will" committed to
    # both alike, the label of the last claim written over the first (one shared link)
    r = read(nlp, '"Some products might be more expensive, but American products will get cheaper," '
                  'Lutnick said.')
    assert only_source(claim_with(r, "might be more expensive"), "Lutnick").factuality.label == "speculated"
    assert only_source(claim_with(r, "will get cheaper"), "Lutnick").factuality.label == "asserted"


def test_a_condition_on_the_speakers_think_makes_the_claim_speculated(nlp):
    # VOA story 41 (new-user trial): "If fentanyl ends, I think these will come off," the
    # condition hung on "think", was asserted for the speaker; it holds only on that condition.
    r = read(nlp, '"If the strike ends, I think prices will come down," Mendez said. '
                  'If asked, she said, the union will vote.')
    assert own(only_source(claim_with(r, "prices will come down"), "Mendez")) == ("speculated", "PS+")
    # a condition outside the claim's words ("If asked") is no part of what the source says
    assert own(claim_with(r, "the union will vote").attribution.chain[0]) == ("asserted", "CT+")


@pytest.mark.parametrize("text", ["The widow moved to Canton, hoping that her sons would return.",
                                  "The widow hoped that her sons would return.",
                                  "The widow hopes that her sons will return."])
def test_a_hope_is_speculated_in_every_form(nlp, text):
    # the model's lemmatizer made "hoped", "hopes" and "hoping" the verb "hop" (VOA story 33:
    # "hoping that her three sons would return" was asserted for the mother)
    c = claim_with(read(nlp, T(text)), "her sons")
    assert own(only_source(c, "The widow")) == ("speculated", "PS+")


def test_the_speakers_own_hope_inside_a_quotation_is_speculated(nlp):
    # VOA story 17: '"We're hoping that … all sides will see the necessity to continue to engage,"
    # Adamu said': one link for the speaker (cue "said"); the hope between makes it speculated
    r = read(nlp, T('"We are hoping that all sides will see the need to engage," Adamu said.'))
    assert own(only_source(claim_with(r, "all sides will see"), "Adamu")) == ("speculated", "PS+")


def test_a_negated_saying_frame_leaves_the_speaker_uncommitted(nlp):
    # new-user trial (VOA, shortened): "I can't tell you" the market will go up is no assertion
    # that it will; "did not confirm" is unknown (CONVENTIONS.md), and so is "can't tell you"
    r = read(nlp, "“We are focused on the real economy,” he said. “I can't tell you the market is "
                  "going to go up today, tomorrow, next week.”")
    c = claim_with(r, "the market is going to go up")
    assert [(s.factuality.label, s.factuality.value) for s in c.attribution.chain] == [("unknown", "Uu")]
    assert claim_with(r, "focused on the real economy").attribution.chain[0].factuality.label == "asserted"


def test_an_if_question_leaves_the_speaker_uncommitted(nlp):
    # new-user trial (FNC-1): '… said it was "very strange that no one reported a streak of light.
    # We have to ask if anyone has a photo or something."': an "if" after "ask" puts a question,
    # as "whether" does; the speaker commits to nothing (Uu), the author relays (Uu)
    r = read(nlp, T('Wilfried Strauch said it was "very strange that no one reported a streak of light. '
                    'We have to ask if anyone has a photo or something."'))
    c = claim_with(r, "anyone has a photo")
    assert own(only_source(c, "Wilfried Strauch")) == ("unknown", "Uu")
    assert author(c) == ("unknown", "Uu")
    # "it is unclear if X" states that X is open: no condition, so the author asserts it
    assert author(claim_with(read(nlp, T("It is unclear if the talks will resume.")), "unclear")) == (
        "asserted", "CT+")
    # an "if" that sets a condition still makes the claim speculated
    c = claim_with(read(nlp, T("The club said the match will be cancelled if it rains.")), "match will be")
    assert own(only_source(c, "The club")) == ("speculated", "PS+")



def test_a_negated_finding_leaves_the_finder_uncommitted(nlp):
    # Wikinews 2020 no. 52 (new-user trial 5): "did not find" that X is no finding that X was
    # not so (that would be "found it had not breached"): the Senate commits to neither (Uu),
    # and, as after "did not confirm", the claim is explicitly left unconfirmed (table: unknown);
    # it was asserted by the author through the factive "find".
    r = read(nlp, T("After a Senate hearing was conducted on February 24, the Senate did not find the "
                    "network had breached laws, nor its franchise terms."))
    c = claim_with(r, "the network had breached laws")
    assert own(only_source(c, "the Senate")) == ("unknown", "Uu")
    assert author(c) == ("unknown", "Uu")


def test_a_claim_inside_a_condition_is_speculated(nlp):
    # Wikinews 2020 no. 15 (new-user trial 5): the "because" clause hangs on the verb of the
    # "if" clause, so it is only supposed, as the condition is (Conventions: if… → speculated)
    r = read(nlp, T('He told her on one occasion: "If you can\'t make a bomb because family, friends or '
                    'spies are watching or suspecting you, take a knife, molotov, sound bombs or a car '
                    'at night."'))
    c = claim_with(r, "spies are watching")
    assert own(c.attribution.chain[-1]) == ("speculated", "PS+")
    assert author(c) == ("reported", "Uu")


def test_it_is_possible_that_is_speculated(nlp):
    # Wikinews 2019 no. 15 (new-user trial 8): Seibert puts the transports as possible, no fact
    # (Conventions: possible, not presented as fact → speculated, PS+)
    r = read(nlp, T("German Chancellor Angela Merkel's spokesperson, Steffen Seibert, said it is possible "
                    '"that this airline carries out transports to Germany that affect our security '
                    'concerns," and the ban followed discussions within Europe and with the US.'))
    c = claim_with(r, "this airline carries out transports")
    assert own(only_source(c, "Steffen Seibert")) == ("speculated", "PS+")


def test_a_purported_speech_makes_what_was_said_in_it_alleged(nlp):
    # fnc1 273 (new-user trial 8): "purported" doubts that the speech is al-Baghdadi's, so his
    # call in it is relayed with doubt (Conventions: "purported" → alleged)
    r = read(nlp, T("Al-Baghdadi called for attacks against the rulers of Saudi Arabia in a speech "
                    "purported to be in his name last month."))
    c = claim_with(r, "called for attacks")
    assert author(c) == ("alleged", "Uu")


def test_an_agentless_report_split_by_its_time_is_reported(nlp):
    # Wikinews 2019 (the Magnitogorsk collapse), new-user trial 8: "was on Wednesday reported
    # to" is an agentless report (Conventions: "reportedly"/"said" → reported), no assertion
    r = read(nlp, T("Ivan's condition was on Wednesday reported to not be life-threatening."))
    c = claim_with(r, "life-threatening")
    assert author(c) == ("reported", "Uu") and c.attribution.chain == []


MARITIME = ("Mogadishu argues its maritime border with Kenya should be extended along the same southeasterly "
            "line as its land border. Nairobi claims the frontier should head in a straight line east.")


def test_a_should_under_a_verb_of_position_is_no_hedge(nlp):
    # VOA 6203336 (new-user trial ten): each party holds what the border ought to be, a norm,
    # not a possibility (table: speculated is "possible"), and "claims" of a norm accuses no one
    # (alleged is doubt about an accusation): each source asserts, the author reports
    r = read(nlp, MARITIME)
    for part, name in (("should be extended", "Mogadishu"), ("should head", "Nairobi")):
        c = claim_with(r, part)
        assert own(only_source(c, name)) == ("asserted", "CT+"), part
        assert author(c) == ("reported", "Uu"), part


def test_an_impersonal_passive_of_saying_relays_its_clause(nlp):
    # FNC-1 body 40 (new-user trial twelve): "It was said" / "It has been rumored" name no one;
    # the clause is relayed, not stated (asserted) nor the author's guess (speculated), and the
    # tag is no part of the claim
    r = read(nlp, "It was said Kim Yo Jong had taken over while her brother underwent medical treatment. "
                  "It has been rumored Kim, 31, might have had ankle surgery, but So said that is incorrect.")
    said = claim_with(r, "Kim Yo Jong had taken over")
    assert (said.factuality.label, said.attribution.chain) == ("reported", [])
    rumour = claim_with(r, "ankle surgery")
    assert rumour.text == "Kim, 31, might have had ankle surgery"
    assert rumour.factuality.label == "reported"
