"""Round 19 (session 24), the lead's own fix from holdout15's judged reading."""

from __future__ import annotations

from datetime import date

from bot.answers import answer

TODAY = date(2026, 12, 1)


def test_the_commission_rules_suggest_the_guides_own_example_figures() -> None:
    """holdout15's judge counted the suggested query's "30万 … 分销10万" as a number from nowhere:
    the suggestion quotes the guide's own example (100万 of which 40万 distribution)."""
    reply = answer("佣金怎么算", today=TODAY).text
    assert "交易额100万，其中分销40万" in reply, reply
    assert "30万" not in reply and "10万" not in reply, reply
