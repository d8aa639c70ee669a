"""Slash-command listeners, one module each (`register(app)` only wires): ack first (Slack's
3-second limit), then the work, answered ephemerally.
"""

from __future__ import annotations

from slack_bolt.async_app import AsyncApp

from handlers.commands import onboard, staff


def register(app: AsyncApp) -> None:
    for listener in (onboard, staff):
        listener.register(app)
