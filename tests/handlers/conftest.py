"""Fixtures for the Slack handler tests (defined in slack_harness; fresh_db is the suite's own)."""

from slack_harness import socket_bot

__all__ = ["socket_bot"]
