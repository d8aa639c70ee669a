"""The help-desk answer form (opened by a case's Answer button): the staff member's answer is
relayed to the vendor like a thread reply, once per form (its view id)."""

from __future__ import annotations

from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_sdk.web.async_client import AsyncWebClient

from bot.cases import Outcome, relay_staff_answer
from handlers.case_blocks import CASE_ANSWER_BLOCK, CASE_ANSWER_CALLBACK
from handlers.context import Deps


async def handle_case_answer_submission(
    ack: Any, body: dict[str, Any], view: dict[str, Any], client: AsyncWebClient, context: Any
) -> None:
    """The modal's answer, relayed like a thread reply: once per modal (its view id)."""
    deps: Deps = context["deps"]
    user = str((body.get("user") or {}).get("id") or "")
    metadata = str(view.get("private_metadata") or "")
    values = (view.get("state") or {}).get("values") or {}
    text = str(
        ((values.get(CASE_ANSWER_BLOCK) or {}).get(CASE_ANSWER_BLOCK) or {}).get("value") or ""
    )
    if not metadata.isdigit() or not await deps.staff.is_staff(user, client):
        await ack()
        return
    change = relay_staff_answer(deps.db, int(metadata), user, text, f"modal:{view.get('id')}")
    if change.outcome == Outcome.REFUSED:
        await ack(response_action="errors", errors={CASE_ANSWER_BLOCK: change.note[:150]})
        return
    await ack()
    deps.outbox.wake()


def register(app: AsyncApp) -> None:
    app.view(CASE_ANSWER_CALLBACK)(handle_case_answer_submission)
