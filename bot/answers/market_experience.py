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


def experience_per_market(
    question: str, markets: list[str], today: date
) -> dict[str, Decimal] | None:
    """ "8 months in big data and 2 years doing APIs": each asked market's experience from the
    clause naming its own line, when the question states differing figures for two or more of
    them; else None (one figure is judged for every market)."""
    if len(markets) < 2:
        return None
    stated = read_stated(question, markets, today)
    experience = stated.values.get("experience_years")
    if not isinstance(experience, dict):
        return None
    named = {m: years for m, years in experience.items() if m not in stated.generic_experience}
    if len(named) < 2 or len(set(named.values())) < 2:
        return None
    return {m: experience[m] for m in markets if m in experience}
