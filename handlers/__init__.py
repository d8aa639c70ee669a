"""Slack glue only: one `register(app)` per kind; Block Kit built by pure functions."""
