"""Session 34 review: one list of armed forces (``armed_forces`` of
``lexicons/events_patterns.json``), read by the events component and by the stance senses."""
from __future__ import annotations

from conftest import claim_with, read
from newstrace.components.stance.senses import ARMED_FORCES
from newstrace.lexicons import event_patterns


def test_the_stance_senses_read_the_events_list_of_armed_forces():
    assert ARMED_FORCES == frozenset(event_patterns()["armed_forces"])
    assert {"troop", "militant", "police"} <= ARMED_FORCES


def test_troops_attacking_a_named_person_use_force(nlp):
    # CAMEO 19x "Fight" (PLOVER ASSAULT), not 111 "Criticize or denounce": soldiers attacking a
    # journalist (hand-made wire copy). The plural "troops" is found by its lemma "troop".
    claim = claim_with(read(nlp, "Government troops attacked journalist John Smith outside his home "
                                 "on Monday."), "attacked")
    assert claim.event is not None and claim.event.type == "ASSAULT"
