"""The conditions a whole-profile verdict (verdicts.profile_answer) would leave "to confirm"
although the vendor stated them in words the per-fact readers miss: "营业执照2018年",
"客服工作日9点到18点", "150 tech and CS with social insurance", "traceable cases with city
governments". Read by the profile reader (profile_read.py) and judged by the rules, each with
the figure as the vendor gave it, or "as you say"."""

from __future__ import annotations

from datetime import date

from bot.answers.profile_read import read_stated
from bot.answers.profile_verdict import judged_profile, shown_value
from bot.conversation.types import Lang
from bot.texts import t
from rules.markets import get_market


def stated_rows(
    question: str, market_id: str, lang: Lang, today: date
) -> dict[str, tuple[bool, str]]:
    """Condition key → (met, shown) for each condition of the market the vendor stated."""
    stated = read_stated(question, [market_id], today)
    profile, verdict = judged_profile(stated, market_id, stated.as_of or today)
    failed = {u.key for u in verdict.unmet}
    # Yes/no conditions stay with the hint words (verdicts.py): "2年大数据经验" is experience,
    # no big-data offering; only figures, dates and support levels are filled in here.
    yes_no = {c.key for c in get_market(market_id).conditions if c.check == "true"}
    rows: dict[str, tuple[bool, str]] = {}
    for key, value in profile.items():
        if key in verdict.missing or key in yes_no or key == "legal_entity":
            continue
        shown = shown_value(key, value, market_id, lang, stated.as_of or today, stated)
        rows[key] = (key not in failed, shown or t("answers_profile_as_said", lang))
    return rows
