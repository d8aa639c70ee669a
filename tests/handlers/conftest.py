"""Fixtures for the Slack handler tests (defined in slack_harness; fresh_db is the suite's own)."""

from slack_harness import dispatch_bot, socket_bot

__all__ = ["dispatch_bot", "socket_bot"]
