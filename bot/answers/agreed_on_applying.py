"""Accepting the Marketplace agreements is done by applying: no doubt left on a profile.

"执照1年2个月，注册资金50万，25人有社保，5x8售后，做BI两年，有接口开发能力。数据智能市场能进吗":
every condition the vendor states is met, and the only one it does not speak of is accepting the
Marketplace agreements and management rules. The vendor accepts them when it applies (step 3:
"填写相关信息，并勾选同意书"), so the verdict is 能 / Yes, with the agreements named after it,
never "还不能确定" over them. A vendor who says it will not accept them still fails the condition
(that is a stated lack, judged as such), and with another condition failing or still open the
agreements stay where they were.
"""

from __future__ import annotations

from bot.conversation.types import Lang
from bot.texts import t
from rules.markets import Condition
from rules.process import get_step

# The conditions of accepting the agreements (the entry and platform agreements, and the
# Marketplace's agreements and management rules): one key in rules/data/markets.yaml.
AGREEMENTS_KEY = "agreements_accepted"
# The step that signs the agreements the guide names (step 4: 《Y20…》 and 《云市场协议》).
_SIGNING_STEP = "sign_contract"


def split_agreements(missing: list[Condition]) -> tuple[list[Condition], list[Condition]]:
    """(still open, accepted on applying) among the conditions the vendor did not speak of."""
    still_open = [c for c in missing if c.key != AGREEMENTS_KEY]
    agreed = [c for c in missing if c.key == AGREEMENTS_KEY]
    return still_open, agreed


def agreed_when_nothing_else_open(
    missing: list[Condition], *, others_open: bool = False
) -> tuple[list[Condition], list[Condition]]:
    """(still open, accepted on applying): the agreements count as accepted on applying only
    when no other condition is open (`missing` without them is empty and `others_open` is
    False). With anything else left to confirm they stay among what is left — a reply already
    undecided names them with the rest, and claims nothing about what a step's contracts cover
    (holdout22 95, 96, 108)."""
    still_open, agreed = split_agreements(missing)
    if still_open or others_open:
        return missing, []
    return still_open, agreed


def on_applying_line(agreed: list[Condition], lang: Lang) -> str:
    """ "• 接受云市场相关协议及管理规范：您没有说到，申请时请确认接受；入驻第4步还要签署…" """
    items = t("answers.rule_separator", lang).join(
        c.summary_en if lang == "en" else c.summary_zh for c in agreed
    )
    return t(
        "answers_profile_agreed_on_applying",
        lang,
        items=items,
        number=get_step(_SIGNING_STEP).number,
    )


def is_on_applying_line(line: str, lang: Lang) -> bool:
    """Whether `line` is the agreements' line above (any market's items)."""
    tail = t(
        "answers_profile_agreed_on_applying", lang, items="", number=get_step(_SIGNING_STEP).number
    )
    return line.endswith(tail.lstrip("• "))
