"""Modal-submission listeners, one module each (`register(app)` only wires); the package
names what the inbox replay needs (`view_inbox_id`, `process_view`)."""

from __future__ import annotations

from slack_bolt.async_app import AsyncApp

from handlers.views import case_answer, ticket_form
from handlers.views.ticket_form import process_view, view_inbox_id

__all__ = ["process_view", "register", "view_inbox_id"]


def register(app: AsyncApp) -> None:
    ticket_form.register(app)
    case_answer.register(app)
