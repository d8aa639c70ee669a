"""Pure Block Kit builders for the help desk: a case's staff-channel message and the answer
modal. Data in, Slack JSON out."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from bot.case_store import Case
from bot.cases import both, case_state_line
from bot.slack_text import escape_mrkdwn

CASE_CLAIM_ACTION = "case_claim"
CASE_ANSWER_ACTION = "case_answer"
CASE_RESOLVE_ACTION = "case_resolve"
CASE_SAVE_FAQ_ACTION = "case_save_faq"
CASE_ANSWER_CALLBACK = "case_answer"
CASE_ANSWER_BLOCK = "answer"
MAX_SECTION_CHARS = 3000
_STATE_EMOJI = {
    "open": ":red_circle:",
    "claimed": ":large_yellow_circle:",
    "answered": ":large_blue_circle:",
    "resolved": ":white_check_mark:",
}


def slack_date(stamp: str) -> str:
    """A stored UTC time as Slack's date token: each reader sees it in their own time zone
    (the fallback, for clients that cannot, is the UTC time)."""
    moment = datetime.fromisoformat(stamp)
    moment = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    fallback = moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
    return f"<!date^{int(moment.timestamp())}^{{date_short_pretty}} {{time}}|{fallback}>"


def _button(
    label_key: str, action_id: str, case_id: int, style: str | None = None
) -> dict[str, Any]:
    button: dict[str, Any] = {
        "type": "button",
        "text": {"type": "plain_text", "text": both(label_key)[:75]},
        "action_id": action_id,
        "value": str(case_id),
    }
    if style:
        button["style"] = style
    return button


def build_case_blocks(case: Case, post_text: str) -> list[dict[str, Any]]:
    """The case's message: the vendor's question(s) as handed off, its state (who, when) and
    the buttons that state allows."""
    state = f"{_STATE_EMOJI.get(case.state, '')} *{case_state_line(case)}*"
    changed = case.resolved_at or case.answered_at or case.claimed_at or case.created_at
    blocks: list[dict[str, Any]] = [
        {
            "type": "section",
            "text": {"type": "mrkdwn", "text": post_text[:MAX_SECTION_CHARS] or "—"},
        },
        {
            "type": "context",
            "elements": [{"type": "mrkdwn", "text": f"{state} · {slack_date(changed)}"}],
        },
    ]
    buttons: list[dict[str, Any]] = []
    if case.state == "open":
        buttons.append(_button("case_button_claim", CASE_CLAIM_ACTION, case.id, "primary"))
    if case.state != "resolved":
        buttons.append(_button("case_button_answer", CASE_ANSWER_ACTION, case.id))
        buttons.append(_button("case_button_resolve", CASE_RESOLVE_ACTION, case.id))
    if case.state in ("answered", "resolved") and case.answered_by:
        buttons.append(_button("case_button_save_faq", CASE_SAVE_FAQ_ACTION, case.id))
    if buttons:
        blocks.append({"type": "actions", "block_id": f"case:{case.id}", "elements": buttons})
    if case.state != "resolved":
        blocks.append(
            {"type": "context", "elements": [{"type": "mrkdwn", "text": both("case_thread_hint")}]}
        )
    return blocks


def build_case_message(case: Case, post_text: str) -> tuple[str, list[dict[str, Any]]]:
    """(fallback text, blocks) of the case's message: the text carries the state too, so a
    notification or a client without blocks still shows it."""
    return f"{post_text}\n{case_state_line(case)}", build_case_blocks(case, post_text)


def build_case_answer_modal(case: Case) -> dict[str, Any]:
    """The answer button's modal: one multi-line input; the case id travels in metadata."""
    return {
        "type": "modal",
        "callback_id": CASE_ANSWER_CALLBACK,
        "private_metadata": str(case.id),
        "title": {"type": "plain_text", "text": f"#{case.id} " + both("case_button_answer")[:20]},
        "submit": {"type": "plain_text", "text": both("case_modal_submit")[:24]},
        "blocks": [
            {
                "type": "section",
                # The vendor's words, escaped: never a ping or a link.
                "text": {
                    "type": "mrkdwn",
                    "text": escape_mrkdwn(case.question)[:MAX_SECTION_CHARS],
                },
            },
            {
                "type": "input",
                "block_id": CASE_ANSWER_BLOCK,
                "label": {"type": "plain_text", "text": both("case_modal_label")[:2000]},
                "element": {
                    "type": "plain_text_input",
                    "action_id": CASE_ANSWER_BLOCK,
                    "multiline": True,
                    "max_length": 3000,
                },
            },
        ],
    }
