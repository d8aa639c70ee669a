"""Whether the shop is open once the deposit is paid, asked yes or no: "Once the deposit is paid,
is our store opened?", "交了保证金店铺就开通了吗".

The guide's step 7 says so (保证金缴纳完成后，即完成入驻合作计划，阿里云云市场店铺开通); the
reply quoting it gets 是的 / Yes first.
"""

from __future__ import annotations

from bot.answers import yes_no
from bot.answers.model import Answer
from bot.answers.text import normalize
from bot.lazy_re import lazy_compile
from bot.texts import t

_SHOP_OPENS = "process.shop_opens"
# The shop asked to be open: 开通 / 开店 / open / opened.
_ASKS_OPEN = lazy_compile(r"开通|开店|开了|\b(open|opened|opens|live)\b")
# "Once the deposit is paid, …": the clause setting the scene, before the question itself.
_SCENE_FIRST = lazy_compile(r"^\s*(once|after|when|as soon as|if)\b[^,，]*[,，]\s*")
_OPENS_WITH_VERDICT = lazy_compile(r"\s*(是的|不|yes\b|no\b)", flags=2)


def with_opens_yes(question: str, found: Answer) -> Answer:
    """是的 / Yes first when the shop's opening after the deposit is asked yes or no."""
    if found.out_of_scope or found.topic != _SHOP_OPENS:
        return found
    norm = normalize(question)
    if not (_ASKS_OPEN.search(norm) and yes_no.asks_yes_no(_SCENE_FIRST.sub("", norm))):
        return found
    if _OPENS_WITH_VERDICT.match(found.text):
        return found
    found.text = t("answers_shop_opens_yes", found.lang) + found.text
    return found
