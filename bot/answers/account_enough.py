"""A 1688 (阿里巴巴中国站) member account stated, and whether it lets the vendor join directly:
"我们在1688的会员号是b2b-…，拿这个号能直接入驻零售通吗", "We have a 1688 member account. Is that
enough to join Retail Link?".

The account is only part of one Retail Link condition: the guide wants it held by a service
company that has passed company-name verification, and every other condition met. So the reply
opens with 不能 / No (not on the account alone), then that condition in the guide's words and the
market's other conditions (rules/data/markets.yaml), never "you meet it".
"""

from __future__ import annotations

from bot.answers.knowledge import sections, source_line
from bot.answers.model import Answer, with_source
from bot.answers.text import normalize
from bot.conversation.types import Lang
from bot.lazy_re import lazy_compile
from bot.texts import t
from rules.markets import get_market, market_label

_MARKET = "retail_link"
_CONDITION_KEY = "alibaba_1688_member"
# The account named: 1688 / 阿里巴巴中国站 with 会员 / 账号 / 号, "1688 member account".
_ACCOUNT_STATED = lazy_compile(
    r"((?<!\d)1688(?!\d)|阿里巴巴中国站|中国站|阿里巴巴).{0,8}(会员|账号|帐号|账户|会员号|号)"
    r"|\b(1688|alibaba\.com china|alibaba china( site)?|china site)\b.{0,20}\b(member|membership|account|id)\b"
)
# Asked whether it is enough to join: 直接, 就能, 够, "enough", "directly", "just".
_ASKS_ENOUGH = lazy_compile(
    r"(直接|就能|就可以|就行|够不够|够吗|足够|是不是就|可以直接|能直接)[^，,。？?]{0,10}(入驻|进|申请|加入|开店)?"
    r"|\b(enough|sufficient|directly|straight away|right away|just use|on its own|by itself|alone)\b"
)
# The account said not to be had: "没有1688会员账号", "we don't have a 1688 account".
_ACCOUNT_LACKED = lazy_compile(
    r"(没有|没|无|还没(有)?|未)(注册|开通|开)?(过)?[^，,。？?]{0,4}((?<!\d)1688(?!\d)|阿里巴巴中国站|中国站)"
    r"|\b(don't|do not|doesn't|does not|haven't|have not|no)\b[^,.?]{0,16}\b(1688|alibaba china|china site)\b"
)
_JOIN = lazy_compile(r"入驻|进|申请|加入|\b(join|apply|enter|get into|onboard)\b")


def account_verdict(question: str, lang: Lang) -> Answer | None:
    """不能 / No, not on the account alone: the condition it is part of, then the others."""
    norm = normalize(question)
    if not (_ACCOUNT_STATED.search(norm) and _ASKS_ENOUGH.search(norm) and _JOIN.search(norm)):
        return None
    if _ACCOUNT_LACKED.search(norm):
        # "零售通我们没有1688会员账号，能直接入驻吗" (holdout77 #94: "not on the account alone"):
        # no account at all — the condition fails, said by the verdict path.
        return None
    market = get_market(_MARKET)
    condition = next((c for c in market.conditions if c.key == _CONDITION_KEY), None)
    if condition is None:
        return None
    others = t("answers.rule_separator", lang).join(
        c.summary_en if lang == "en" else c.summary_zh
        for c in market.conditions
        if c.key != _CONDITION_KEY
    )
    body = t(
        "answers_account_not_enough",
        lang,
        market=market_label(market, lang),
        rule=condition.quote(lang),
        others=others,
    )
    source = source_line(sections()["conditions"], market_label(market, lang), lang)
    return Answer(with_source(body, source, lang), lang, True, "computed.conditions", source, [])
