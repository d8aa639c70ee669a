"""A conditional part that narrows the markets to the one the vendor can join: "我们想同时进零售通和
服务市场，可以吗？如果只能进一个，保证金交多少？", "…and if we can only get into one, what's the
deposit?". The markets of the message are judged on the profile it states (profile_verdict.py);
when exactly one of them has no condition failed, the part is asked of that market alone, so
its deposit (零售通 5万) is given rather than the sum for both (8万).
"""

from __future__ import annotations

from datetime import date

from bot.answers.matcher import find_concepts
from bot.answers.names import markets_in_question
from bot.answers.text import normalize
from bot.conversation.types import Lang
from bot.lazy_re import lazy_compile
from rules.markets import market_label

# "如果只能进一个", "只能选一个的话", "if we can only join one", "if only one of them".
_ONLY_ONE = lazy_compile(
    r"只(能|可以)?(进|入驻|选|申请|做)?(一个|其中一个|一个市场|一个类目)"
    r"|\bonly (get into|get in|join|enter|pick|choose|apply (to|for)|qualify for) one\b"
    r"|\bif only one\b|\bonly one of (them|the two|these)\b"
)


def asks_only_one(part: str) -> bool:
    return bool(_ONLY_ONE.search(normalize(part)))


def narrowed_part(part: str, message: str, lang: Lang, today: date) -> str | None:
    """`part` asked of the one market of `message` the stated profile does not fail, when the
    part says only one can be joined; None otherwise."""
    if not asks_only_one(part) or "deposit" not in find_concepts(normalize(part)):
        return None
    markets = markets_in_question(message)
    if len(markets) < 2:
        return None
    from bot.answers.profile_read import read_stated
    from bot.answers.profile_verdict import judged_profile

    stated = read_stated(message, markets, today)
    if not stated.values:
        return None
    passing = [m for m in markets if not judged_profile(stated, m, today)[1].unmet]
    if len(passing) != 1:
        return None
    from bot.answers.questions import without_market_names

    rest = _ONLY_ONE.sub(" ", without_market_names(part))
    return f"{market_label(passing[0], lang)} {rest}".strip()
