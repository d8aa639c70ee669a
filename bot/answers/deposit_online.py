"""Whether the deposit can be paid online: "保证金可以在线充值交吗，还是必须对公转账", "Can I pay
the deposit by online top-up, or must it be a bank transfer?" → 可以 / Yes, step 5's online
top-up (rules/data/process.yaml), then that the guide names no other way. Instalments, cards
or wallets asked on their own stay the guide's gap (gap.deposit_payment_terms).
"""

from __future__ import annotations

from bot.answers.knowledge import sections, source_line
from bot.answers.model import Answer, with_source
from bot.answers.text import normalize
from bot.conversation.types import Lang
from bot.lazy_re import lazy_compile
from bot.texts import t
from rules.process import JOINING_STEPS

TOPIC = "process.pay_deposit"
_DEPOSIT = lazy_compile(r"保证金|押金|\b(deposits?|margin)\b")
# Paying online named: 在线, 网上, 线上, 充值, "online", "top-up".
_ONLINE = lazy_compile(r"在线|网上|线上|充值|\b(online|top[- ]?up|topping up|recharge)\b")
# Asked whether it may be done (or which of two ways).
_ASKS = lazy_compile(
    r"(吗|(?<!什)么)\s*[?？]*\s*$|能不能|可不可以|可以不|是否|还是"
    r"|\b(can|could|may|is it possible|do we|must|allowed|accepted|possible)\b"
)
# Paying said done ("保证金已经充值了，接下来做什么"): the next step is asked, not how to pay.
_PAID = lazy_compile(
    r"已(经)?(充值|交|缴|付)|(充值|交|缴|付)(完|好)?了|\b(paid|topped up|have (paid|topped))\b"
)
# Ways the guide never names, asked for themselves (not as the alternative after 还是 / "or").
_OTHER_WAY = lazy_compile(
    r"分期|信用卡|花呗|支付宝|微信|减免|打折|晚点|延后"
    r"|\b(instal+ments?|credit card|cards?|alipay|wechat|waive[ds]?|later|discount)\b"
    # Something else asked of the top-up: when it arrives, where, which row, how much.
    r"|到账|到帐|多久|几天|显示|在哪|哪个|哪一|哪行|那行|一行|所在行|点|多少|退|\b(rows?|click\w*)\b"
    r"|\b(how long|arrive|arrives|show up|reflected|where|which|how much|refund\w*)\b"
)
_PAY_STEP = "pay_deposit"


def deposit_online_answer(question: str, lang: Lang) -> Answer | None:
    """可以 / Yes with step 5's online top-up, when paying the deposit online is asked."""
    norm = normalize(question)
    if not (_DEPOSIT.search(norm) and _ONLINE.search(norm) and _ASKS.search(norm)):
        return None
    if _OTHER_WAY.search(norm) or _PAID.search(norm):
        return None
    step = next(s for s in JOINING_STEPS if s.id == _PAY_STEP)
    body = t("answers_deposit_online", lang, step=step.en if lang == "en" else step.zh)
    source = source_line(sections()["process"], None, lang)
    return Answer(with_source(body, source, lang), lang, True, TOPIC, source, [])
