"""A help-desk case's buttons (staff only): claim, resolve, save as staff FAQ, and answer (opens
the answer form). The case's message changes through the outbox (an in-place update), never
here, so a lost response cannot leave it stale; a repeated click changes nothing."""

from __future__ import annotations

from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_sdk.web.async_client import AsyncWebClient

from bot.case_store import get_case
from bot.cases import claim_case, resolve_case
from bot.staff_faq import save_from_case
from handlers.case_blocks import (
    CASE_ANSWER_ACTION,
    CASE_CLAIM_ACTION,
    CASE_RESOLVE_ACTION,
    CASE_SAVE_FAQ_ACTION,
    build_case_answer_modal,
)
from handlers.context import Deps


def _case_id(body: dict[str, Any]) -> int | None:
    actions = body.get("actions") or []
    value = str((actions[0] if actions else {}).get("value") or "")
    return int(value) if value.isdigit() else None


async def _tell(client: AsyncWebClient, body: dict[str, Any], text: str) -> None:
    channel = (body.get("channel") or {}).get("id")
    user = (body.get("user") or {}).get("id")
    if channel and user and text:
        await client.chat_postEphemeral(channel=channel, user=user, text=text)


async def handle_case_button(
    ack: Any, body: dict[str, Any], client: AsyncWebClient, context: dict[str, Any]
) -> None:
    """Claim / resolve / save as staff FAQ (staff only). The message itself changes through
    the outbox (an in-place update), never here, so a lost answer cannot leave it stale."""
    await ack()
    deps: Deps = context["deps"]
    user = str((body.get("user") or {}).get("id") or "")
    case_id = _case_id(body)
    action = str(((body.get("actions") or [{}])[0]).get("action_id"))
    if case_id is None:
        return
    if not await deps.staff.is_staff(user, client):
        await _tell(client, body, deps.staff.refusal())
        return
    if action == CASE_CLAIM_ACTION:
        note = claim_case(deps.db, case_id, user).note
    elif action == CASE_RESOLVE_ACTION:
        note = resolve_case(deps.db, case_id, user).note
    else:
        note = save_from_case(deps.db, case_id, user)[1]
    deps.outbox.wake()
    await _tell(client, body, note)


async def handle_case_answer_button(
    ack: Any, body: dict[str, Any], client: AsyncWebClient, context: dict[str, Any]
) -> None:
    """Open the answer modal (its trigger expires in 3 seconds: opened right after the ack)."""
    await ack()
    deps: Deps = context["deps"]
    user = str((body.get("user") or {}).get("id") or "")
    case_id = _case_id(body)
    case = get_case(deps.db, case_id) if case_id is not None else None
    if case is None:
        return
    if not await deps.staff.is_staff(user, client):
        await _tell(client, body, deps.staff.refusal())
        return
    await client.views_open(trigger_id=body["trigger_id"], view=build_case_answer_modal(case))


def register(app: AsyncApp) -> None:
    for action_id in (CASE_CLAIM_ACTION, CASE_RESOLVE_ACTION, CASE_SAVE_FAQ_ACTION):
        app.action(action_id)(handle_case_button)
    app.action(CASE_ANSWER_ACTION)(handle_case_answer_button)
