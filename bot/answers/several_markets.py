"""Whether one vendor may join several markets: "一个公司可以同时入驻多个市场吗", "Can we apply to
more than one market?".

可以 / Yes: the guide provides for applying to several categories, their deposits added up
(seed §3), each market with its own entry conditions; it sets no maximum (the maximum asked is
out_of_scope.yaml's `market_count_limit`). A rule read here, not an index entry: a new entry
would shift every other entry's word weights.
"""

from __future__ import annotations

from bot.answers.facts import deposit_example
from bot.answers.knowledge import entry_by_id
from bot.answers.model import Answer, with_source
from bot.answers.text import normalize
from bot.conversation.types import Lang
from bot.lazy_re import lazy_compile
from bot.texts import t

_DEPOSIT_ENTRY = "deposit.amount"
# Joining several markets asked: "能同时入驻多个市场吗", "可以同时申请两个市场吗", "can one
# company join several markets", "can we apply to more than one market".
_ASKS_SEVERAL = lazy_compile(
    r"(能|可以|可不可以|能不能|是否可以|允许)(同时|一起)?(入驻|申请|进|加入)(多个|两个|几个|好几个|不止一个)"
    r"(市场|集市|类目)"
    r"|(能不能|可不可以|可以|能)(多个|几个|两个)(市场|集市|类目)(一起|同时)(入驻|申请)"
    r"|\b(can|could|may)\b[^?.]{0,30}\b(join|enter|apply (to|for)|be in|sign up (to|for))\b\s*"
    r"(several|multiple|more than one|two or more|two|many|a few) (markets?|categor(y|ies))\b"
)
# A maximum, a count or an amount asked: another question ("最多几个", "how many", a budget).
_OTHER_ASK = lazy_compile(
    r"最多|上限|限制|多少个|\d|万|预算|\b(maximum|max|limit|how many|budget)\b"
)


def several_markets_answer(question: str, lang: Lang) -> Answer | None:
    """可以 / Yes and the deposits added up, when joining several markets is asked."""
    norm = normalize(question)
    if not _ASKS_SEVERAL.search(norm) or _OTHER_ASK.search(norm):
        return None
    body = t("answers_several_markets", lang, example=deposit_example(lang))
    source = entry_by_id()[_DEPOSIT_ENTRY].source(lang)
    return Answer(with_source(body, source, lang), lang, True, "deposit.amount", source, [])
