"""Fixtures for the Slack handler tests (defined in slack_harness)."""

from slack_harness import dispatch_bot, fresh_db, socket_bot

__all__ = ["dispatch_bot", "fresh_db", "socket_bot"]
