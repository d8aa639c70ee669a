"""The case message and answer modal builders: the buttons each state allows, Slack's limits."""

from __future__ import annotations

from dataclasses import replace

import pytest
from slack_rules import message_problem, view_problem

from bot.case_store import Case
from handlers.case_blocks import build_case_answer_modal, build_case_message

OPEN = Case(
    id=7,
    team_id="T1",
    user_id="UV1",
    lang="zh",
    question="<!channel> 问题" * 400,
    state="open",
    post_key="handoff:T1:1",
    version=1,
    created_at="2026-11-30T01:00:00.000+00:00",
    claimed_by=None,
    claimed_at=None,
    first_answered_at=None,
    answered_by=None,
    answered_at=None,
    resolved_by=None,
    resolved_at=None,
    stale_alerted_at=None,
)
CLAIMED = replace(OPEN, state="claimed", claimed_by="US1", claimed_at=OPEN.created_at)
ANSWERED = replace(CLAIMED, state="answered", answered_by="US1", answered_at=OPEN.created_at)
RESOLVED = replace(ANSWERED, state="resolved", resolved_by="UV1", resolved_at=OPEN.created_at)


@pytest.mark.parametrize(
    ("case", "buttons", "shown"),
    [
        (OPEN, ["case_claim", "case_answer", "case_resolve"], "#7 待认领"),
        (CLAIMED, ["case_answer", "case_resolve"], "#7 已认领：<@US1>"),
        (ANSWERED, ["case_answer", "case_resolve", "case_save_faq"], "#7 已答复：<@US1>"),
        (RESOLVED, ["case_save_faq"], "#7 已解决：<@UV1>"),
    ],
)
def test_each_state_shows_who_and_its_buttons(case: Case, buttons: list[str], shown: str) -> None:
    text, blocks = build_case_message(case, "服务商 <@UV1> 请求人工协助 " + "x" * 4000)
    assert shown in text
    assert message_problem(blocks) is None  # within Slack's limits, even for a long post
    found = [
        element["action_id"]
        for block in blocks
        if block["type"] == "actions"
        for element in block["elements"]
    ]
    assert found == buttons
    assert all(
        element.get("value") == "7"
        for b in blocks
        if b["type"] == "actions"
        for element in b["elements"]
    )


def test_the_answer_modal_is_valid_and_carries_the_case() -> None:
    modal = build_case_answer_modal(OPEN)
    assert view_problem(modal) is None
    assert modal["private_metadata"] == "7"
    assert "&lt;!channel&gt;" in modal["blocks"][0]["text"]["text"]  # the question, escaped
