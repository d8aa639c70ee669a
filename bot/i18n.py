"""Language switching and the conversation's message catalog (Chinese first, English beside it).

Every message exists in both languages; `t()` picks one and fills in the placeholders. Wording
about rules (amounts, conditions, steps) never lives here: it comes from `rules/` so it traces
back to the seed guide.
"""

from __future__ import annotations

import re

from bot.conversation.types import Lang

# One rule for the language of a text, shared with the answers and the Slack handlers.
from bot.lang import cjk_count, has_latin_word

# The catalogue moved to bot/texts.py; these names stay importable from here until callers move.
from bot.texts import MESSAGES as MESSAGES
from bot.texts import pick as pick
from bot.texts import t as t
from rules.profile import KIND_HINTS as KIND_HINTS
from rules.profile import PROFILE_FIELDS
from rules.ticket import TICKET_FIELD_DATA


def clearly_switches_to(text: str, current: Lang) -> Lang | None:
    """A mid-conversation switch needs a stronger signal than a first message.

    "yes", "api" or "5x8" in a Chinese conversation are answers, not a wish to change language;
    a sentence of two or more English words with no Chinese is. The reverse needs two Chinese
    characters and no English word.
    """
    if current == "zh":
        words = re.findall(r"[A-Za-z]{2,}", text)
        if cjk_count(text) == 0 and len(words) >= 2:
            return "en"
        return None
    if cjk_count(text) >= 2 and not has_latin_word(text):
        return "zh"
    return None


def normalize_command(text: str) -> str:
    """Lower-case, collapse spaces, drop trailing punctuation: how commands are compared."""
    cleaned = re.sub(r"\s+", " ", text.strip().lower())
    return cleaned.strip(" 。.!！?？~～")


# Commands, compared after normalize_command(); each set holds both languages.
COMMANDS: dict[str, frozenset[str]] = {
    "help": frozenset({"help", "帮助", "?", "？", "h", "menu", "菜单", "怎么用"}),
    "back": frozenset({"back", "上一步", "返回", "go back", "previous", "上一题"}),
    "restart": frozenset({"restart", "重新开始", "start over", "重来", "从头开始"}),
    "cancel": frozenset({"cancel", "取消", "stop", "退出流程", "quit flow"}),
    "status": frozenset({"status", "进度", "progress", "状态", "where am i"}),
    "human": frozenset(
        {"转人工", "human", "support", "人工", "人工客服", "agent", "staff", "talk to a human"}
    ),
    # A request in words counts as the command: "请用英文回复我", "english pls", "切回中文".
    "english": frozenset(
        {
            "english",
            "英文",
            "英语",
            "in english",
            "english please",
            "english pls",
            "english plz",
            "in english please",
            "in english pls",
            "reply in english",
            "speak english",
            "switch to english",
            "can you speak english",
            "use english",
            "用英文",
            "用英语",
            "请用英文",
            "请用英语",
            "请用英文回复",
            "请用英文回复我",
            "请用英语回复",
            "用英文回复",
            "英文回复",
            "说英文",
            "说英语",
            "切换英文",
            "切换到英文",
            "切换成英文",
            "换成英文",
            "换英文",
            "切英文",
            "英文吧",
            "英文版",
        }
    ),
    "chinese": frozenset(
        {
            "中文",
            "chinese",
            "汉语",
            "简体中文",
            "in chinese",
            "chinese please",
            "chinese pls",
            "in chinese please",
            "reply in chinese",
            "speak chinese",
            "switch to chinese",
            "use chinese",
            "用中文",
            "请用中文",
            "请用中文回复",
            "请用中文回复我",
            "用中文回复",
            "中文回复",
            "说中文",
            "切回中文",
            "切换中文",
            "切换到中文",
            "切换成中文",
            "换成中文",
            "换回中文",
            "换中文",
            "切中文",
            "中文吧",
            "回中文",
        }
    ),
    "start": frozenset(
        {"start", "开始", "begin", "hi", "hello", "你好", "您好", "嗨", "check eligibility"}
    ),
    # The full verdict after a condensed one (every unmet condition with the guide's wording).
    "details": frozenset({"详细", "详情", "查看详细", "details", "detail", "more details"}),
}

CHANGE_PREFIXES: tuple[str, ...] = ("修改", "更改", "更正", "改", "change", "edit", "update", "fix")
# The one-character prefix that also starts ordinary words and addresses (改革路1号).
SHORT_CHANGE_PREFIX = "改"
# Words in an answer that show it already offers the hand-off (转人工 / human).
HANDOFF_OFFER_WORDS: tuple[str, ...] = ("转人工", "human")
# "Both" / "all of them" as a yes to a choice of several.
BOTH_WORDS = frozenset({"都要", "都", "both", "all of them"})

CONTINUE_WORDS = frozenset(
    {"继续", "continue", "ok", "okay", "好", "好的", "可以", "没问题", "go on", "next", "下一步"}
)
CONFIRM_WORDS = frozenset(
    {"确认", "confirm", "确定", "对", "正确", "yes", "y", "是", "提交", "submit"}
)
TICKET_WORDS = frozenset(
    {"起草工单", "draft ticket", "工单", "ticket", "draft", "起草", "生成工单", "draft the ticket"}
)
OTHER_MARKETS_WORDS = frozenset(
    {"查看其他市场", "其他市场", "other markets", "check other markets", "换市场", "more markets"}
)
DONE_WORDS = frozenset(
    {"结束", "完成", "done", "finish", "finished", "不用了", "没有了", "bye", "再见"}
)
CHANGE_FIELD_WORDS = frozenset({"修改字段", "change a field", "修改", "change", "edit", "改"})
ALL_MARKETS_WORDS = frozenset({"全部", "所有", "都要", "all", "all markets", "全部市场"})


# The forms' wording is data (rules/data/profile.yaml, rules/data/ticket.yaml); these views of
# it keep their old names for the code that reads them.
# How each profile question is put.
QUESTIONS: dict[str, tuple[str, str]] = {
    key: (spec.question_zh, spec.question_en) for key, spec in PROFILE_FIELDS.items()
}
# Questions whose wording names one market: how to put them to a vendor who did not pick that
# market (never mention a market the vendor did not choose), or who picked only that one.
QUESTIONS_WITHOUT_MARKET: dict[tuple[str, str], tuple[str, str]] = {
    (key, wording.market): (wording.question_zh, wording.question_en)
    for key, spec in PROFILE_FIELDS.items()
    for wording in spec.wording_by_market
    if wording.when == "without"
}
QUESTIONS_ONLY_MARKET: dict[tuple[str, str], tuple[str, str]] = {
    (key, wording.market): (wording.question_zh, wording.question_en)
    for key, spec in PROFILE_FIELDS.items()
    for wording in spec.wording_by_market
    if wording.when == "only"
}
# Extra words a vendor may use to name an item to change ("修改 注册资金", "change capital").
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    key: spec.aliases for key, spec in PROFILE_FIELDS.items()
}
TICKET_FIELD_LABELS: dict[str, tuple[str, str]] = {
    name: (spec.label_zh, spec.label_en) for name, spec in TICKET_FIELD_DATA.items()
}
TICKET_FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    name: spec.aliases for name, spec in TICKET_FIELD_DATA.items()
}
TICKET_FIELD_EXAMPLES: dict[str, tuple[str, str]] = {
    name: (spec.how_zh, spec.how_en) for name, spec in TICKET_FIELD_DATA.items()
}
