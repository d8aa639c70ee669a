"""The flow table (bot/data/flow.yaml) is checked when it loads, and guards every move."""

from __future__ import annotations

import pytest
import yaml

from bot.conversation.engine import Engine
from bot.conversation.flow import FLOW, FlowError, load_flow, parse_flow
from bot.conversation.state import STEPS, ConversationState, IllegalTransition

SMALL = """
start: a
anywhere:
  - {to: a, when: always}
steps:
  a: {handler: idle, prompt: markets, progress: idle, moves: [{to: b, when: has_markets}]}
  b: {handler: done, prompt: done, progress: done, back: a, moves: []}
"""


def _small(**changes: object) -> dict:
    raw = yaml.safe_load(SMALL)
    for path, value in changes.items():
        target = raw
        *parents, last = path.split(".")
        for part in parents:
            target = target[part]
        target[last] = value
    return raw


def test_the_shipped_table_names_every_step_and_an_existing_handler_for_each() -> None:
    assert set(FLOW.steps) == set(STEPS)
    for spec in FLOW.steps.values():
        assert callable(getattr(Engine, "_on_" + spec.handler, None)), spec.name
        assert callable(getattr(Engine, "_prompt_" + spec.prompt, None)), spec.name


def test_a_small_table_loads() -> None:
    flow = parse_flow(_small())
    assert flow.start == "a" and flow.step("b").back == "a"


def test_a_move_to_an_unknown_step_is_refused_at_load() -> None:
    with pytest.raises(FlowError, match="unknown step 'nowhere'"):
        parse_flow(_small(**{"steps.a.moves": [{"to": "nowhere", "when": "always"}]}))


def test_a_step_nothing_leads_to_is_refused_at_load() -> None:
    raw = _small(**{"steps.a.moves": []})
    with pytest.raises(FlowError, match="no move leads to step.* b"):
        parse_flow(raw)


def test_an_unknown_start_guard_back_or_handler_is_refused_at_load() -> None:
    with pytest.raises(FlowError, match="start step"):
        parse_flow(_small(start="z"))
    with pytest.raises(FlowError, match="unknown guard 'sometimes'"):
        parse_flow(_small(**{"steps.a.moves": [{"to": "b", "when": "sometimes"}]}))
    with pytest.raises(FlowError, match="`back` leads to unknown step 'z'"):
        parse_flow(_small(**{"steps.b.back": "z"}))
    with pytest.raises(FlowError, match="no handler 'done'"):
        parse_flow(_small(), handlers=lambda name: name != "_on_done")
    with pytest.raises(FlowError, match="no prompt 'markets'"):
        parse_flow(_small(), handlers=lambda name: name != "_prompt_markets")
    with pytest.raises(FlowError, match="`prompt` is missing"):
        parse_flow(_small(**{"steps.b.prompt": None}))
    with pytest.raises(FlowError, match="not valid YAML"):
        load_flow("steps: [")


def test_only_the_real_moves_are_allowed() -> None:
    """The old table let 64 moves between distinct steps through (74 of 100 pairs with staying
    put); the flow table has the moves the code makes, each guarded."""
    allowed = {
        (current, target)
        for current in FLOW.steps
        for target in FLOW.steps
        if current != target and FLOW.move(current, target) is not None
    }
    assert len(allowed) < 64
    # Never straight from the market menu to the ticket's review, nor from done to a field menu.
    assert ("choose_markets", "ticket_review") not in allowed
    assert ("done", "ticket_pick_field") not in allowed
    assert ("idle", "verdict") not in allowed and ("done", "verdict") not in allowed
    assert ("ticket_review", "ticket_markets") not in allowed
    state = ConversationState()
    with pytest.raises(IllegalTransition):
        state.advance("ticket_review")


def test_a_guard_refuses_a_move_the_state_does_not_support() -> None:
    state = ConversationState(step="verdict", markets=["security"])
    # The ticket fields need the ticket's markets; the review needs every field.
    with pytest.raises(IllegalTransition):
        state.advance("ticket_field")
    state.ticket_markets = ["security"]
    state.advance("ticket_field")
    with pytest.raises(IllegalTransition):
        state.advance("ticket_review")
    state.ticket_fields = dict.fromkeys(("account", "company", "address", "contact", "phone"), "x")
    state.advance("ticket_review")
    assert state.step == "ticket_review"


def test_which_steps_resume_and_what_back_does_come_from_the_table() -> None:
    assert FLOW.steps_where("resume") == {
        "confirm_known",
        "question",
        "verdict",
        "ticket_markets",
        "ticket_field",
        "ticket_review",
        "ticket_pick_field",
    }
    assert FLOW.step("confirm_known").back == "choose_markets"
    assert FLOW.step("ticket_pick_field").back == "ticket_review"
    assert FLOW.step("question").back == "previous_slot"
