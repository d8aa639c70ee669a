"""Fixtures for the Slack handler tests (defined in slack_harness)."""

from slack_harness import fresh_db, socket_bot

__all__ = ["fresh_db", "socket_bot"]
