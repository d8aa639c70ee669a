"""The experience a profile states for the one market asked, from a clause naming that
market's line of business ("安全服务到现在大概10个月" beside "做IT外包8年"): read by
profile_read.py for the per-fact answers too (bot/answers/__init__.py), so the two readings agree.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from bot.answers.profile_read import read_stated


def market_experience(question: str, markets: list[str], today: date) -> Decimal | None:
    """The experience the question states for its one market in a clause naming that market's
    line of business ("安全服务到现在大概10个月" beside "做IT外包8年"), else None."""
    if len(markets) != 1:
        return None
    stated = read_stated(question, markets, today)
    experience = stated.values.get("experience_years")
    if not isinstance(experience, dict) or markets[0] in stated.generic_experience:
        return None
    return experience.get(markets[0])
